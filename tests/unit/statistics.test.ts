import { describe, expect, it } from 'vitest';
import { summariseAttempt, type AttemptSummary } from '../../src/domain/attempt-summary';
import type { DomainScore } from '../../src/domain/scoring';
import { pacing, readiness, scoreTrend, weakestDomains } from '../../src/domain/statistics';
import { makeAttempt, makeSpec, T0 } from '../support/factories';

const DAY = 86_400_000;
const spec = makeSpec(); // alpha 2, beta 3; 70%; pace 60 s

function domain(domainId: string, correct: number, total: number): DomainScore {
  return {
    domainId,
    name: `Domain ${domainId}`,
    correct,
    total,
    percent: Math.floor((100 * correct) / total),
  };
}

let next = 0;
function summary(byDomain: DomainScore[], overrides: Partial<AttemptSummary> = {}): AttemptSummary {
  next += 1;
  const correct = byDomain.reduce((s, d) => s + d.correct, 0);
  const total = byDomain.reduce((s, d) => s + d.total, 0);
  const pct = Math.floor((100 * correct) / total);
  return {
    attemptId: `s-${next}`,
    certification: 'CPC',
    mode: 'mock',
    conditions: 'exam',
    status: 'submitted',
    startedAt: T0 + next * DAY,
    submittedAt: T0 + next * DAY + total * 60_000,
    questionCount: total,
    score: {
      correct,
      total,
      percent: pct,
      passingPercent: 70,
      passed: pct >= 70,
      unanswered: 0,
      byDomain,
    },
    timeUsedMs: total * 60_000,
    questionTimeMs: total * 60_000,
    quarters: [],
    ...overrides,
  };
}

describe('summariseAttempt', () => {
  it('keeps the score, leaves pauses out of the time used, and splits the sitting into quarters', () => {
    const attempt = makeAttempt({
      questions: Array.from({ length: 8 }, (_, i) => ({
        ...makeAttempt().questions[0]!,
        id: `q${i + 1}`,
      })),
      status: 'submitted',
      submittedAt: T0 + 50 * 60_000,
      pausedTotalMs: 10 * 60_000,
    });
    // Right on q1, q2 (first quarter) and q8 (last); 30 s on each question.
    const responses = attempt.questions.map((q, i) => ({
      attemptId: attempt.id,
      questionId: q.id,
      answer: [0, 1, 7].includes(i) ? 'B' : 'A',
      flagged: false,
      struck: [],
      timeSpentMs: 30_000,
      updatedAt: T0,
    }));
    const s = summariseAttempt({ ...attempt, startedAt: T0 }, responses);
    expect(s.timeUsedMs).toBe(40 * 60_000);
    expect(s.questionTimeMs).toBe(8 * 30_000);
    expect(s.quarters).toEqual([
      { correct: 2, total: 2, timeSpentMs: 60_000 },
      { correct: 0, total: 2, timeSpentMs: 60_000 },
      { correct: 0, total: 2, timeSpentMs: 60_000 },
      { correct: 1, total: 2, timeSpentMs: 60_000 },
    ]);
  });

  it('leaves unscored pretest items out of the quarters', () => {
    const attempt = makeAttempt({ status: 'submitted', submittedAt: T0 + 60_000 });
    const pretest = attempt.questions[0]!.id;
    const s = summariseAttempt({ ...attempt, pretestIds: [pretest] }, []);
    expect(s.quarters.reduce((sum, q) => sum + q.total, 0)).toBe(attempt.questions.length - 1);
  });
});

describe('scoreTrend', () => {
  it('lists finished mock exams of one certification, oldest first, without drills', () => {
    const first = summary([domain('alpha', 1, 2)]);
    const drill = summary([domain('alpha', 2, 2)], { mode: 'drill' });
    const other = summary([domain('alpha', 2, 2)], { certification: 'CCA' });
    const running = summary([domain('alpha', 2, 2)], { status: 'in-progress', score: null });
    const second = summary([domain('alpha', 2, 2), domain('beta', 1, 1)]);
    const trend = scoreTrend([second, running, other, drill, first], 'CPC');
    expect(trend.map((p) => [p.attemptId, p.percent, p.passed])).toEqual([
      [first.attemptId, 50, false],
      [second.attemptId, 100, true],
    ]);
  });

  it('keeps the most recent ones when there are more than the limit', () => {
    const all = Array.from({ length: 5 }, () => summary([domain('alpha', 1, 2)]));
    expect(scoreTrend(all, 'CPC', 3).map((p) => p.attemptId)).toEqual(
      all.slice(2).map((s) => s.attemptId),
    );
  });
});

