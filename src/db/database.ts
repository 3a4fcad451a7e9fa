/**
 * The browser database (IndexedDB): attempts with their question snapshots, a small summary of
 * each, responses and review cards. Each schema version is its own constant; later versions
 * extend earlier ones.
 */
import { Dexie, type EntityTable, type Table } from 'dexie';
import type { Attempt, Response } from '../domain/attempt';
import { summariesOf, type AttemptSummary } from '../domain/attempt-summary';
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

/** v3 adds a small summary per attempt, so History never loads the question snapshots. */
export const schemaV3 = {
  ...schemaV2,
  attemptSummaries: 'attemptId, startedAt, certification',
};

export class ExamDatabase extends Dexie {
  attempts!: EntityTable<Attempt, 'id'>;
  responses!: Table<Response, [string, string]>;
  reviewCards!: EntityTable<ReviewCard, 'questionId'>;
  attemptSummaries!: EntityTable<AttemptSummary, 'attemptId'>;

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
  }
}
