/**
 * The backup file: every attempt, response, review card and imported bank, versioned, and
 * merged so that importing the same file twice changes nothing. (Its validator, which needs
 * zod, is in backup-schema.ts so that this file stays out of the first page's JavaScript.)
 */
import type { Attempt, Response } from './attempt';
import { planInstall } from './bank-install';
import { bankFacts } from './bank-summary';
import type { QuestionBank } from './question';
import type { ReviewCard } from './review-cards';

export const BACKUP_FORMAT = 'coding-exam-simulator-backup';
/** 2 adds the imported banks; files of version 1 (without them) are still read. */
export const BACKUP_VERSION = 2;

/** An imported bank as the backup holds it. */
export interface BackupBank {
  installedAt: number;
  bank: QuestionBank;
}

export interface BackupContents {
  attempts: Attempt[];
  responses: Response[];
  reviewCards: ReviewCard[];
  banks: BackupBank[];
}

export interface Backup extends BackupContents {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: number;
}

export function buildBackup(contents: BackupContents, now: number): Backup {
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now, ...contents };
}

const responseKey = (r: Pick<Response, 'attemptId' | 'questionId'>) =>
  `${r.attemptId}\u0000${r.questionId}`;

/**
 * What an import must write so that nothing already here is lost: attempts and cards not yet
 * here; a stored attempt only when the file's copy is finished and the stored one is not;
 * responses and cards only when the file's copy is newer; a bank when it is not here or the
 * file holds a newer version of it (never under a built-in bank's id). Importing the same
 * file twice writes nothing the second time.
 */
export function mergeBackup(
  existing: BackupContents,
  incoming: BackupContents,
  builtInBankIds: ReadonlySet<string> = new Set(),
): BackupContents {
  const attempts = new Map(existing.attempts.map((a) => [a.id, a]));
  const responses = new Map(existing.responses.map((r) => [responseKey(r), r]));
  const cards = new Map(existing.reviewCards.map((c) => [c.questionId, c]));
  const banks = new Map(existing.banks.map((b) => [b.bank.id, b.bank]));
  return {
    attempts: incoming.attempts.filter((a) => {
      const here = attempts.get(a.id);
      return !here || (here.status === 'in-progress' && a.status !== 'in-progress');
    }),
    responses: incoming.responses.filter((r) => {
      const here = responses.get(responseKey(r));
      return !here || r.updatedAt > here.updatedAt;
    }),
    reviewCards: incoming.reviewCards.filter((c) => {
      const here = cards.get(c.questionId);
      return !here || (c.fsrs.lastReview ?? 0) > (here.fsrs.lastReview ?? 0);
    }),
    banks: incoming.banks.filter(({ bank }) => {
      const here = banks.get(bank.id);
      return planInstall(bank, here && bankFacts(here), builtInBankIds).kind !== 'refused';
    }),
  };
}
