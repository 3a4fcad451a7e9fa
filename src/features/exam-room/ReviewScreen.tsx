import type { Response } from '../../domain/attempt';
import type { Question } from '../../domain/question';
import { filterReview } from '../../domain/review';
import { isAnswered } from '../../domain/scoring';
import type { ExamReviewFilter } from './exam-session-store';
import { questionLabel } from './question-states';

interface ReviewScreenProps {
  questions: Question[];
  responses: Record<string, Response>;
  filter: ExamReviewFilter;
  onFilter: (filter: ExamReviewFilter) => void;
  onGoTo: (index: number) => void;
  onBack: () => void;
}

const FILTERS: [ExamReviewFilter, string][] = [
  ['all', 'All'],
  ['unanswered', 'Unanswered'],
  ['flagged', 'Flagged'],
];

/** Every question's state before submitting; choosing one returns to it. */
export function ReviewScreen({
  questions,
  responses,
  filter,
  onFilter,
  onGoTo,
  onBack,
}: ReviewScreenProps) {
  const answered = questions.filter((q) => isAnswered(responses[q.id]?.answer)).length;
  const flagged = questions.filter((q) => responses[q.id]?.flagged).length;
  const items = questions.map((question, index) => ({
    number: index + 1,
    question,
    answer: responses[question.id]?.answer ?? null,
    flagged: responses[question.id]?.flagged ?? false,
  }));
  const shown = filterReview(items, filter);
  return (
    <section className="review-screen" aria-labelledby="review-heading">
      <h2 id="review-heading" tabIndex={-1}>
        Review answers
      </h2>
      <p>
        {answered} answered, {questions.length - answered} unanswered, {flagged} flagged.
      </p>
      <div className="filters" role="group" aria-label="Show">
        {FILTERS.map(([value, label]) => (
          <button
            key={value}
            type="button"
            aria-pressed={filter === value}
            onClick={() => onFilter(value)}
          >
            {label}
          </button>
        ))}
      </div>
      {shown.length === 0 ? (
        <p className="muted">No questions match this filter.</p>
      ) : (
        <ul className="review-list">
          {shown.map(({ question, number, answer, flagged: isFlagged }) => (
            <li key={question.id}>
              {/* A link, not a button: it navigates, and it keeps the filter buttons' names unique. */}
              <a
                href={`?question=${number}`}
                className={[
                  isAnswered(answer) ? 'answered' : 'unanswered',
                  isFlagged ? 'flagged' : '',
                ]
                  .join(' ')
                  .trim()}
                onClick={(event) => {
                  event.preventDefault();
                  onGoTo(number - 1);
                }}
              >
                {questionLabel(number, responses[question.id])}
              </a>
            </li>
          ))}
        </ul>
      )}
      <button type="button" onClick={onBack}>
        Back to the question
      </button>
    </section>
  );
}
