/**
 * Progress over past attempts: score trend, weakest domains, pacing and readiness. Pure
 * functions of attempt summaries, so History can compute them for a thousand attempts at once.
 */
import type { AttemptSummary, QuarterStat } from './attempt-summary';
import type { Certification } from './certification';
import type { ExamSpec } from './exam-spec';

const isFinished = (s: AttemptSummary) => s.status !== 'in-progress' && s.score !== null;

/** Finished attempts of one certification, newest first. */
function finishedOf(summaries: readonly AttemptSummary[], certification: Certification) {
  return summaries
    .filter((s) => s.certification === certification && isFinished(s))
    .sort((a, b) => b.startedAt - a.startedAt);
}

function percent(correct: number, total: number): number {
  return total === 0 ? 0 : Math.floor((correct * 100) / total);
}

export interface TrendPoint {
  attemptId: string;
  at: number;
  percent: number;
  passed: boolean;
}

/** The last `limit` finished mock exams of a certification, oldest first. */
export function scoreTrend(
  summaries: readonly AttemptSummary[],
  certification: Certification,
  limit = 20,
): TrendPoint[] {
  return finishedOf(summaries, certification)
    .filter((s) => s.mode === 'mock')
    .slice(0, limit)
    .reverse()
    .map((s) => ({
      attemptId: s.attemptId,
      at: s.startedAt,
      percent: s.score?.percent ?? 0,
      passed: s.score?.passed ?? false,
    }));
}

export interface DomainStanding {
  certification: Certification;
  domainId: string;
  name: string;
  correct: number;
  total: number;
  percent: number;
}

/**
 * Each domain's accuracy over a certification's last `recent` finished attempts (mocks and
 * drills), lowest first; domains with fewer than `minQuestions` answered are left out as noise.
 */
export function weakestDomains(
  summaries: readonly AttemptSummary[],
  certification: Certification,
  { recent = 10, minQuestions = 3, limit = 5 } = {},
): DomainStanding[] {
  const byDomain = new Map<string, DomainStanding>();
  for (const summary of finishedOf(summaries, certification).slice(0, recent)) {
    for (const d of summary.score?.byDomain ?? []) {
      const row = byDomain.get(d.domainId) ?? {
        certification,
        domainId: d.domainId,
        name: d.name,
        correct: 0,
        total: 0,
        percent: 0,
      };
      row.correct += d.correct;
      row.total += d.total;
      byDomain.set(d.domainId, row);
    }
  }
  return [...byDomain.values()]
    .filter((row) => row.total >= minQuestions)
    .map((row) => ({ ...row, percent: percent(row.correct, row.total) }))
    .sort((a, b) => a.percent - b.percent || b.total - a.total || a.name.localeCompare(b.name))
    .slice(0, limit);
}

export interface QuarterPacing {
  quarter: 1 | 2 | 3 | 4;
  correct: number;
  total: number;
  percent: number;
  secondsPerQuestion: number;
}

export interface Pacing {
  certification: Certification;
  paceSecondsPerQuestion: number;
  /** Mock exams the figures come from, newest first. */
  attempts: { attemptId: string; at: number; secondsPerQuestion: number }[];
  averageSecondsPerQuestion: number;
  /** Accuracy and time by quarter of the sitting, summed over those mocks. */
  quarters: QuarterPacing[];
}

/** Time per question against the exam's pace, and accuracy by quarter, over recent mock exams. */
export function pacing(
  summaries: readonly AttemptSummary[],
  spec: ExamSpec,
  recent = 10,
): Pacing | null {
  const mocks = finishedOf(summaries, spec.certification)
    .filter((s) => s.mode === 'mock' && s.timeUsedMs !== null && s.questionCount > 0)
    .slice(0, recent);
  if (mocks.length === 0) return null;
  const attempts = mocks.map((s) => ({
    attemptId: s.attemptId,
    at: s.startedAt,
    secondsPerQuestion: Math.round((s.timeUsedMs ?? 0) / 1000 / s.questionCount),
  }));
  const totalSeconds = mocks.reduce((sum, s) => sum + (s.timeUsedMs ?? 0) / 1000, 0);
  const totalQuestions = mocks.reduce((sum, s) => sum + s.questionCount, 0);
  const quarters = ([1, 2, 3, 4] as const).map((quarter): QuarterPacing => {
    const parts = mocks
      .map((s) => s.quarters[quarter - 1])
      .filter((q): q is QuarterStat => q !== undefined);
    const correct = parts.reduce((sum, q) => sum + q.correct, 0);
    const total = parts.reduce((sum, q) => sum + q.total, 0);
    const ms = parts.reduce((sum, q) => sum + q.timeSpentMs, 0);
    return {
      quarter,
      correct,
      total,
      percent: percent(correct, total),
      secondsPerQuestion: total === 0 ? 0 : Math.round(ms / 1000 / total),
    };
  });
  return {
    certification: spec.certification,
    paceSecondsPerQuestion: spec.paceSecondsPerQuestion,
    attempts,
    averageSecondsPerQuestion: Math.round(totalSeconds / totalQuestions),
    quarters,
  };
}

