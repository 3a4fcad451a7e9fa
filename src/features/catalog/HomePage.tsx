import { useLiveRead } from '../../lib/use-live-read';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { CERTIFICATIONS, type Certification } from '../../domain/certification';
import { EXAM_SPECS } from '../../domain/exam-spec';
import type { AttemptRepository } from '../../db/attempt-repository';
import type { BankSummary } from '../../domain/bank-summary';
import { availabilityOf } from './availability';
import { ExamFormat } from './ExamFormat';

interface HomePageProps {
  attempts: Pick<AttemptRepository, 'inProgress'>;
  /** The Review due entry, or nothing where spaced review is not wired (tests of the grid). */
  reviewDue?: ReactNode;
  banksFor: (certification: Certification) => BankSummary[];
}

export function HomePage({ attempts, banksFor, reviewDue }: HomePageProps) {
  const inProgress = useLiveRead(() => attempts.inProgress(), [attempts], ['attempts']);
  const [, navigate] = useLocation();
  return (
    <>
      <h1>Coding Exam Simulator</h1>
      <p className="lede">
        Sit full mock exams in the official format, on your own device, with nothing sent anywhere.
      </p>
      {reviewDue}
      <div className="cert-grid">
        {CERTIFICATIONS.map((certification) => {
          const spec = EXAM_SPECS[certification];
          const availability = availabilityOf(spec, banksFor(certification));
          const current = inProgress?.find(
            (a) => a.certification === certification && a.mode === 'mock',
          );
          const headingId = `cert-${certification}`;
          return (
            <article key={certification} aria-labelledby={headingId} className="card cert-card">
              <h2 id={headingId}>
                {certification} — {spec.name}
              </h2>
              <p className="muted">{spec.body}</p>
              <ExamFormat spec={spec} />
              {current ? (
                <button
                  type="button"
                  className="primary"
                  onClick={() => navigate(`/exam/${current.id}`)}
                >
                  Resume {certification} exam
                </button>
              ) : availability.bank ? (
                <button
                  type="button"
                  className="primary"
                  onClick={() => navigate(`/mock/${certification}`)}
                >
                  Start {certification} mock exam
                </button>
              ) : (
                <p className="notice">
                  Not available yet: the question bank holds {availability.available} of the{' '}
                  {availability.needed} questions this exam needs.
                </p>
              )}
              {availability.bank && (
                <Link href={`/drill/${certification}`} className="drill-link">
                  Drill {certification} by topic
                </Link>
              )}
            </article>
          );
        })}
      </div>
    </>
  );
}
