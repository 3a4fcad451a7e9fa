import { useState } from 'react';
import { Link } from 'wouter';
import type { AttemptSummary } from '../../domain/attempt-summary';
import { formatDateTime, formatTimeUsed } from '../../lib/format';

export const PAGE_SIZE = 25;

/** Pass or not for a finished mock; drills have no pass mark. */
function resultOf(s: AttemptSummary): string {
  if (s.status === 'in-progress') return 'In progress';
  const ending = s.status === 'timed-out' ? ' (time ran out)' : '';
  if (s.mode === 'drill' || !s.score) return `Finished${ending}`;
  return `${s.score.passed ? 'Passed' : 'Not passed'}${ending}`;
}

/** Every attempt, newest first, a page at a time so a thousand attempts stay quick. */
export function AttemptsTable({ summaries }: { summaries: readonly AttemptSummary[] }) {
  const [page, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(summaries.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const rows = summaries.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);
  const from = current * PAGE_SIZE + 1;
  return (
    <>
      <table className="history-table">
        <caption>Past attempts</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Certification</th>
            <th scope="col">Mode</th>
            <th scope="col">Score</th>
            <th scope="col">Result</th>
            <th scope="col">Time used</th>
            <th scope="col">
              <span className="visually-hidden">Open</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((s) => (
            <tr key={s.attemptId}>
              <td>{formatDateTime(s.startedAt)}</td>
              <td>{s.certification}</td>
              <td>{s.mode === 'mock' ? 'Mock exam' : 'Drill'}</td>
              <td>{s.score ? `${s.score.percent}%` : '—'}</td>
              <td>{resultOf(s)}</td>
              <td>{s.timeUsedMs === null ? '—' : formatTimeUsed(s.timeUsedMs)}</td>
              <td>
                <Link
                  href={
                    s.status === 'in-progress' ? `/exam/${s.attemptId}` : `/attempts/${s.attemptId}`
                  }
                >
                  Open{' '}
                  <span className="visually-hidden">
                    {s.certification} attempt of {formatDateTime(s.startedAt)}
                  </span>
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {pages > 1 && (
        <div className="pager">
          <button type="button" disabled={current === 0} onClick={() => setPage(current - 1)}>
            Previous page
          </button>
          <p aria-live="polite">
            Attempts {from.toLocaleString()}–{(from + rows.length - 1).toLocaleString()} of{' '}
            {summaries.length.toLocaleString()} (page {current + 1} of {pages})
          </p>
          <button
            type="button"
            disabled={current === pages - 1}
            onClick={() => setPage(current + 1)}
          >
            Next page
          </button>
        </div>
      )}
    </>
  );
}
