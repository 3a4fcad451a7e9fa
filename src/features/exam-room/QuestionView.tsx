import type { Response } from '../../domain/attempt';
import type { Question } from '../../domain/question';

interface QuestionViewProps {
  question: Question;
  number: number;
  total: number;
  response: Response | undefined;
  onAnswer: (choiceId: string) => void;
  onToggleStrike: (choiceId: string) => void;
}

export function QuestionView({
  question,
  number,
  total,
  response,
  onAnswer,
  onToggleStrike,
}: QuestionViewProps) {
  const struck = response?.struck ?? [];
  return (
    <section className="question" aria-labelledby="question-heading">
      <h2 id="question-heading" tabIndex={-1}>
        Question {number} of {total}
      </h2>
      {question.scenario && <div className="scenario">{question.scenario}</div>}
      <p className="stem">{question.stem}</p>
      {question.type === 'code-entry' ? (
        <p className="notice">This question type is not supported in this version.</p>
      ) : (
        <div role="radiogroup" aria-label="Answer choices" className="choices">
          {question.choices.map((choice) => {
            const isStruck = struck.includes(choice.id);
            const checked = response?.answer === choice.id;
            return (
              <div
                key={choice.id}
                className={`choice${checked ? ' selected' : ''}${isStruck ? ' struck' : ''}`}
              >
                <label>
                  <input
                    type="radio"
                    name={`answer-${question.id}`}
                    value={choice.id}
                    checked={checked}
                    onChange={() => onAnswer(choice.id)}
                  />
                  <span className="choice-letter">{choice.id}.</span>{' '}
                  <span className="choice-text">{choice.text}</span>
                  {isStruck && <span className="visually-hidden"> (struck out)</span>}
                </label>
                <button
                  type="button"
                  className="strike"
                  aria-pressed={isStruck}
                  aria-label={`Strike out choice ${choice.id}`}
                  onClick={() => onToggleStrike(choice.id)}
                >
                  <svg
                    aria-hidden="true"
                    focusable="false"
                    width="22"
                    height="22"
                    viewBox="0 0 24 24"
                  >
                    <circle
                      cx="12"
                      cy="12"
                      r="9"
                      fill="none"
                      stroke="currentColor"
                      strokeWidth="2"
                    />
                    <path d="M5.6 18.4 18.4 5.6" stroke="currentColor" strokeWidth="2" />
                  </svg>
                  Strike out
                </button>
              </div>
            );
          })}
        </div>
      )}
    </section>
  );
}
