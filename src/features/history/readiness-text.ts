/** Readiness in plain words: the verdict, the figures, and how they were reached. */
import type { Readiness, ReadinessVerdict } from '../../domain/statistics';

export const VERDICT_LABELS: Record<ReadinessVerdict, string> = {
  'likely-pass': 'On track to pass',
  borderline: 'Borderline',
  'not-yet': 'Not there yet',
  'not-enough-data': 'Not enough data yet',
};

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function describeEstimate(r: Readiness): string {
  if (r.estimate === null) {
    return `No answers yet in the ${r.certification} exam’s domains.`;
  }
  const range = `likely between ${r.low}% and ${r.high}%`;
  if (r.verdict === 'not-enough-data') {
    return `About ${r.estimate}% (${range}) on the part of the exam you have answered so far: too little to set against the ${r.passingPercent}% pass mark.`;
  }
  return `Estimated ${r.estimate}% (${range}) against the ${r.passingPercent}% pass mark.`;
}

export function describeMethod(r: Readiness): string {
  const sources = [
    r.mocks > 0 ? count(r.mocks, 'mock exam', 'mock exams') : null,
    r.drills > 0 ? count(r.drills, 'drill', 'drills') : null,
  ].filter(Boolean);
  const missing = r.domains.filter((d) => d.total === 0).map((d) => d.name);
  const coverage = Math.round(r.coverage * 100);
  return [
    `Each of the ${r.domains.length} ${r.certification} exam domains is scored on its ${r.windowPerDomain} most recent questions` +
      (sources.length > 0 ? `, here from ${sources.join(' and ')}` : '') +
      `, and weighted by how many questions the real exam gives it.`,
    `The range is wider when a domain has few answers.`,
    missing.length > 0
      ? `Your answers cover ${coverage}% of the exam; no answers yet in ${missing.join(', ')}.` +
        (r.coverage < 0.5 ? ' At least half is needed for a verdict.' : '')
      : null,
  ]
    .filter(Boolean)
    .join(' ');
}
