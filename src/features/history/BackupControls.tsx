import { format } from 'date-fns';
import { useState } from 'react';
import { JsonFileInput } from '../../components/JsonFileInput';
import { describeProblems } from '../../domain/bank-schema';
import { validateBackup } from '../../domain/backup-schema';
import type { BackupRepository } from '../../db/backup-repository';
import type { Clock } from '../../lib/system-clock';

interface BackupControlsProps {
  backup: BackupRepository;
  clock: Clock;
}

/** Export every attempt, response and review card as one file; import such a file back, merging. */
export function BackupControls({ backup, clock }: BackupControlsProps) {
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function onExport() {
    setError(null);
    const now = clock.now();
    const file = await backup.exportAll(now);
    const url = URL.createObjectURL(new Blob([JSON.stringify(file)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `coding-exam-simulator-backup-${format(now, 'yyyy-MM-dd')}.json`;
    link.click();
    URL.revokeObjectURL(url);
    setStatus(
      `Exported ${file.attempts.length} attempts, ${file.responses.length} responses and ${file.reviewCards.length} review cards, and ${file.banks.length} imported question banks.`,
    );
  }

  async function onImport(file: File) {
    setError(null);
    setStatus(`Reading ${file.name}…`);
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch (e) {
      setStatus('');
      setError(
        `${file.name} is not valid JSON: ${e instanceof Error ? e.message : String(e)}. Nothing was imported.`,
      );
      return;
    }
    const result = validateBackup(json);
    if (!result.ok) {
      setStatus('');
      const shown = result.problems.slice(0, 10);
      const more = result.problems.length - shown.length;
      setError(
        `${file.name} could not be imported; nothing was stored.\n${describeProblems(shown)}${more > 0 ? `\n…and ${more} more` : ''}`,
      );
      return;
    }
    const report = await backup.importBackup(result.backup);
    setStatus(
      `Imported ${file.name}: ${report.attempts} attempts, ${report.responses} responses and ${report.reviewCards} review cards added or updated, and ${report.banks} question banks; ${report.unchanged} already here.`,
    );
  }

  return (
    <section className="card backup" aria-labelledby="backup-heading">
      <h2 id="backup-heading">Back up your data</h2>
      <p className="muted">
        Your attempts live only in this browser. Export them to a file now and then, and import the
        file to restore them here or on another device; nothing already here is lost or duplicated.
      </p>
      <div className="backup-actions">
        <button type="button" onClick={() => void onExport()}>
          Export data
        </button>
        <JsonFileInput label="Import data file" onFile={(file) => void onImport(file)} />
      </div>
      <p role="status">{status}</p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </section>
  );
}
