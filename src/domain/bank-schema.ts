/**
 * The question-bank schema and its validator. The same code checks the shipped banks
 * (in the tests) and any bank a user imports, and reports every problem with its JSON path.
 */
import { z } from 'zod';
import { CERTIFICATIONS } from './certification';
import type { QuestionBank } from './question';

// The built page's Content-Security-Policy forbids eval: without this, zod probes
// `new Function` and the browser reports a policy violation on every page that validates.
z.config({ jitless: true });

export const BANK_SCHEMA_VERSION = 1;

const text = z.string().trim().min(1, 'must not be empty').max(20_000, 'is too long');
const identifier = z
  .string()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/,
    'must be 1–80 letters, digits, dots, dashes or underscores',
  );
const choiceId = z.string().regex(/^[A-H]$/, 'must be a single letter A–H');

const choice = z.strictObject({ id: choiceId, text });

const questionBase = {
  id: identifier,
  domain: identifier,
  stem: text,
  scenario: text.optional(),
  rationale: text,
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)], {
    error: 'must be 1 (recall), 2 (application) or 3 (multi-step case)',
  }),
  codeSetYear: z.number().int().min(2015).max(2100),
  tags: z.array(z.string().min(1).max(60)).max(20).optional(),
  deliberatelyInvalidCodes: z.array(z.string().min(1).max(20)).optional(),
  /** Questions sharing one record, kept together and in this order in an exam. */
  series: z.strictObject({ id: identifier, part: z.number().int().min(1).max(20) }).optional(),
};

const singleQuestion = z.strictObject({
  ...questionBase,
  type: z.literal('single'),
  choices: z.array(choice).min(2, 'needs at least 2 choices').max(8, 'has at most 8 choices (A–H)'),
  answer: choiceId,
});

const multipleQuestion = z.strictObject({
  ...questionBase,
  type: z.literal('multiple'),
  choices: z.array(choice).min(3, 'needs at least 3 choices').max(8, 'has at most 8 choices (A–H)'),
  answer: z.array(choiceId).min(2, 'a multiple-response question keys at least 2 choices'),
});

const codeEntryQuestion = z.strictObject({
  ...questionBase,
  type: z.literal('code-entry'),
  answer: z
    .array(z.string().regex(/^[A-Za-z0-9.-]{3,10}$/, 'must be a code'))
    .min(1, 'a code-entry question keys at least 1 code'),
  sequencingMatters: z.boolean(),
});

export const questionSchema = z.discriminatedUnion(
  'type',
  [singleQuestion, multipleQuestion, codeEntryQuestion],
  {
    error: 'type must be "single", "multiple" or "code-entry"',
  },
);

export const bankSchema = z
  .strictObject({
    schemaVersion: z.literal(BANK_SCHEMA_VERSION, {
      error: `must be ${BANK_SCHEMA_VERSION} (the bank format this app reads)`,
    }),
    id: identifier,
    certification: z.enum(CERTIFICATIONS, { error: `must be one of ${CERTIFICATIONS.join(', ')}` }),
    title: text,
    version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must look like 1.0.0'),
    codeSetYear: z.number().int().min(2015).max(2100),
    domains: z
      .array(z.strictObject({ id: identifier, name: text }))
      .min(1, 'needs at least 1 domain'),
    questions: z.array(questionSchema).min(1, 'needs at least 1 question'),
  })
  .superRefine((bank, ctx) => {
    const domainIds = new Set<string>();
    bank.domains.forEach((domain, index) => {
      if (domainIds.has(domain.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['domains', index, 'id'],
          message: `duplicate domain id "${domain.id}"`,
        });
      }
      domainIds.add(domain.id);
    });
    // Counted once up front: comparing every question with every other is quadratic, and an
    // imported bank may hold 10,000 questions.
    const seriesFirst = new Map<string, (typeof bank.questions)[number]>();
    const seriesParts = new Map<string, number>();
    for (const q of bank.questions) {
      if (!q.series) continue;
      if (!seriesFirst.has(q.series.id)) seriesFirst.set(q.series.id, q);
      const key = `${q.series.id}\u0000${q.series.part}`;
      seriesParts.set(key, (seriesParts.get(key) ?? 0) + 1);
    }
    const questionIds = new Set<string>();
    bank.questions.forEach((q, index) => {
      const at = (...rest: (string | number)[]) => ['questions', index, ...rest];
      if (questionIds.has(q.id)) {
        ctx.addIssue({
          code: 'custom',
          path: at('id'),
          message: `duplicate question id "${q.id}"`,
        });
      }
      questionIds.add(q.id);
      if (!domainIds.has(q.domain)) {
        ctx.addIssue({
          code: 'custom',
          path: at('domain'),
          message: `domain "${q.domain}" is not among the bank's domains`,
        });
      }
      if (q.series) {
        const first = seriesFirst.get(q.series.id);
        if ((seriesParts.get(`${q.series.id}\u0000${q.series.part}`) ?? 0) > 1) {
          ctx.addIssue({
            code: 'custom',
            path: at('series', 'part'),
            message: `series "${q.series.id}" has part ${q.series.part} twice`,
          });
        }
        if (first && first !== q && (first.scenario !== q.scenario || first.domain !== q.domain)) {
          ctx.addIssue({
            code: 'custom',
            path: at('scenario'),
            message: `questions in series "${q.series.id}" must share one scenario and one domain`,
          });
        }
        if (!q.scenario)
          ctx.addIssue({
            code: 'custom',
            path: at('scenario'),
            message: 'a question in a series needs the shared scenario',
          });
      }
      if (q.type === 'code-entry') return;
      const choiceIds = q.choices.map((c) => c.id);
      choiceIds.forEach((id, choiceIndex) => {
        if (choiceIds.indexOf(id) !== choiceIndex) {
          ctx.addIssue({
            code: 'custom',
            path: at('choices', choiceIndex, 'id'),
            message: `duplicate choice id "${id}"`,
          });
        }
      });
      const keyed = q.type === 'single' ? [q.answer] : q.answer;
      keyed.forEach((id, keyIndex) => {
        if (!choiceIds.includes(id)) {
          const path = q.type === 'single' ? at('answer') : at('answer', keyIndex);
          ctx.addIssue({
            code: 'custom',
            path,
            message: `answer "${id}" names no choice (choices are ${choiceIds.join(', ')})`,
          });
        }
      });
      if (q.type === 'multiple' && new Set(q.answer).size !== q.answer.length) {
        ctx.addIssue({
          code: 'custom',
          path: at('answer'),
          message: 'answer lists a choice twice',
        });
      }
    });
  });

