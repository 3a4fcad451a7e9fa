/** Drills: practice on chosen domains, with or without a clock, feedback after each question or at the end. */
import { newAttempt, type Attempt } from './attempt';
import type { ExamSpec } from './exam-spec';
import type { Answer, Question, QuestionBank } from './question';
import { isCorrect } from './scoring';
import { seededRandom, shuffled } from './random';

export type DrillFeedback = 'after-each' | 'at-end';

export interface DrillSettings {
  domainIds: string[];
  count: number;
  timed: boolean;
  feedback: DrillFeedback;
}

export class DrillShortfallError extends Error {
  constructor(
    readonly available: number,
    readonly requested: number,
  ) {
    super(
      `The chosen domains hold ${available} question${available === 1 ? '' : 's'}; you asked for ${requested}. ` +
        'Choose fewer questions or more domains.',
    );
    this.name = 'DrillShortfallError';
  }
}

/** How many questions of the spec's types each domain of the bank holds. */
export function drillableCounts(
  spec: ExamSpec,
  bank: Pick<QuestionBank, 'questions'>,
): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const q of bank.questions) {
    if (spec.questionTypes.includes(q.type)) counts[q.domain] = (counts[q.domain] ?? 0) + 1;
  }
  return counts;
}

/**
 * Draws `count` questions from the chosen domains, never fewer: a request the domains cannot
 * fill is an error, not a shorter drill.
 * @throws DrillShortfallError
 */
export function selectDrillQuestions(
  spec: ExamSpec,
  bank: QuestionBank,
  settings: Pick<DrillSettings, 'domainIds' | 'count'>,
  seed: number,
): Question[] {
  const pool = bank.questions.filter(
    (q) => settings.domainIds.includes(q.domain) && spec.questionTypes.includes(q.type),
  );
  if (settings.count < 1 || pool.length < settings.count)
    throw new DrillShortfallError(pool.length, settings.count);
  return shuffled(pool, seededRandom(seed)).slice(0, settings.count);
}

export interface NewDrillInput {
  id: string;
  spec: ExamSpec;
  /** Where the questions come from: a bank, or an earlier attempt's snapshot of one. */
  bank: Pick<QuestionBank, 'id' | 'version' | 'domains'>;
  questions: Question[];
  settings: DrillSettings;
  seed: number;
  now: number;
}

/** A drill under practice conditions: it may be paused; timed drills get the exam's pace per question. */
export function createDrillAttempt({
  id,
  spec,
  bank,
  questions,
  settings,
  seed,
  now,
}: NewDrillInput): Attempt {
  return newAttempt(
    {
      id,
      mode: 'drill',
      conditions: 'practice',
      feedback: settings.feedback,
      seed,
      questions,
      warningsBeforeEndMs: settings.timed ? [5 * 60_000] : [],
      deadlineAt: settings.timed
        ? now + questions.length * spec.paceSecondsPerQuestion * 1000
        : null,
    },
    spec,
    bank,
    now,
  );
}

/** The questions of a finished attempt that were answered wrongly or left unanswered. */
export function missedQuestions(
  attempt: Attempt,
  answers: Readonly<Record<string, Answer | undefined>>,
): Question[] {
  return attempt.questions.filter((q) => !isCorrect(q, answers[q.id]));
}

/** A tutor drill of an attempt's missed questions, from its own snapshot (no bank needed). */
export function createRetakeDrill(
  source: Attempt,
  missed: Question[],
  spec: ExamSpec,
  id: string,
  seed: number,
  now: number,
): Attempt {
  return createDrillAttempt({
    id,
    spec,
    bank: { id: source.bankId, version: source.bankVersion, domains: source.domains },
    questions: missed,
    settings: {
      domainIds: [...new Set(missed.map((q) => q.domain))],
      count: missed.length,
      timed: false,
      feedback: 'after-each',
    },
    seed,
    now,
  });
}
