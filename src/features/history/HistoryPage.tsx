import { useLiveRead } from '../../lib/use-live-read';
import { useEffect, useState } from 'react';
import type { Attempt } from '../../domain/attempt';
import type { AttemptSummary } from '../../domain/attempt-summary';
import { CERTIFICATIONS, type Certification } from '../../domain/certification';
import { EXAM_SPECS } from '../../domain/exam-spec';
import { weakestDomains } from '../../domain/statistics';
import type { AttemptRepository } from '../../db/attempt-repository';
import type { BackupRepository } from '../../db/backup-repository';
import { requestPersistentStorage, type StorageState } from '../../lib/persistent-storage';
import type { Clock } from '../../lib/system-clock';
import { AttemptsTable } from './AttemptsTable';
import { BackupControls } from './BackupControls';
import { ProgressPanel } from './ProgressPanel';
import { WeakestDomainsTable } from './WeakestDomainsTable';

interface HistoryPageProps {
  attempts: AttemptRepository;
  backup: BackupRepository;
  clock: Clock;
  /** Injected in tests; the browser's StorageManager otherwise. */
  requestStorage?: () => Promise<StorageState>;
}

const STORAGE_TEXT: Record<StorageState, string> = {
  persistent: 'Storage: persistent. The browser will not clear your attempts to free up space.',
  'not-persistent':
    'Storage: not persistent. The browser may clear your attempts if the device runs low on space; export a backup now and then.',
  unknown:
    'Storage: this browser does not say whether it keeps your data; export a backup now and then.',
};

export function HistoryPage({
  attempts,
  backup,
  clock,
  requestStorage = requestPersistentStorage,
}: HistoryPageProps) {
  const all = useLiveRead(() => attempts.summaries(), [attempts], ['attemptSummaries']);
  const [certification, setCertification] = useState<Certification | ''>('');
  const [mode, setMode] = useState<Attempt['mode'] | ''>('');
  const [storage, setStorage] = useState<StorageState | null>(null);

  useEffect(() => {
    let live = true;
    void requestStorage().then((state) => live && setStorage(state));
    return () => {
      live = false;
    };
  }, [requestStorage]);

  const inCertification = (s: AttemptSummary) =>
    certification === '' || s.certification === certification;
  const shown = all?.filter((s) => inCertification(s) && (mode === '' || s.mode === mode));
  const certifications = CERTIFICATIONS.filter((c) =>
    all?.some((s) => s.certification === c && inCertification(s) && s.score !== null),
  );

  return (
    <>
      <h1>History</h1>
      {storage && <p className="storage-status">{STORAGE_TEXT[storage]}</p>}
      {!all || !shown ? (
        <p role="status">Loading your attempts…</p>
      ) : all.length === 0 ? (
        <p>No attempts yet. Start a mock exam from Home.</p>
      ) : (
        <>
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
              <select
                value={mode}
                onChange={(e) => setMode(e.target.value as Attempt['mode'] | '')}
              >
                <option value="">Mock exams and drills</option>
                <option value="mock">Mock exams</option>
                <option value="drill">Drills</option>
              </select>
            </label>
          </div>
          {certifications.length > 0 && (
            <section aria-labelledby="progress-heading">
              <h2 id="progress-heading">Progress</h2>
              <div className="progress-grid">
                {certifications.map((c) => (
                  <ProgressPanel key={c} spec={EXAM_SPECS[c]} summaries={all} />
                ))}
              </div>
            </section>
          )}
          <section aria-labelledby="weakest-heading">
            <h2 id="weakest-heading">Where to focus</h2>
            <p className="muted">
              Lowest accuracy over each certification’s last 10 finished attempts (domains with at
              least 3 questions).
            </p>
            <WeakestDomainsTable
              rows={CERTIFICATIONS.filter(
                (c) => certification === '' || c === certification,
              ).flatMap((c) => weakestDomains(all, c))}
            />
          </section>
          <section aria-labelledby="attempts-heading">
            <h2 id="attempts-heading">Attempts</h2>
            {shown.length === 0 ? (
              <p>No attempts match these filters.</p>
            ) : (
              <AttemptsTable key={`${certification}-${mode}`} summaries={shown} />
            )}
          </section>
        </>
      )}
      <BackupControls backup={backup} clock={clock} />
    </>
  );
}
