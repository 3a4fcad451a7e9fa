import { describe, expect, it } from 'vitest';
import { assembleExam, BlueprintShortfallError, findShortfalls } from '../../src/domain/assembly';
import { EXAM_SPECS, blueprintTotal } from '../../src/domain/exam-spec';
import { makeBank, makeQuestion, makeSpec } from '../support/factories';

describe('assembleExam', () => {
  const spec = makeSpec();
  const bank = makeBank({ alpha: 6, beta: 6, gamma: 4 });

  it('draws exactly the blueprint count from each domain, in blueprint order', () => {
    const exam = assembleExam({ spec, bank, seed: 7 }).questions;
    expect(exam.map((q) => q.domain)).toEqual(['alpha', 'alpha', 'beta', 'beta', 'beta']);
    expect(new Set(exam.map((q) => q.id)).size).toBe(5);
  });

  it('is reproducible for a seed and varies between seeds', () => {
    const ids = (seed: number) => assembleExam({ spec, bank, seed }).questions.map((q) => q.id);
    expect(ids(42)).toEqual(ids(42));
    const distinct = new Set([1, 2, 3, 4, 5, 6].map((seed) => ids(seed).join()));
    expect(distinct.size).toBeGreaterThan(1);
  });

  it('shuffles across sections when the spec says so', () => {
    const shuffledSpec = makeSpec({ order: 'shuffled' });
    const orders = [1, 2, 3, 4, 5, 6, 7, 8].map((seed) =>
      assembleExam({ spec: shuffledSpec, bank, seed })
        .questions.map((q) => q.domain)
        .join(),
    );
    expect(orders.some((order) => order !== 'alpha,alpha,beta,beta,beta')).toBe(true);
  });

  it('prefers questions not seen in earlier mocks', () => {
    const seen = new Set([
      'alpha-1',
      'alpha-2',
      'alpha-3',
      'alpha-4',
      'beta-1',
      'beta-2',
      'beta-3',
    ]);
    const exam = assembleExam({ spec, bank, seed: 3, seenQuestionIds: seen }).questions;
    expect(exam.filter((q) => seen.has(q.id))).toEqual([]);
  });

  it('reuses seen questions only when fresh ones run out', () => {
    const seen = new Set(['alpha-1', 'alpha-2', 'alpha-3', 'alpha-4', 'alpha-5']);
    const exam = assembleExam({ spec, bank, seed: 3, seenQuestionIds: seen }).questions;
    const alpha = exam.filter((q) => q.domain === 'alpha').map((q) => q.id);
    expect(alpha).toContain('alpha-6');
    expect(alpha).toHaveLength(2);
  });

  it('leaves out question types the exam does not use', () => {
    const mixed = makeBank({ alpha: 2, beta: 3 });
    mixed.questions[0] = {
      ...makeQuestion({ id: 'm', domain: 'alpha' }),
      type: 'multiple',
      answer: ['A', 'B'],
    };
    expect(() => assembleExam({ spec, bank: mixed, seed: 1 })).toThrow(
      /"Domain alpha" has 1 of the 2/,
    );
  });

  it('fails naming every domain that falls short, and how many it has', () => {
    const small = makeBank({ alpha: 1, gamma: 9 });
    let error: unknown;
    try {
      assembleExam({ spec, bank: small, seed: 1 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(BlueprintShortfallError);
    expect((error as BlueprintShortfallError).shortfalls).toEqual([
      { domainId: 'alpha', domainName: 'Domain alpha', available: 1, needed: 2 },
      { domainId: 'beta', domainName: 'Domain beta', available: 0, needed: 3 },
    ]);
    expect((error as Error).message).toBe(
      'The CPC question bank cannot fill this exam: "Domain alpha" has 1 of the 2 questions it needs; "Domain beta" has 0 of the 3 questions it needs.',
    );
  });

  it('keeps a series whole and in part order, and never splits one to fill a count', () => {
    const withSeries = makeBank({ alpha: 3, beta: 3 });
    const record = 'Shared discharge summary';
    withSeries.questions.push(
      ...[3, 1, 2].map((part) =>
        makeQuestion({
          id: `s-${part}`,
          domain: 'beta',
          scenario: record,
          series: { id: 's', part },
        }),
      ),
    );
    for (let seed = 1; seed <= 30; seed++) {
      const ids = assembleExam({
        spec: makeSpec({ order: 'shuffled' }),
        bank: withSeries,
        seed,
      }).questions.map((q) => q.id);
      expect(ids).toHaveLength(5);
      const at = ids.indexOf('s-1');
      if (at >= 0) expect(ids.slice(at, at + 3)).toEqual(['s-1', 's-2', 's-3']);
      else expect(ids.filter((id) => id.startsWith('s-'))).toEqual([]);
    }
  });

  it('adds unscored pretest items from the questions left over, and says which they are', () => {
    const spec = makeSpec({ pretestCount: 2, order: 'shuffled' });
    const exam = assembleExam({ spec, bank, seed: 5 });
    expect(exam.questions).toHaveLength(7);
    expect(exam.pretestIds).toHaveLength(2);
    expect(new Set(exam.questions.map((q) => q.id)).size).toBe(7);
    expect(exam.questions.filter((q) => exam.pretestIds.includes(q.id))).toHaveLength(2);
  });

  it('fails when too few questions are left over for the pretest items', () => {
    const spec = makeSpec({ pretestCount: 3 });
    expect(() => assembleExam({ spec, bank: makeBank({ alpha: 3, beta: 4 }), seed: 1 })).toThrow(
      /"Unscored pretest items" has 2 of the 3 questions it needs/,
    );
  });

  it('findShortfalls is empty when every domain is covered', () => {
    expect(findShortfalls(spec, { alpha: 2, beta: 3 })).toEqual([]);
  });
});

describe('exam specs', () => {
  it('CPC is 100 questions over 17 domains in 4 hours with a 70% pass mark', () => {
    const cpc = EXAM_SPECS.CPC;
    expect(cpc.blueprint).toHaveLength(17);
    expect(blueprintTotal(cpc)).toBe(100);
    expect(cpc.questionCount.value).toBe(100);
    expect(cpc.timeLimitMs.value).toBe(4 * 3_600_000);
    expect(cpc.passingPercent).toMatchObject({ value: 70, confidence: 'official' });
    expect(
      cpc.blueprint.filter((d) => d.confidence === 'official').reduce((s, d) => s + d.count, 0),
    ).toBe(72);
  });

  it('AHIMA blueprints add up to their scored counts, with pretest items on top', () => {
    for (const cert of ['CCS', 'CCA'] as const) {
      const spec = EXAM_SPECS[cert];
      expect(blueprintTotal(spec)).toBe(spec.scoredCount);
      expect(spec.scoredCount + spec.pretestCount).toBe(spec.questionCount.value);
      expect(spec.passingNote).toMatch(/scaled/);
    }
    expect(EXAM_SPECS.CCA.timeLimitMs.value).toBe(2 * 3_600_000);
  });

  it('CIC is 40 multiple choice and 7 inpatient cases', () => {
    expect(blueprintTotal(EXAM_SPECS.CIC)).toBe(47);
    expect(EXAM_SPECS.CIC.blueprint.find((d) => d.domainId === 'inpatient-cases')?.count).toBe(7);
  });

  it('every figure carries its source', () => {
    for (const spec of Object.values(EXAM_SPECS)) {
      for (const figure of [spec.questionCount, spec.timeLimitMs, spec.passingPercent]) {
        expect(figure.source.length).toBeGreaterThan(0);
        expect(['official', 'third-party', 'estimate']).toContain(figure.confidence);
      }
    }
  });
});
