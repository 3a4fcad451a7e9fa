/** Draws an exam from a bank to a certification's blueprint. */
import type { ExamSpec } from './exam-spec';
import type { Question, QuestionBank } from './question';
import { seededRandom, shuffled } from './random';

export interface Shortfall {
  domainId: string;
  domainName: string;
  available: number;
  needed: number;
}

export class BlueprintShortfallError extends Error {
  constructor(
    readonly certification: string,
    readonly shortfalls: Shortfall[],
  ) {
    super(
      `The ${certification} question bank cannot fill this exam: ` +
        shortfalls
          .map((s) => `"${s.domainName}" has ${s.available} of the ${s.needed} questions it needs`)
          .join('; ') +
        '.',
    );
    this.name = 'BlueprintShortfallError';
  }
}

/** Every blueprint domain that the given counts of usable questions cannot fill. */
export function findShortfalls(spec: ExamSpec, domainCounts: Record<string, number>): Shortfall[] {
  return spec.blueprint
    .filter((domain) => (domainCounts[domain.domainId] ?? 0) < domain.count)
    .map((domain) => ({
      domainId: domain.domainId,
      domainName: domain.name,
      available: domainCounts[domain.domainId] ?? 0,
      needed: domain.count,
    }));
}

export interface AssemblyInput {
  spec: ExamSpec;
  bank: QuestionBank;
  seed: number;
  /** Questions this candidate met in earlier mocks: drawn only when fresh ones run out. */
  seenQuestionIds?: ReadonlySet<string>;
}

/**
 * Draws each blueprint domain's count without replacement, fresh questions first, and
 * orders them by section (blueprint order) or shuffled, as the spec says.
 * @throws BlueprintShortfallError naming every domain the bank cannot fill.
 * @example assembleExam({ spec: EXAM_SPECS.CPC, bank, seed: 42 }).length // 100
 */
export function assembleExam({
  spec,
  bank,
  seed,
  seenQuestionIds = new Set(),
}: AssemblyInput): Question[] {
  const usable = bank.questions.filter((q) => spec.questionTypes.includes(q.type));
  const byDomain = new Map<string, Question[]>();
  for (const question of usable) {
    const list = byDomain.get(question.domain) ?? [];
    list.push(question);
    byDomain.set(question.domain, list);
  }
  const counts = Object.fromEntries([...byDomain].map(([id, list]) => [id, list.length]));
  const shortfalls = findShortfalls(spec, counts);
  if (shortfalls.length > 0) throw new BlueprintShortfallError(spec.certification, shortfalls);

  const random = seededRandom(seed);
  const drawn = spec.blueprint.flatMap((domain) => {
    const pool = byDomain.get(domain.domainId) ?? [];
    const fresh = shuffled(
      pool.filter((q) => !seenQuestionIds.has(q.id)),
      random,
    );
    const seen = shuffled(
      pool.filter((q) => seenQuestionIds.has(q.id)),
      random,
    );
    return [...fresh, ...seen].slice(0, domain.count);
  });
  return spec.order === 'shuffled' ? shuffled(drawn, random) : drawn;
}
