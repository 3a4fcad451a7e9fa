import { useLiveRead } from '../lib/use-live-read';
import { useCallback } from 'react';
import type { BankSummary, InstalledBankSummary } from '../domain/bank-summary';
import type { Certification } from '../domain/certification';
import { builtInBanksFor } from '../lib/bank-files';

/** A certification's banks: the shipped ones first, then those imported into this browser. */
export function useBanksFor(
  readInstalled: () => Promise<InstalledBankSummary[]>,
): (certification: Certification) => BankSummary[] {
  const installed = useLiveRead(readInstalled, [readInstalled], ['banks']);
  return useCallback(
    (certification) => [
      ...builtInBanksFor(certification),
      ...(installed ?? []).filter((bank) => bank.certification === certification),
    ],
    [installed],
  );
}
