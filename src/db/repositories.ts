/** Every repository over one Dexie database: loaded on first use, not with the first page. */
import type { Clock } from '../lib/system-clock';
import { createAttemptRepository } from './attempt-repository';
import { createBackupRepository } from './backup-repository';
import { createBankRepository } from './bank-repository';
import { ExamDatabase } from './database';
import { createReviewCardRepository } from './review-card-repository';

export function openRepositories(
  clock: Clock,
  builtInBankIds: ReadonlySet<string>,
  db: ExamDatabase = new ExamDatabase(),
) {
  return {
    attempts: createAttemptRepository(db),
    reviewCards: createReviewCardRepository(db),
    backup: createBackupRepository(db, builtInBankIds),
    banks: createBankRepository(db, clock, builtInBankIds),
  };
}

export type Repositories = ReturnType<typeof openRepositories>;
