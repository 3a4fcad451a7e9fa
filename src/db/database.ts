/**
 * The browser database: attempts (with their question snapshots) and responses, kept in
 * IndexedDB. Each schema version is its own constant; later versions extend earlier ones.
 */
import { Dexie, type EntityTable, type Table } from 'dexie';
import type { Attempt, Response } from '../domain/attempt';
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

export class ExamDatabase extends Dexie {
  attempts!: EntityTable<Attempt, 'id'>;
  responses!: Table<Response, [string, string]>;
  reviewCards!: EntityTable<ReviewCard, 'questionId'>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    this.version(1).stores(schemaV1);
    this.version(2).stores(schemaV2);
  }
}
