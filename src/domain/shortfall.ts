/**
 * What a bank lacks to fill an exam's blueprint. Apart from assembly.ts so Home can say whether
 * a mock is available without loading the assembly code.
 */
import type { ExamSpec } from './exam-spec';

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

export const PRETEST_DOMAIN = { id: 'pretest', name: 'Unscored pretest items' };

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
