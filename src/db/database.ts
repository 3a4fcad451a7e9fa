/**
 * The browser database: attempts (with their question snapshots) and responses, review cards
 * and imported question banks, kept in IndexedDB. Each schema version is its own constant;
 * later versions extend earlier ones.
 */
import { Dexie, type EntityTable, type Table } from 'dexie';
import type { Attempt, Response } from '../domain/attempt';
import type { InstalledBankSummary } from '../domain/bank-summary';
import type { QuestionBank } from '../domain/question';
import type { ReviewCard } from '../domain/review-cards';

export const DATABASE_NAME = 'coding-exam-simulator';

export const schemaV1 = {
  attempts: 'id, certification, status, startedAt',
  responses: '[attemptId+questionId], attemptId',
};

/** v2 adds spaced-repetition review cards, one per missed question. */
export const schemaV2 = {
  ...schemaV1,
  reviewCards: 'questionId, due, certification',
};

/**
 * v3 adds question banks the user imported: a small summary row per bank (listed on every
 * page that offers exams) and, apart, the bank itself (read only when an exam starts).
 */
export const schemaV3 = {
  ...schemaV2,
  banks: 'id, certification',
  bankContents: 'id',
};

/** An imported bank's questions, stored apart from its summary. */
export interface BankContents {
  id: string;
  bank: QuestionBank;
}

export class ExamDatabase extends Dexie {
  attempts!: EntityTable<Attempt, 'id'>;
  responses!: Table<Response, [string, string]>;
  reviewCards!: EntityTable<ReviewCard, 'questionId'>;
  banks!: EntityTable<InstalledBankSummary, 'id'>;
  bankContents!: EntityTable<BankContents, 'id'>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    this.version(1).stores(schemaV1);
    this.version(2).stores(schemaV2);
    this.version(3).stores(schemaV3);
  }
}
