import { endOfDay } from 'date-fns';
import { useLiveRead } from '../../lib/use-live-read';
import { CERTIFICATIONS, type Certification } from '../../domain/certification';
import type { ReviewCardRepository } from '../../db/review-card-repository';
import type { Clock } from '../../lib/system-clock';

interface ReviewDueProps {
  reviewCards: Pick<ReviewCardRepository, 'due'>;
  clock: Clock;
  startReview: (certification: Certification) => void;
}

/** How many missed questions are due today, per certification, and a way into each session. */
export function ReviewDue({ reviewCards, clock, startReview }: ReviewDueProps) {
  const due = useLiveRead(
    () => reviewCards.due(endOfDay(clock.now()).getTime()),
    [reviewCards, clock],
    ['reviewCards'],
  );
  if (!due) return null;
  const byCert = CERTIFICATIONS.map(
    (cert) => [cert, due.filter((c) => c.certification === cert).length] as const,
  );
  return (
    <section className="card review-due" aria-labelledby="review-due-heading">
      <h2 id="review-due-heading">Review due</h2>
      {due.length === 0 ? (
        <p className="muted">
          Nothing due today. Questions you miss in mocks and drills come back here on a spaced
          schedule.
        </p>
      ) : (
        <>
          <p>
            {due.length} missed {due.length === 1 ? 'question is' : 'questions are'} due for review
            today.
          </p>
          <div className="review-due-actions">
            {byCert
              .filter(([, count]) => count > 0)
              .map(([cert, count]) => (
                <button
                  key={cert}
                  type="button"
                  className="primary"
                  onClick={() => startReview(cert)}
                >
                  Review due: {cert} ({count})
                </button>
              ))}
          </div>
        </>
      )}
    </section>
  );
}
