/**
 * The browser database (IndexedDB): attempts with their question snapshots, a small summary of
 * each, responses, review cards and imported question banks. Each schema version is its own
 * constant; later versions extend earlier ones.
 */
import { Dexie, type EntityTable, type Table } from 'dexie';
import type { Attempt, Response } from '../domain/attempt';
import { summariesOf, type AttemptSummary } from '../domain/attempt-summary';
import type { InstalledBankSummary } from '../domain/bank-summary';
import type { QuestionBank } from '../domain/question';
import type { ReviewCard } from '../domain/review-cards';

import { notifyDbChanged } from '../lib/db-changes';
import { DATABASE_NAME } from './database-name';

export { DATABASE_NAME };

export const schemaV1 = {
  attempts: 'id, certification, status, startedAt',
  responses: '[attemptId+questionId], attemptId',
};

/** v2 adds spaced-repetition review cards, one per missed question. */
export const schemaV2 = {
  ...schemaV1,
  reviewCards: 'questionId, due, certification',
};

/** v3 adds a small summary per attempt, so History never loads the question snapshots. */
export const schemaV3 = {
  ...schemaV2,
  attemptSummaries: 'attemptId, startedAt, certification',
};

/**
 * v4 adds question banks the user imported: a small summary row per bank (listed on every
 * page that offers exams) and, apart, the bank itself (read only when an exam starts).
 */
export const schemaV4 = {
  ...schemaV3,
  banks: 'id, certification',
  bankContents: 'id',
};

/** An imported bank's questions, stored apart from its summary. */
export interface BankContents {
  id: string;
  bank: QuestionBank;
}

// Views re-read after any committed write, here or in another tab.
Dexie.on('storagemutated', notifyDbChanged);

export class ExamDatabase extends Dexie {
  attempts!: EntityTable<Attempt, 'id'>;
  responses!: Table<Response, [string, string]>;
  reviewCards!: EntityTable<ReviewCard, 'questionId'>;
  attemptSummaries!: EntityTable<AttemptSummary, 'attemptId'>;
  banks!: EntityTable<InstalledBankSummary, 'id'>;
  bankContents!: EntityTable<BankContents, 'id'>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    this.version(1).stores(schemaV1);
    this.version(2).stores(schemaV2);
    this.version(3)
      .stores(schemaV3)
      .upgrade(async (tx) => {
        const attempts = await tx.table<Attempt, string>('attempts').toArray();
        const responses = await tx.table<Response, [string, string]>('responses').toArray();
        await tx.table('attemptSummaries').bulkPut(summariesOf(attempts, responses));
      });
    this.version(4).stores(schemaV4);
  }
}
