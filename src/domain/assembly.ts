/** Draws an exam from a bank to a certification's blueprint. */
import type { ExamSpec } from './exam-spec';
import type { Question, QuestionBank } from './question';
import { seededRandom, shuffled, type Random } from './random';
import {
  BlueprintShortfallError,
  findShortfalls,
  PRETEST_DOMAIN,
  type Shortfall,
} from './shortfall';

export { BlueprintShortfallError, findShortfalls, PRETEST_DOMAIN, type Shortfall };

export interface AssemblyInput {
  spec: ExamSpec;
  bank: QuestionBank;
  seed: number;
  /** Questions this candidate met in earlier mocks: drawn only when fresh ones run out. */
  seenQuestionIds?: ReadonlySet<string>;
}

export interface AssembledExam {
  questions: Question[];
  /** Unscored pretest items among the questions, shown like any other. */
  pretestIds: string[];
}

/** A question on its own, or a whole series in part order: drawn and placed as one. */
type Unit = Question[];

function unitsOf(questions: readonly Question[]): Unit[] {
  const series = new Map<string, Question[]>();
  const units: Unit[] = [];
  for (const question of questions) {
    if (!question.series) {
      units.push([question]);
      continue;
    }
    const parts = series.get(question.series.id);
    if (parts) parts.push(question);
    else {
      const unit = [question];
      series.set(question.series.id, unit);
      units.push(unit);
    }
  }
  for (const unit of series.values())
    unit.sort((a, b) => (a.series?.part ?? 0) - (b.series?.part ?? 0));
  return units;
}

/** Fresh units first (none of their questions seen), each group in seeded random order. */
function freshFirst(units: Unit[], seen: ReadonlySet<string>, random: Random): Unit[] {
  const isSeen = (unit: Unit) => unit.some((q) => seen.has(q.id));
  return [
    ...shuffled(
      units.filter((u) => !isSeen(u)),
      random,
    ),
    ...shuffled(units.filter(isSeen), random),
  ];
}

/** Takes whole units until exactly `count` questions; a series that would overshoot is passed over. */
function take(units: Unit[], count: number): { taken: Unit[]; filled: number } {
  const taken: Unit[] = [];
  let filled = 0;
  for (const unit of units) {
    if (filled === count) break;
    if (filled + unit.length > count) continue;
    taken.push(unit);
    filled += unit.length;
  }
  return { taken, filled };
}

/**
 * Draws each blueprint domain's count without replacement, fresh questions first, keeping
 * each series whole and in order; adds the spec's unscored pretest items; orders the exam
 * by section (blueprint order) or shuffled, as the spec says.
 * @throws BlueprintShortfallError naming every domain (and the pretest pool) that falls short.
 * @example assembleExam({ spec: EXAM_SPECS.CPC, bank, seed: 42 }).questions.length // 100
 */
export function assembleExam({
  spec,
  bank,
  seed,
  seenQuestionIds = new Set(),
}: AssemblyInput): AssembledExam {
  const usable = bank.questions.filter((q) => spec.questionTypes.includes(q.type));
  const random = seededRandom(seed);
  const shortfalls: Shortfall[] = [];
  const sections: Unit[][] = [];
  const used = new Set<string>();

  // One pass over the bank, not one per domain: banks can hold tens of thousands of questions.
  const byDomain = new Map<string, Question[]>();
  for (const q of usable) {
    const list = byDomain.get(q.domain);
    if (list) list.push(q);
    else byDomain.set(q.domain, [q]);
  }

  for (const domain of spec.blueprint) {
    const pool = byDomain.get(domain.domainId) ?? [];
    const { taken, filled } = take(
      freshFirst(unitsOf(pool), seenQuestionIds, random),
      domain.count,
    );
    if (filled < domain.count) {
      shortfalls.push({
        domainId: domain.domainId,
        domainName: domain.name,
        available: pool.length,
        needed: domain.count,
      });
    }
    for (const unit of taken) for (const q of unit) used.add(q.id);
    sections.push(taken);
  }

  const pretestPool =
    spec.pretestCount === 0 ? [] : unitsOf(usable.filter((q) => !used.has(q.id) && !q.series));
  const pretest = take(freshFirst(pretestPool, seenQuestionIds, random), spec.pretestCount);
  if (pretest.filled < spec.pretestCount) {
    shortfalls.push({
      domainId: PRETEST_DOMAIN.id,
      domainName: PRETEST_DOMAIN.name,
      available: pretest.filled,
      needed: spec.pretestCount,
    });
  }
  if (shortfalls.length > 0) throw new BlueprintShortfallError(spec.certification, shortfalls);

  const units = [...sections.flat(), ...pretest.taken];
  const ordered = spec.order === 'shuffled' ? shuffled(units, random) : units;
  return { questions: ordered.flat(), pretestIds: pretest.taken.flat().map((q) => q.id) };
}
