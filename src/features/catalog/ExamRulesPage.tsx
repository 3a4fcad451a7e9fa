import { useLiveRead } from '../../lib/use-live-read';
import { useState } from 'react';
import type { Attempt } from '../../domain/attempt';
import type { BankSummary } from '../../domain/bank-summary';
import type { Certification } from '../../domain/certification';
import { EXAM_SPECS } from '../../domain/exam-spec';
import type { AttemptRepository } from '../../db/attempt-repository';
import { formatTimeLimit } from '../../lib/time-limit';
import { availabilityOf } from './availability';
import { BankChoice } from './BankChoice';

interface ExamRulesPageProps {
  certification: Certification;
  attempts: AttemptRepository;
  banks: BankSummary[];
  begin: (bank: BankSummary) => Promise<Attempt>;
  openExam: (attemptId: string) => void;
}

/** The rules of the mock, read before the clock starts. */
export function ExamRulesPage({
  certification,
  attempts,
  banks,
  begin,
  openExam,
}: ExamRulesPageProps) {
  const spec = EXAM_SPECS[certification];
  const availability = availabilityOf(spec, banks);
  const inProgress = useLiveRead(() => attempts.inProgress(), [attempts], ['attempts']);
  const current = inProgress?.find((a) => a.certification === certification && a.mode === 'mock');
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const chosen = availability.fillable.find((bank) => bank.id === chosenId) ?? availability.bank;

  async function onBegin(bank: BankSummary) {
    setStarting(true);
    setError(null);
    try {
      const attempt = await begin(bank);
      openExam(attempt.id);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setStarting(false);
    }
  }

  const minutes = spec.warningsBeforeEndMs.map((ms) => ms / 60_000).join(' and ');
  return (
    <>
      <h1>{certification} mock exam</h1>
      <section className="card rules" aria-labelledby="rules-heading">
        <h2 id="rules-heading">Before you begin</h2>
        <ul>
          <li>
            {spec.questionCount.value} questions drawn to the {certification} content outline, in{' '}
            {formatTimeLimit(spec.timeLimitMs.value)}: about{' '}
            {(spec.paceSecondsPerQuestion / 60).toFixed(1)} minutes a question.
          </li>
          <li>
            The clock starts when you select Begin exam and keeps running if you close the app.
            There is no pause under exam conditions.
          </li>
          <li>
            You will be warned when {minutes} minutes remain. At zero your exam is submitted as it
            stands.
          </li>
          <li>
            Pass mark: {spec.passingPercent.value}% of questions correct. Unanswered questions count
            as wrong, so answer every one.
          </li>
          <li>Have your code books ready: {spec.books.join(', ')}.</li>
          <li>
            You can flag questions, strike out choices, and review all your answers before you
            submit. Keys: N next, P previous, F flag, A–D or 1–4 choose.
          </li>
        </ul>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        {current ? (
          <>
            <p className="notice">
              You already have a {certification} exam in progress. Finish it before starting
              another.
            </p>
            <button type="button" className="primary" onClick={() => openExam(current.id)}>
              Resume {certification} exam
            </button>
          </>
        ) : chosen ? (
          <>
            {availability.fillable.length > 1 && (
              <BankChoice
                banks={availability.fillable}
                chosenId={chosen.id}
                onChoose={setChosenId}
              />
            )}
            <button
              type="button"
              className="primary"
              disabled={starting}
              onClick={() => void onBegin(chosen)}
            >
              Begin exam
            </button>
          </>
        ) : (
          <p className="notice">
            Not available yet: the question bank holds {availability.available} of the{' '}
            {availability.needed} questions this exam needs.
          </p>
        )}
        {starting && <p role="status">Preparing your exam…</p>}
      </section>
    </>
  );
}
