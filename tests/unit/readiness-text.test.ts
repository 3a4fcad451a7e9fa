import { describe, expect, it } from 'vitest';
import { readiness } from '../../src/domain/statistics';
import { describeEstimate, describeMethod } from '../../src/features/history/readiness-text';
import { makeSpec } from '../support/factories';

describe('readiness in plain words', () => {
  it('states the estimate, its range, the pass mark, and how it was reached', () => {
    const r = readiness(
      [
        {
          attemptId: 'a',
          certification: 'CPC',
          mode: 'drill',
          conditions: 'practice',
          status: 'submitted',
          startedAt: 0,
          submittedAt: 1,
          questionCount: 10,
          timeUsedMs: 1,
          questionTimeMs: 1,
          quarters: [],
          score: {
            correct: 8,
            total: 10,
            percent: 80,
            passingPercent: 70,
            passed: true,
            unanswered: 0,
            byDomain: [
              { domainId: 'beta', name: 'Domain beta', correct: 8, total: 10, percent: 80 },
            ],
          },
        },
      ],
      makeSpec(),
    );
    expect(describeEstimate(r)).toBe(
      'Estimated 80% (likely between 53% and 100%) against the 70% pass mark.',
    );
    expect(describeMethod(r)).toBe(
      'Each of the 2 CPC exam domains is scored on its 20 most recent questions, here from 1 drill, ' +
        'and weighted by how many questions the real exam gives it. The range is wider when a domain ' +
        'has few answers. Your answers cover 60% of the exam; no answers yet in Domain alpha.',
    );
  });
});
