import { useLiveRead } from '../../lib/use-live-read';
import type { BuiltInBankSummary } from '../../domain/bank-summary';
import type { BankRepository } from '../../db/bank-repository';
import { BankImport } from './BankImport';
import { InstalledBanksTable } from './InstalledBanksTable';

interface BanksPageProps {
  banks: BankRepository;
  builtIn: readonly BuiltInBankSummary[];
}

/** The banks the app draws exams from, and importing another one from a file. */
export function BanksPage({ banks, builtIn }: BanksPageProps) {
  const installed = useLiveRead(() => banks.summaries(), [banks], ['banks']);
  return (
    <>
      <h1>Question banks</h1>
      <p className="lede">
        Mock exams and drills draw from these banks. Import a bank file to practise with more
        questions; it stays in this browser and is included when you export your data.
      </p>
      <InstalledBanksTable banks={[...builtIn, ...(installed ?? [])]} />
      <BankImport banks={banks} />
    </>
  );
}
