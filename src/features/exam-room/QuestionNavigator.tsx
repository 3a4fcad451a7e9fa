import type { Response } from '../../domain/attempt';
import type { Question } from '../../domain/question';
import { isAnswered } from '../../domain/scoring';
import { questionLabel } from './question-states';

interface QuestionNavigatorProps {
  questions: Question[];
  responses: Record<string, Response>;
  currentIndex: number;
  onGoTo: (index: number) => void;
}

export function QuestionNavigator({
  questions,
  responses,
  currentIndex,
  onGoTo,
}: QuestionNavigatorProps) {
  return (
    <nav aria-label="Question navigator" className="navigator">
      <ol>
        {questions.map((question, index) => {
          const response = responses[question.id];
          const classes = ['nav-cell'];
          if (isAnswered(response?.answer)) classes.push('answered');
          if (response?.flagged) classes.push('flagged');
          return (
            <li key={question.id}>
              <button
                type="button"
                className={classes.join(' ')}
                aria-label={questionLabel(index + 1, response)}
                aria-current={index === currentIndex ? 'step' : undefined}
                onClick={() => onGoTo(index)}
              >
                {index + 1}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
