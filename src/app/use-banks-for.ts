import { useLiveRead } from '../lib/use-live-read';
import { useCallback } from 'react';
import type { BankSummary } from '../domain/bank-summary';
import type { Certification } from '../domain/certification';
import type { BankRepository } from '../db/bank-repository';
import { builtInBanksFor } from '../lib/bank-files';

/** A certification's banks: the shipped ones first, then those imported into this browser. */
export function useBanksFor(
  banks: BankRepository,
): (certification: Certification) => BankSummary[] {
  const installed = useLiveRead(() => banks.summaries(), [banks]);
  return useCallback(
    (certification) => [
      ...builtInBanksFor(certification),
      ...(installed ?? []).filter((bank) => bank.certification === certification),
    ],
    [installed],
  );
}
