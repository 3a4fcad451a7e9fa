import { useLiveRead } from '../../lib/use-live-read';
import { useState } from 'react';
import type { AttemptRepository } from '../../db/attempt-repository';
import { answersOf, type Attempt } from '../../domain/attempt';
import { missedQuestions } from '../../domain/drill';
import { EXAM_SPECS } from '../../domain/exam-spec';
import type { Question } from '../../domain/question';
import { formatDateTime, formatTimeUsed } from '../../lib/format';
import { AnswerReview } from './AnswerReview';

interface ResultsPageProps {
  attemptId: string;
  attempts: AttemptRepository;
  openExam: (attemptId: string) => void;
  /** Starts a tutor drill of this attempt's missed questions. */
  retakeMissed: (attempt: Attempt, missed: Question[]) => Promise<void>;
}

export function ResultsPage({ attemptId, attempts, openExam, retakeMissed }: ResultsPageProps) {
  const data = useLiveRead(
    async () => {
      const attempt = await attempts.get(attemptId);
      const responses = attempt ? await attempts.responses(attemptId) : [];
      return { attempt, responses: Object.fromEntries(responses.map((r) => [r.questionId, r])) };
    },
    [attempts, attemptId],
    ['attempts', 'responses'],
  );
  const [reviewing, setReviewing] = useState(false);

  if (!data) return <p role="status">Loading results…</p>;
  const { attempt, responses } = data;
  if (!attempt) {
    return (
      <>
        <h1>Results not found</h1>
        <p role="alert">No attempt with id {attemptId} is stored in this browser.</p>
      </>
    );
  }
  const kind = attempt.mode === 'mock' ? 'mock exam' : 'drill';
  const title = `${attempt.certification} ${kind} results`;
  if (!attempt.score || attempt.status === 'in-progress') {
    return (
      <>
        <h1>{title}</h1>
        <p>This exam is still in progress.</p>
        <button type="button" className="primary" onClick={() => openExam(attempt.id)}>
          Resume {attempt.certification} exam
        </button>
      </>
    );
  }
  const { score } = attempt;
  const note = EXAM_SPECS[attempt.certification].passingNote;
  const timeUsed = (attempt.submittedAt ?? attempt.startedAt) - attempt.startedAt;
  const missed = missedQuestions(attempt, answersOf(Object.values(responses)));

  return (
    <>
      <h1>{title}</h1>
      <section
        className={`card score-summary ${score.passed ? 'passed' : 'failed'}`}
        aria-label="Score"
      >
        <p className="score-line">
          <span className="score-big">Score {score.percent}%</span>{' '}
          <span>
            ({score.correct} of {score.total} correct)
          </span>
        </p>
        {attempt.mode === 'mock' && (
          <p className="verdict-line">{score.passed ? 'Passed' : 'Not passed'}</p>
        )}
        <p className="muted">
          Pass mark {score.passingPercent}%. {score.unanswered} unanswered.{' '}
          {attempt.status === 'timed-out'
            ? 'Time ran out; the exam was submitted automatically.'
            : 'Submitted.'}{' '}
          Started {formatDateTime(attempt.startedAt)}; time used {formatTimeUsed(timeUsed)}.
        </p>
        {note && <p className="muted">{note}</p>}
        {(attempt.pretestIds?.length ?? 0) > 0 && (
          <p className="muted">
            This exam included {attempt.pretestIds?.length} unscored pretest items, as the real exam
            does. They are left out of your score and marked in the review below.
          </p>
        )}
      </section>
      <table className="domain-table">
        <caption>Score by domain</caption>
        <thead>
          <tr>
            <th scope="col">Domain</th>
            <th scope="col">Correct</th>
            <th scope="col">Total</th>
            <th scope="col">Percent</th>
          </tr>
        </thead>
        <tbody>
          {score.byDomain.map((d) => (
            <tr key={d.domainId}>
              <th scope="row">{d.name}</th>
              <td>{d.correct}</td>
              <td>{d.total}</td>
              <td>
                <span className="bar" aria-hidden="true">
                  <span style={{ width: `${d.percent}%` }} />
                </span>
                {d.percent}%
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="results-actions">
        <button
          type="button"
          aria-expanded={reviewing}
          onClick={() => setReviewing((open) => !open)}
        >
          Review answers
        </button>
        {missed.length > 0 && (
          <button
            type="button"
            className="primary"
            onClick={() => void retakeMissed(attempt, missed)}
          >
            Retake missed questions
          </button>
        )}
      </div>
      {reviewing && <AnswerReview attempt={attempt} responses={responses} />}
    </>
  );
}
