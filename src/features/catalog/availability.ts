/** Whether the shipped banks can fill a certification's mock exam, from the build-time summary. */
import { findShortfalls } from '../../domain/assembly';
import type { BankSummary } from '../../domain/bank-summary';
import { blueprintTotal, type ExamSpec } from '../../domain/exam-spec';

export interface Availability {
  /** The bank a mock draws from, when one can fill the blueprint. */
  bank: BankSummary | null;
  /** Of the questions the exam needs, how many the best bank can supply. */
  available: number;
  needed: number;
}

export function availabilityOf(spec: ExamSpec, banks: readonly BankSummary[]): Availability {
  const needed = spec.questionCount.value;
  let best: Availability = { bank: null, available: 0, needed };
  for (const bank of banks) {
    const shortfalls = findShortfalls(spec, bank.domainCounts);
    const missing = shortfalls.reduce((sum, s) => sum + s.needed - s.available, 0);
    const scored = blueprintTotal(spec) - missing;
    // Pretest items come from whatever the blueprint leaves over.
    const leftOver = Math.max(0, bank.questionCount - blueprintTotal(spec));
    const pretest = Math.min(spec.pretestCount, leftOver);
    const available = scored + pretest;
    if (shortfalls.length === 0 && pretest === spec.pretestCount)
      return { bank, available, needed };
    if (available > best.available) best = { bank: null, available, needed };
  }
  return best;
}