describe('weakestDomains', () => {
  it('adds up each domain over recent attempts and puts the weakest first', () => {
    const rows = weakestDomains(
      [
        summary([domain('alpha', 4, 5), domain('beta', 1, 5)]),
        summary([domain('alpha', 5, 5), domain('beta', 3, 5), domain('gamma', 0, 2)], {
          mode: 'drill',
        }),
      ],
      'CPC',
    );
    // gamma has only 2 questions: too few to call.
    expect(rows.map((r) => [r.domainId, r.correct, r.total, r.percent])).toEqual([
      ['beta', 4, 10, 40],
      ['alpha', 9, 10, 90],
    ]);
  });

  it('looks only at the most recent attempts', () => {
    const old = summary([domain('alpha', 0, 5)]);
    const recent = summary([domain('alpha', 5, 5)]);
    expect(weakestDomains([old, recent], 'CPC', { recent: 1 })[0]?.percent).toBe(100);
  });
});

describe('pacing', () => {
  it('compares time per question with the pace and gives accuracy by quarter', () => {
    const quarters = [
      { correct: 5, total: 5, timeSpentMs: 5 * 50_000 },
      { correct: 4, total: 5, timeSpentMs: 5 * 60_000 },
      { correct: 3, total: 5, timeSpentMs: 5 * 70_000 },
      { correct: 1, total: 5, timeSpentMs: 5 * 80_000 },
    ];
    const a = summary([domain('alpha', 13, 20)], { quarters, timeUsedMs: 20 * 75_000 });
    const b = summary([domain('alpha', 13, 20)], { quarters, timeUsedMs: 20 * 45_000 });
    const drill = summary([domain('alpha', 1, 20)], { mode: 'drill', quarters });
    const result = pacing([a, b, drill], spec);
    expect(result?.paceSecondsPerQuestion).toBe(60);
    expect(result?.attempts.map((x) => x.secondsPerQuestion)).toEqual([45, 75]);
    expect(result?.averageSecondsPerQuestion).toBe(60);
    expect(result?.quarters.map((q) => [q.quarter, q.percent, q.secondsPerQuestion])).toEqual([
      [1, 100, 50],
      [2, 80, 60],
      [3, 60, 70],
      [4, 20, 80],
    ]);
  });

  it('has nothing to say before the first finished mock', () => {
    expect(pacing([summary([domain('alpha', 1, 2)], { mode: 'drill' })], spec)).toBeNull();
  });
});

describe('readiness', () => {
  it('weights each domain by its share of the exam', () => {
    // alpha is 2 of 5 questions, beta 3 of 5: 0.4 × 100% + 0.6 × 50% = 70%.
    const r = readiness([summary([domain('alpha', 10, 10), domain('beta', 10, 20)])], spec);
    expect(r.estimate).toBe(70);
    expect(r.coverage).toBeCloseTo(1);
    expect(r.mocks).toBe(1);
    expect(r.low).toBeLessThan(70);
    expect(r.high).toBeGreaterThan(70);
    expect(r.verdict).toBe('borderline');
  });

  it('takes each domain over its most recent questions only', () => {
    const old = summary([domain('alpha', 0, 20), domain('beta', 0, 20)]);
    const recent = summary([domain('alpha', 20, 20), domain('beta', 20, 20)], { mode: 'drill' });
    const r = readiness([old, recent], spec);
    expect(r.estimate).toBe(100);
    expect([r.mocks, r.drills]).toEqual([0, 1]);
    expect(r.verdict).toBe('likely-pass');
  });

  it('says not yet when even the top of the range is under the pass mark', () => {
    const r = readiness([summary([domain('alpha', 5, 20), domain('beta', 6, 20)])], spec);
    expect(r.high).toBeLessThan(70);
    expect(r.verdict).toBe('not-yet');
  });

  it('needs data for at least half of the exam', () => {
    const r = readiness([summary([domain('alpha', 20, 20)], { mode: 'drill' })], spec);
    expect(r.coverage).toBeCloseTo(0.4);
    expect(r.estimate).toBe(100);
    expect(r.verdict).toBe('not-enough-data');
    expect(readiness([], spec)).toMatchObject({ verdict: 'not-enough-data', estimate: null });
  });
});
