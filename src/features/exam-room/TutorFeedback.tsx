import type { Answer, Question } from '../../domain/question';
import { isAnswered, isCorrect } from '../../domain/scoring';
import { describeKey } from '../../domain/review';

interface TutorFeedbackProps {
  question: Question;
  answer: Answer;
  checked: boolean;
  onCheck: () => void;
}

/** Tutor mode: Check answer locks the answer, then says Correct or Incorrect, the key and the rationale. */
export function TutorFeedback({ question, answer, checked, onCheck }: TutorFeedbackProps) {
  if (!checked) {
    return (
      <div className="tutor">
        <button type="button" onClick={onCheck} disabled={!isAnswered(answer)}>
          Check answer
        </button>
      </div>
    );
  }
  const correct = isCorrect(question, answer);
  return (
    <div className={`tutor feedback ${correct ? 'is-correct' : 'is-wrong'}`}>
      <p role="status">
        <strong>{correct ? 'Correct' : 'Incorrect'}</strong>
        {correct ? '.' : `. The answer is ${describeKey(question)}.`}
      </p>
      <h3>Rationale</h3>
      <p className="rationale">{question.rationale}</p>
    </div>
  );
}
