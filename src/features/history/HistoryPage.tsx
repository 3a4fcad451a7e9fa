import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Link } from 'wouter';
import type { Attempt } from '../../domain/attempt';
import { CERTIFICATIONS, type Certification } from '../../domain/certification';
import type { AttemptRepository } from '../../db/attempt-repository';
import type { BackupRepository } from '../../db/backup-repository';
import type { Clock } from '../../lib/system-clock';
import { BackupControls } from './BackupControls';
import { formatDateTime, formatTimeUsed } from '../../lib/format';

/** Pass or not for a finished mock; drills have no pass mark. */
function resultOf(attempt: Attempt): string {
  if (attempt.status === 'in-progress') return 'In progress';
  const ending = attempt.status === 'timed-out' ? ' (time ran out)' : '';
  if (attempt.mode === 'drill' || !attempt.score) return `Finished${ending}`;
  return `${attempt.score.passed ? 'Passed' : 'Not passed'}${ending}`;
}

interface HistoryPageProps {
  attempts: AttemptRepository;
  backup: BackupRepository;
  clock: Clock;
}

export function HistoryPage({ attempts, backup, clock }: HistoryPageProps) {
  const all = useLiveQuery(() => attempts.all(), [attempts]);
  const [certification, setCertification] = useState<Certification | ''>('');
  const [mode, setMode] = useState<Attempt['mode'] | ''>('');
  const shown = all?.filter(
    (a) =>
      (certification === '' || a.certification === certification) &&
      (mode === '' || a.mode === mode),
  );
  return (
    <>
      <h1>History</h1>
      {all && all.length > 0 && (
        <div className="history-filters">
          <label>
            Certification{' '}
            <select
              value={certification}
              onChange={(e) => setCertification(e.target.value as Certification | '')}
            >
              <option value="">All certifications</option>
              {CERTIFICATIONS.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </label>
          <label>
            Mode{' '}
            <select value={mode} onChange={(e) => setMode(e.target.value as Attempt['mode'] | '')}>
              <option value="">Mock exams and drills</option>
              <option value="mock">Mock exams</option>
              <option value="drill">Drills</option>
            </select>
          </label>
        </div>
      )}
      {!all || !shown ? (
        <p role="status">Loading your attempts…</p>
      ) : all.length === 0 ? (
        <p>No attempts yet. Start a mock exam from Home.</p>
      ) : shown.length === 0 ? (
        <p>No attempts match these filters.</p>
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
            {shown.map((a) => (
              <tr key={a.id}>
                <td>{formatDateTime(a.startedAt)}</td>
                <td>{a.certification}</td>
                <td>{a.mode === 'mock' ? 'Mock exam' : 'Drill'}</td>
                <td>{a.score ? `${a.score.percent}%` : '—'}</td>
                <td>{resultOf(a)}</td>
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
      <BackupControls backup={backup} clock={clock} />
    </>
  );
}