export interface BankProblem {
  /** The file the problem is in, when it came from one. */
  file?: string;
  /** JSON path of the offending value, e.g. `$.questions[3].answer`. */
  path: string;
  /** The id of the question the problem is in, when it is in one. */
  questionId?: string;
  message: string;
}

export type BankValidation =
  { ok: true; bank: QuestionBank } | { ok: false; problems: BankProblem[] };

/**
 * Validates untrusted bank JSON.
 * @example validateBank(JSON.parse(text)) // { ok: false, problems: [{ path: '$.questions[0].answer', … }] }
 */
export function validateBank(input: unknown): BankValidation {
  const result = bankSchema.safeParse(input);
  if (result.success) return { ok: true, bank: result.data as QuestionBank };
  const issues = result.error.issues;
  // zod still runs length checks on a value of the wrong type ("A, B, C" as choices is "too
  // long"); past the type error they only confuse.
  const wrongType = new Set(
    issues.filter((i) => i.code === 'invalid_type').map((i) => toJsonPath(i.path)),
  );
  const problems = issues
    .filter((issue) => issue.code === 'invalid_type' || !wrongType.has(toJsonPath(issue.path)))
    .map((issue): BankProblem => {
      const message = issue.message.replace(
        /^Invalid input: expected (\w+), received undefined$/,
        'is missing (it must be a $1)',
      );
      const problem: BankProblem = { path: toJsonPath(issue.path), message };
      const questionId = questionIdAt(input, issue.path);
      if (questionId !== undefined) problem.questionId = questionId;
      return problem;
    });
  return { ok: false, problems };
}

/** One line per problem, for error messages and the console. */
export function describeProblems(problems: BankProblem[]): string {
  return problems.map(describeProblem).join('\n');
}

/** What is wrong and where: `bank.json at $.questions[3].answer (question q-4): …`. */
export function describeProblem(p: BankProblem): string {
  const where = `${p.file ? `${p.file} at ` : ''}${p.path}`;
  return `${where}${p.questionId ? ` (question ${p.questionId})` : ''}: ${p.message}`;
}

export function toJsonPath(path: readonly PropertyKey[]): string {
  return (
    '$' +
    path
      .map((key) =>
        typeof key === 'number'
          ? `[${key}]`
          : /^[A-Za-z_$][\w$]*$/.test(String(key))
            ? `.${String(key)}`
            : `[${JSON.stringify(String(key))}]`,
      )
      .join('')
  );
}

/** The id of the question a JSON path points into, when it points into one. */
export function questionIdAt(input: unknown, path: readonly PropertyKey[]): string | undefined {
  if (path[0] !== 'questions' || typeof path[1] !== 'number') return undefined;
  const questions = (input as { questions?: unknown } | null)?.questions;
  if (!Array.isArray(questions)) return undefined;
  const id = (questions[path[1]] as { id?: unknown } | null | undefined)?.id;
  return typeof id === 'string' ? id : undefined;
}
