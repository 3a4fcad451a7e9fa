/** Reads and writes attempts and responses. Every write that matters is one transaction. */
import type { Attempt, Response } from '../domain/attempt';
import type { Certification } from '../domain/certification';
import { summariseAttempt, type AttemptSummary } from '../domain/attempt-summary';
import type { ExamDatabase } from './database';

export class AttemptNotInProgressError extends Error {
  constructor(attemptId: string) {
    super(`Attempt ${attemptId} is no longer in progress.`);
    this.name = 'AttemptNotInProgressError';
  }
}

/** Another tab took the attempt over (see `claim`); this tab's writes are refused. */
export class AttemptTakenOverError extends Error {
  constructor(attemptId: string) {
    super(`Attempt ${attemptId} was taken over by another tab.`);
    this.name = 'AttemptTakenOverError';
  }
}

/**
 * Who writes and when: the tab's holder id (only the attempt's holder may write) and the
 * exam-clock time, kept as the attempt's `seenAt`. Set-up code and imports pass none.
 */
export interface WriteStamp {
  holderId: string;
  at: number;
}

export interface AttemptRepository {
  create(attempt: Attempt): Promise<void>;
  get(id: string): Promise<Attempt | undefined>;
  responses(attemptId: string): Promise<Response[]>;
  inProgress(): Promise<Attempt[]>;
  /** Every attempt's summary, newest first: what History lists and charts. */
  summaries(): Promise<AttemptSummary[]>;
  /** Every question met in this certification's mocks, for a fresh-first draw. */
  seenInMocks(certification: Certification): Promise<Set<string>>;
  /**
   * Makes `holderId` the attempt's only writer: from then on writes stamped by any other tab
   * fail with AttemptTakenOverError. Returns the attempt as stored.
   */
  claim(attemptId: string, holderId: string): Promise<Attempt>;
  saveResponse(response: Response, stamp?: WriteStamp): Promise<void>;
  /** Moves the attempt to another question, with the time spent on the one left, in one transaction. */
  saveNavigation(
    attemptId: string,
    currentIndex: number,
    leaving: Response | null,
    stamp?: WriteStamp,
  ): Promise<void>;
  /** Stores a pause or a resume (practice conditions only). */
  savePause(
    attemptId: string,
    pausedAt: number | null,
    pausedTotalMs: number,
    stamp?: WriteStamp,
  ): Promise<void>;
  /** Records the exam-clock time, so a wall clock set back cannot give time back. */
  markTime(attemptId: string, stamp: WriteStamp): Promise<void>;
  /** Stores the finished attempt, unless it was already finished (by another tab or at time-out). */
  finish(finished: Attempt): Promise<Attempt>;
}

export function createAttemptRepository(db: ExamDatabase): AttemptRepository {
  async function requireInProgress(attemptId: string): Promise<Attempt> {
    const attempt = await db.attempts.get(attemptId);
    if (attempt?.status !== 'in-progress') throw new AttemptNotInProgressError(attemptId);
    return attempt;
  }

  /** The attempt, if this tab may still write to it; call inside a transaction. */
  async function requireWritable(attemptId: string, stamp?: WriteStamp): Promise<Attempt> {
    const attempt = await requireInProgress(attemptId);
    if (stamp && attempt.holderId !== undefined && attempt.holderId !== stamp.holderId)
      throw new AttemptTakenOverError(attemptId);
    return attempt;
  }

  const seenAt = (attempt: Attempt, stamp?: WriteStamp) =>
    stamp ? { seenAt: Math.max(attempt.seenAt ?? 0, stamp.at) } : {};

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
    summaries: () => db.attemptSummaries.orderBy('startedAt').reverse().toArray(),
    async seenInMocks(certification) {
      const mocks = (
        await db.attemptSummaries.where('certification').equals(certification).toArray()
      ).filter((s) => s.mode === 'mock');
      const seen = new Set<string>();
      for (const mock of mocks) {
        // Summaries written before they carried question ids: read that attempt instead.
        const ids =
          mock.questionIds ?? (await db.attempts.get(mock.attemptId))?.questions.map((q) => q.id);
        for (const id of ids ?? []) seen.add(id);
      }
      return seen;
    },
    claim(attemptId, holderId) {
      return db.transaction('rw', db.attempts, async () => {
        const claimed = { ...(await requireInProgress(attemptId)), holderId };
        await db.attempts.put(claimed);
        return claimed;
      });
    },
    async saveResponse(response, stamp) {
      await db.transaction('rw', db.attempts, db.responses, async () => {
        await requireWritable(response.attemptId, stamp);
        await db.responses.put(response);
      });
    },
    async saveNavigation(attemptId, currentIndex, leaving, stamp) {
      await db.transaction('rw', db.attempts, db.responses, async () => {
        const attempt = await requireWritable(attemptId, stamp);
        if (leaving) await db.responses.put(leaving);
        await db.attempts.put({ ...attempt, currentIndex, ...seenAt(attempt, stamp) });
      });
    },
    async savePause(attemptId, pausedAt, pausedTotalMs, stamp) {
      await db.transaction('rw', db.attempts, async () => {
        const attempt = await requireWritable(attemptId, stamp);
        await db.attempts.put({ ...attempt, pausedAt, pausedTotalMs, ...seenAt(attempt, stamp) });
      });
    },
    async markTime(attemptId, stamp) {
      await db.transaction('rw', db.attempts, async () => {
        const attempt = await requireWritable(attemptId, stamp);
        await db.attempts.put({ ...attempt, ...seenAt(attempt, stamp) });
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
