/**
 * Validates a backup file in full before anything is stored: versions 1 (attempts, responses,
 * review cards) and 2 (the same plus imported banks, held to the same rules as a bank file).
 */
import { z } from 'zod';
import { BACKUP_FORMAT, type Backup } from './backup';
import { certificationProblems, markupProblems } from './bank-import-rules';
import { bankSchema, questionSchema, toJsonPath, type BankProblem } from './bank-schema';
import { CERTIFICATIONS } from './certification';
import type { QuestionBank } from './question';

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

const backupV1 = z.object({
  format: z.literal(BACKUP_FORMAT, { error: 'is not a Coding Exam Simulator backup' }),
  version: z.literal(1),
  exportedAt: time,
  attempts: z.array(attemptSchema),
  responses: z.array(responseSchema),
  reviewCards: z.array(reviewCardSchema),
});

const backupV2 = backupV1.extend({
  version: z.literal(2, { error: 'must be 1 or 2 (the backup versions this app reads)' }),
  banks: z.array(z.strictObject({ installedAt: time, bank: bankSchema })),
});

export type BackupValidation =
  { ok: true; backup: Backup } | { ok: false; problems: BankProblem[] };

/** Validates a parsed backup file in full; every problem comes with its JSON path. */
export function validateBackup(input: unknown): BackupValidation {
  const isV1 = (input as { version?: unknown } | null)?.version === 1;
  const result = (isV1 ? backupV1 : backupV2).safeParse(input);
  if (!result.success) {
    return {
      ok: false,
      problems: result.error.issues.map((issue) => ({
        path: toJsonPath(issue.path),
        message: issue.message,
      })),
    };
  }
  const banks = 'banks' in result.data ? result.data.banks : [];
  // A bank restored from a backup meets the rules of a bank imported from a file.
  const problems = banks.flatMap(({ bank }, index) =>
    [...markupProblems(bank), ...certificationProblems(bank as QuestionBank)].map((p) => ({
      ...p,
      path: p.path.replace(/^\$/, `$.banks[${index}].bank`),
    })),
  );
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, backup: { ...result.data, banks } as unknown as Backup };
}
