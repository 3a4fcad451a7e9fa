import { useState } from 'react';
import { JsonFileInput } from '../../components/JsonFileInput';
import { BANK_FILE_LIMITS, fileSizeProblem } from '../../domain/bank-file';
import type { BankProblem } from '../../domain/bank-schema';
import type { BankFacts, InstalledBankSummary } from '../../domain/bank-summary';
import type { QuestionBank } from '../../domain/question';
import type { BankRepository } from '../../db/bank-repository';
import { Dialog } from '../../components/Dialog';
import { ImportProblems } from './ImportProblems';
import { importBankFile } from './import-bank-file';

interface Refusal {
  fileName: string;
  problems: BankProblem[];
}

interface Replacement {
  fileName: string;
  bank: QuestionBank;
  installed: BankFacts;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Lets the page paint the status before a long synchronous step. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Import a bank file: read it, check all of it, and only then store it, in one transaction. A
 * newer version of an installed bank replaces it only after the user confirms.
 */
export function BankImport({ banks }: { banks: BankRepository }) {
  const [status, setStatus] = useState('');
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [replacement, setReplacement] = useState<Replacement | null>(null);

  const refuse = (fileName: string, problems: BankProblem[]) => {
    setStatus('');
    setRefusal({ fileName, problems });
  };

  function installed(fileName: string, stored: InstalledBankSummary) {
    setStatus(
      `Installed "${stored.title}" version ${stored.version} (${stored.certification}, ${stored.questionCount} questions) from ${fileName}.`,
    );
  }

  async function onFile(file: File) {
    setRefusal(null);
    setReplacement(null);
    try {
      // Refused before reading: a huge file should not be loaded into memory at all.
      const tooBig = fileSizeProblem(file.size, file.name);
      if (tooBig) return refuse(file.name, [tooBig]);
      setStatus(`Reading ${file.name}…`);
      const bytes = new Uint8Array(await file.arrayBuffer());
      setStatus(`Checking ${file.name}…`);
      await nextFrame();
      const outcome = await importBankFile(bytes, file.name, banks);
      if (outcome.kind === 'refused') return refuse(file.name, outcome.problems);
      if (outcome.kind === 'installed') return installed(file.name, outcome.summary);
      setStatus('');
      setReplacement({ fileName: file.name, bank: outcome.bank, installed: outcome.installed });
    } catch (error) {
      refuse(file.name, [{ file: file.name, path: '$', message: messageOf(error) }]);
    }
  }

  async function confirmReplace() {
    if (!replacement) return;
    const { fileName, bank } = replacement;
    setReplacement(null);
    setStatus(`Storing ${fileName}…`);
    try {
      installed(fileName, await banks.install(bank, { replace: true }));
    } catch (error) {
      refuse(fileName, [{ file: fileName, path: '$', message: messageOf(error) }]);
    }
  }

  function keepInstalled() {
    if (!replacement) return;
    setReplacement(null);
    setStatus(
      `Kept version ${replacement.installed.version} of "${replacement.installed.title}"; nothing was changed.`,
    );
  }

  const mb = BANK_FILE_LIMITS.maxBytes / (1024 * 1024);
  return (
    <section className="card bank-import" aria-labelledby="bank-import-heading">
      <h2 id="bank-import-heading">Import a bank</h2>
      <p className="muted">
        A bank is one JSON file in this app&apos;s bank format (see the README), at most {mb} MB and{' '}
        {BANK_FILE_LIMITS.maxQuestions.toLocaleString('en-US')} questions. All of it is checked
        before anything is stored; a file with any problem is refused whole.
      </p>
      <p>
        <JsonFileInput label="Import question bank" onFile={(file) => void onFile(file)} />
      </p>
      <p role="status">{status}</p>
      {refusal && <ImportProblems fileName={refusal.fileName} problems={refusal.problems} />}
      {replacement && (
        <Dialog title="Replace question bank?" onClose={keepInstalled}>
          <p>
            &ldquo;{replacement.installed.title}&rdquo; version {replacement.installed.version} (
            {replacement.installed.questionCount} questions) is installed. {replacement.fileName}{' '}
            holds version {replacement.bank.version} ({replacement.bank.questions.length}{' '}
            questions).
          </p>
          <p>Past attempts keep the questions they were given and still review as they were.</p>
          <div className="dialog-actions">
            <button type="button" className="primary" onClick={() => void confirmReplace()}>
              Replace bank
            </button>
            <button type="button" onClick={keepInstalled}>
              Keep installed version
            </button>
          </div>
        </Dialog>
      )}
    </section>
  );
}
