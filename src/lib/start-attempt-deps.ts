import type { BankSummary } from '../domain/bank-summary';
import type { QuestionBank } from '../domain/question';
import type { AttemptRepository } from '../db/attempt-repository';
import type { Clock } from './system-clock';

/** What starting a mock or a drill needs from the app: storage, the clock, banks, ids and seeds. */
export interface StartAttemptDeps {
  repository: AttemptRepository;
  clock: Clock;
  loadBank: (summary: BankSummary) => Promise<QuestionBank>;
  newId: () => string;
  newSeed: () => number;
}
