import { describe, expect, it } from 'vitest';
import type { CodeEntryQuestion, MultipleResponseQuestion } from '../../src/domain/question';
import { isCorrect, normaliseCodes, scoreAttempt } from '../../src/domain/scoring';
import { makeBank, makeQuestion } from '../support/factories';

describe('scoreAttempt', () => {
  const bank = makeBank({ alpha: 4, beta: 6 });
  const q = bank.questions;

  it('scores overall and by domain, unanswered counting as wrong', () => {
    const answers = {
      'alpha-1': 'B',
      'alpha-2': 'A',
      'beta-1': 'B',
      'beta-2': 'B',
      'beta-3': 'B',
      'beta-4': null,
    };
    const score = scoreAttempt(q, answers, bank.domains, 70);
    expect(score).toMatchObject({
      correct: 4,
      total: 10,
      percent: 40,
      passed: false,
      unanswered: 5,
    });
    expect(score.byDomain).toEqual([
      { domainId: 'alpha', name: 'Domain alpha', correct: 1, total: 4, percent: 25 },
      { domainId: 'beta', name: 'Domain beta', correct: 3, total: 6, percent: 50 },
    ]);
  });

  it('passes at exactly the mark and not one question below it', () => {
    const allRight = Object.fromEntries(q.map((x) => [x.id, 'B']));
    const seven = { ...allRight, 'beta-4': 'A', 'beta-5': 'A', 'beta-6': 'A' };
    const six = { ...seven, 'beta-3': 'A' };
    expect(scoreAttempt(q, seven, bank.domains, 70)).toMatchObject({ percent: 70, passed: true });
    expect(scoreAttempt(q, six, bank.domains, 70)).toMatchObject({ percent: 60, passed: false });
  });

  it('rounds the percent down, so 69.9% never shows as 70%', () => {
    const many = makeBank({ alpha: 1000 });
    const answers = Object.fromEntries(many.questions.slice(0, 699).map((x) => [x.id, 'B']));
    expect(scoreAttempt(many.questions, answers, many.domains, 70)).toMatchObject({
      percent: 69,
      passed: false,
    });
  });

  it('leaves unscored (pretest) items out', () => {
    const answers = { 'alpha-1': 'B' };
    const score = scoreAttempt(
      q,
      answers,
      bank.domains,
      70,
      new Set(['alpha-2', 'alpha-3', 'alpha-4']),
    );
    expect(score.total).toBe(7);
    expect(score.byDomain[0]).toMatchObject({ correct: 1, total: 1 });
  });
});

describe('isCorrect', () => {
  it('single answer: only the keyed choice', () => {
    const question = makeQuestion({ answer: 'C' });
    expect(isCorrect(question, 'C')).toBe(true);
    expect(isCorrect(question, 'B')).toBe(false);
    expect(isCorrect(question, null)).toBe(false);
  });

  it('multiple response: exactly the keyed set, no partial credit, no over-selection', () => {
    const question: MultipleResponseQuestion = {
      ...makeQuestion(),
      type: 'multiple',
      answer: ['A', 'C'],
    };
    expect(isCorrect(question, ['C', 'A'])).toBe(true);
    expect(isCorrect(question, ['A'])).toBe(false);
    expect(isCorrect(question, ['A', 'C', 'D'])).toBe(false);
    expect(isCorrect(question, [])).toBe(false);
  });

  it('code entry: normalised, order only where sequencing matters', () => {
    const base = {
      ...makeQuestion(),
      type: 'code-entry' as const,
      answer: ['E11.22', 'N18.3', 'I12.9'],
    };
    const { choices: _unused, ...rest } = base;
    void _unused;
    const unordered: CodeEntryQuestion = { ...rest, sequencingMatters: false };
    const ordered: CodeEntryQuestion = { ...rest, sequencingMatters: true };
    expect(isCorrect(unordered, 'i12.9, e1122  N18.3')).toBe(true);
    expect(isCorrect(ordered, 'I12.9, E11.22, N18.3')).toBe(false);
    expect(isCorrect(ordered, 'e11.22; n18.3, i12.9')).toBe(true);
    expect(isCorrect(unordered, 'E11.22, N18.3')).toBe(false);
    expect(isCorrect(unordered, 'E11.22, N18.3, I12.9, Z79.4')).toBe(false);
    expect(isCorrect(unordered, 'E11.22, E11.22, N18.3')).toBe(false);
  });

  it('normalises case, dots, spaces and commas', () => {
    expect(normaliseCodes(' e11.9,I10 ;  z79.4 ')).toEqual(['E119', 'I10', 'Z794']);
  });
});
