/** Whether the banks (shipped or imported) can fill a certification's mock exam, from their summaries. */
import { findShortfalls } from '../../domain/shortfall';
import type { BankSummary } from '../../domain/bank-summary';
import { blueprintTotal, type ExamSpec } from '../../domain/exam-spec';

export interface Availability {
  /** The bank a mock draws from by default, when one can fill the blueprint. */
  bank: BankSummary | null;
  /** Every bank that can fill the blueprint, in the order given. */
  fillable: BankSummary[];
  /** Of the questions the exam needs, how many the best bank can supply. */
  available: number;
  needed: number;
}

export function availabilityOf(spec: ExamSpec, banks: readonly BankSummary[]): Availability {
  const needed = spec.questionCount.value;
  const fillable: BankSummary[] = [];
  let best = 0;
  for (const bank of banks) {
    const shortfalls = findShortfalls(spec, bank.domainCounts);
    const missing = shortfalls.reduce((sum, s) => sum + s.needed - s.available, 0);
    const scored = blueprintTotal(spec) - missing;
    // Pretest items come from whatever the blueprint leaves over.
    const leftOver = Math.max(0, bank.questionCount - blueprintTotal(spec));
    const pretest = Math.min(spec.pretestCount, leftOver);
    if (shortfalls.length === 0 && pretest === spec.pretestCount) fillable.push(bank);
    best = Math.max(best, scored + pretest);
  }
  return { bank: fillable[0] ?? null, fillable, available: best, needed };
}
