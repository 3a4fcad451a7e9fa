/**
 * The backup file: every attempt, response and review card, versioned, validated in full
 * before anything is stored, and merged so that importing the same file twice changes nothing.
 */
import { z } from 'zod';
import type { Attempt, Response } from './attempt';
import { questionSchema, toJsonPath, type BankProblem } from './bank-schema';
import { CERTIFICATIONS } from './certification';
import type { ReviewCard } from './review-cards';

export const BACKUP_FORMAT = 'coding-exam-simulator-backup';
export const BACKUP_VERSION = 1;

export interface BackupContents {
  attempts: Attempt[];
  responses: Response[];
  reviewCards: ReviewCard[];
}

export interface Backup extends BackupContents {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: number;
}

const time = z.number().int().nonnegative();
const answer = z.union([z.string(), z.array(z.string()), z.null()]);
const domain = z.object({ id: z.string().min(1), name: z.string() });

const attemptSchema = z.looseObject({
  id: z.string().min(1),
  certification: z.enum(CERTIFICATIONS),
  bankId: z.string(),
  bankVersion: z.string(),
  mode: z.enum(['mock', 'drill']),
  conditions: z.enum(['exam', 'practice']),
  seed: z.number(),
  questions: z.array(questionSchema).min(1),
  domains: z.array(domain),
  passingPercent: z.number().min(0).max(100),
  warningsBeforeEndMs: z.array(z.number()),
  startedAt: time,
  deadlineAt: time.nullable(),
  pausedAt: time.nullable(),
  pausedTotalMs: z.number().nonnegative(),
  status: z.enum(['in-progress', 'submitted', 'timed-out', 'abandoned']),
  submittedAt: time.nullable(),
  score: z.looseObject({ correct: z.number(), total: z.number(), percent: z.number() }).nullable(),
  currentIndex: z.number().int().nonnegative(),
});

const responseSchema = z.looseObject({
  attemptId: z.string().min(1),
  questionId: z.string().min(1),
  answer,
  flagged: z.boolean(),
  struck: z.array(z.string()),
  timeSpentMs: z.number().nonnegative(),
  updatedAt: time,
});

const reviewCardSchema = z.looseObject({
  questionId: z.string().min(1),
  certification: z.enum(CERTIFICATIONS),
  question: questionSchema,
  domain,
  due: time,
  lastAnswerRight: z.boolean(),
  fsrs: z.looseObject({ lastReview: time.nullable() }),
});

const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT, { error: 'is not a Coding Exam Simulator backup' }),
  version: z.literal(BACKUP_VERSION, {
    error: `must be ${BACKUP_VERSION} (the backup version this app reads)`,
  }),
  exportedAt: time,
  attempts: z.array(attemptSchema),
  responses: z.array(responseSchema),
  reviewCards: z.array(reviewCardSchema),
});

export function buildBackup(contents: BackupContents, now: number): Backup {
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now, ...contents };
}

export type BackupValidation =
  { ok: true; backup: Backup } | { ok: false; problems: BankProblem[] };

/** Validates a parsed backup file in full; every problem comes with its JSON path. */
export function validateBackup(input: unknown): BackupValidation {
  const result = backupSchema.safeParse(input);
  if (result.success) return { ok: true, backup: result.data as unknown as Backup };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({
      path: toJsonPath(issue.path),
      message: issue.message,
    })),
  };
}

const responseKey = (r: Pick<Response, 'attemptId' | 'questionId'>) =>
  `${r.attemptId}\u0000${r.questionId}`;

/**
 * What an import must write so that nothing already here is lost: attempts and cards not yet
 * here; a stored attempt only when the file's copy is finished and the stored one is not;
 * responses and cards only when the file's copy is newer. Importing the same file twice
 * writes nothing the second time.
 */
export function mergeBackup(existing: BackupContents, incoming: BackupContents): BackupContents {
  const attempts = new Map(existing.attempts.map((a) => [a.id, a]));
  const responses = new Map(existing.responses.map((r) => [responseKey(r), r]));
  const cards = new Map(existing.reviewCards.map((c) => [c.questionId, c]));
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
  };
}