export type ReadinessVerdict = 'likely-pass' | 'borderline' | 'not-yet' | 'not-enough-data';

export interface DomainEstimate {
  domainId: string;
  name: string;
  /** Share of the exam's scored questions this domain gives. */
  weight: number;
  correct: number;
  total: number;
}

export interface Readiness {
  certification: Certification;
  passingPercent: number;
  verdict: ReadinessVerdict;
  /** Blueprint-weighted estimate, whole percent; null without data. */
  estimate: number | null;
  /** About a 95% range around the estimate. */
  low: number | null;
  high: number | null;
  /** Share of the blueprint (0–1) the estimate has data for. */
  coverage: number;
  mocks: number;
  drills: number;
  domains: DomainEstimate[];
  /** Recent questions each domain's accuracy is taken over. */
  windowPerDomain: number;
}

/**
 * Where a candidate stands against the pass mark: each blueprint domain's accuracy over its
 * most recent `windowPerDomain` questions (from mocks and drills), weighted by how many
 * questions the exam gives the domain. Less than half of the exam covered is not enough data.
 */
export function readiness(
  summaries: readonly AttemptSummary[],
  spec: ExamSpec,
  windowPerDomain = 20,
): Readiness {
  const blueprintTotal = spec.blueprint.reduce((sum, d) => sum + d.count, 0);
  const domains = new Map<string, DomainEstimate>(
    spec.blueprint.map((d) => [
      d.domainId,
      {
        domainId: d.domainId,
        name: d.name,
        weight: d.count / blueprintTotal,
        correct: 0,
        total: 0,
      },
    ]),
  );
  const used = new Set<string>();
  const finished = finishedOf(summaries, spec.certification);
  for (const summary of finished) {
    for (const d of summary.score?.byDomain ?? []) {
      const estimate = domains.get(d.domainId);
      if (!estimate || estimate.total >= windowPerDomain || d.total === 0) continue;
      estimate.correct += d.correct;
      estimate.total += d.total;
      used.add(summary.attemptId);
    }
  }
  const fromSummaries = finished.filter((s) => used.has(s.attemptId));
  const withData = [...domains.values()].filter((d) => d.total > 0);
  const coverage = withData.reduce((sum, d) => sum + d.weight, 0);
  const base = {
    certification: spec.certification,
    passingPercent: spec.passingPercent.value,
    coverage,
    mocks: fromSummaries.filter((s) => s.mode === 'mock').length,
    drills: fromSummaries.filter((s) => s.mode === 'drill').length,
    domains: [...domains.values()],
    windowPerDomain,
  };
  if (withData.length === 0) {
    return { ...base, verdict: 'not-enough-data', estimate: null, low: null, high: null };
  }
  let mean = 0;
  let variance = 0;
  for (const d of withData) {
    const share = d.weight / coverage;
    mean += share * (d.correct / d.total);
    // Smoothed proportion, so a domain at 0% or 100% still carries its uncertainty.
    const p = (d.correct + 1) / (d.total + 2);
    variance += share * share * ((p * (1 - p)) / d.total);
  }
  const margin = 1.96 * Math.sqrt(variance);
  const estimate = Math.round(mean * 100);
  const low = Math.max(0, Math.round((mean - margin) * 100));
  const high = Math.min(100, Math.round((mean + margin) * 100));
  const pass = spec.passingPercent.value;
  const verdict: ReadinessVerdict =
    coverage < 0.5
      ? 'not-enough-data'
      : low >= pass
        ? 'likely-pass'
        : high < pass
          ? 'not-yet'
          : 'borderline';
  return { ...base, verdict, estimate, low, high };
}
