/** Reads and writes attempts and responses. Every write that matters is one transaction. */
import type { Attempt, Response } from '../domain/attempt';
import { summariseAttempt, type AttemptSummary } from '../domain/attempt-summary';
import type { ExamDatabase } from './database';

export class AttemptNotInProgressError extends Error {
  constructor(attemptId: string) {
    super(`Attempt ${attemptId} is no longer in progress.`);
    this.name = 'AttemptNotInProgressError';
  }
}

export interface AttemptRepository {
  create(attempt: Attempt): Promise<void>;
  get(id: string): Promise<Attempt | undefined>;
  responses(attemptId: string): Promise<Response[]>;
  inProgress(): Promise<Attempt[]>;
  all(): Promise<Attempt[]>;
  /** Every attempt's summary, newest first: what History lists and charts. */
  summaries(): Promise<AttemptSummary[]>;
  saveResponse(response: Response): Promise<void>;
  /** Moves the attempt to another question, with the time spent on the one left, in one transaction. */
  saveNavigation(attemptId: string, currentIndex: number, leaving: Response | null): Promise<void>;
  /** Stores a pause or a resume (practice conditions only). */
  savePause(attemptId: string, pausedAt: number | null, pausedTotalMs: number): Promise<void>;
  /** Stores the finished attempt, unless it was already finished (by another tab or at time-out). */
  finish(finished: Attempt): Promise<Attempt>;
}

export function createAttemptRepository(db: ExamDatabase): AttemptRepository {
  async function requireInProgress(attemptId: string): Promise<Attempt> {
    const attempt = await db.attempts.get(attemptId);
    if (attempt?.status !== 'in-progress') throw new AttemptNotInProgressError(attemptId);
    return attempt;
  }

  return {
    async create(attempt) {
      await db.transaction('rw', db.attempts, db.attemptSummaries, async () => {
        await db.attempts.add(attempt);
        await db.attemptSummaries.put(summariseAttempt(attempt, []));
      });
    },
    get: (id) => db.attempts.get(id),
    responses: (attemptId) => db.responses.where('attemptId').equals(attemptId).toArray(),
    inProgress: () => db.attempts.where('status').equals('in-progress').toArray(),
    all: () => db.attempts.orderBy('startedAt').reverse().toArray(),
    summaries: () => db.attemptSummaries.orderBy('startedAt').reverse().toArray(),
    async saveResponse(response) {
      await db.transaction('rw', db.attempts, db.responses, async () => {
        await requireInProgress(response.attemptId);
        await db.responses.put(response);
      });
    },
    async saveNavigation(attemptId, currentIndex, leaving) {
      await db.transaction('rw', db.attempts, db.responses, async () => {
        await requireInProgress(attemptId);
        if (leaving) await db.responses.put(leaving);
        await db.attempts.update(attemptId, { currentIndex });
      });
    },
    async savePause(attemptId, pausedAt, pausedTotalMs) {
      await db.transaction('rw', db.attempts, async () => {
        await requireInProgress(attemptId);
        await db.attempts.update(attemptId, { pausedAt, pausedTotalMs });
      });
    },
    async finish(finished) {
      // Loaded here, not at start-up: the scheduler is needed only when an attempt ends, and
      // must be in hand before the transaction opens (awaiting an import inside would end it).
      const { cardsAfterAttempt } = await import('../domain/review-cards');
      // One transaction: the finished attempt, its summary and the review cards its answers create or move.
      const tables = [db.attempts, db.attemptSummaries, db.responses, db.reviewCards];
      return db.transaction('rw', tables, async () => {
        const stored = await db.attempts.get(finished.id);
        if (!stored) throw new Error(`Attempt ${finished.id} was not found.`);
        if (stored.status !== 'in-progress') return stored;
        await db.attempts.put(finished);
        const responses = await db.responses.where('attemptId').equals(finished.id).toArray();
        await db.attemptSummaries.put(summariseAttempt(finished, responses));
        const ids = finished.questions.map((q) => q.id);
        const existing = new Map(
          (await db.reviewCards.bulkGet(ids))
            .filter((c) => c !== undefined)
            .map((c) => [c.questionId, c]),
        );
        const now = finished.submittedAt ?? finished.startedAt;
        await db.reviewCards.bulkPut(cardsAfterAttempt(finished, responses, existing, now));
        return finished;
      });
    },
  };
}
