import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'wouter';
import type { AttemptRepository } from '../../db/attempt-repository';
import { formatDateTime, formatTimeUsed } from '../../lib/format';

const STATUS: Record<string, string> = {
  'in-progress': 'In progress',
  submitted: 'Submitted',
  'timed-out': 'Timed out',
  abandoned: 'Abandoned',
};

export function HistoryPage({ attempts }: { attempts: AttemptRepository }) {
  const all = useLiveQuery(() => attempts.all(), [attempts]);
  return (
    <>
      <h1>History</h1>
      {!all ? (
        <p role="status">Loading your attempts…</p>
      ) : all.length === 0 ? (
        <p>No attempts yet. Start a mock exam from Home.</p>
      ) : (
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
            {all.map((a) => (
              <tr key={a.id}>
                <td>{formatDateTime(a.startedAt)}</td>
                <td>{a.certification}</td>
                <td>{a.mode === 'mock' ? 'Mock exam' : 'Drill'}</td>
                <td>{a.score ? `${a.score.percent}%` : '—'}</td>
                <td>
                  {a.score ? (a.score.passed ? 'Passed' : 'Not passed') : ''} {STATUS[a.status]}
                </td>
                <td>{a.submittedAt ? formatTimeUsed(a.submittedAt - a.startedAt) : '—'}</td>
                <td>
                  <Link href={a.status === 'in-progress' ? `/exam/${a.id}` : `/attempts/${a.id}`}>
                    Open{' '}
                    <span className="visually-hidden">
                      {a.certification} attempt of {formatDateTime(a.startedAt)}
                    </span>
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
