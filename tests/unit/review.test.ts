import { describe, expect, it } from 'vitest';
import type { CodeEntryQuestion, MultipleResponseQuestion } from '../../src/domain/question';
import { choiceMarks, codeEntryReview, filterReview } from '../../src/domain/review';
import { finishAttempt } from '../../src/domain/attempt';
import { makeAttempt, makeQuestion, makeResponse, T0 } from '../support/factories';

const codeQuestion = (sequencingMatters: boolean): CodeEntryQuestion => {
  const { choices: _choices, ...base } = makeQuestion();
  void _choices;
  return { ...base, type: 'code-entry', answer: ['K35.80', 'E11.9', '0DTJ4ZZ'], sequencingMatters };
};

describe('code-entry review', () => {
  it('says per code what was right, missing and extra', () => {
    expect(codeEntryReview(codeQuestion(false), 'k3580, 0dtj4zz I10')).toEqual({
      codes: [
        { code: 'K35.80', status: 'right' },
        { code: 'E11.9', status: 'missing' },
        { code: '0DTJ4ZZ', status: 'right' },
        { code: 'I10', status: 'extra' },
      ],
      orderRight: null,
    });
  });

  it('says whether the order was right where order is scored', () => {
    expect(codeEntryReview(codeQuestion(true), 'K35.80 E11.9 0DTJ4ZZ').orderRight).toBe(true);
    expect(codeEntryReview(codeQuestion(true), 'E11.9 K35.80 0DTJ4ZZ').orderRight).toBe(false);
    expect(
      codeEntryReview(codeQuestion(true), null).codes.every((c) => c.status === 'missing'),
    ).toBe(true);
  });
});

describe('multiple-response review', () => {
  it('marks right picks, wrong picks and missed keys', () => {
    const question: MultipleResponseQuestion = {
      ...makeQuestion(),
      type: 'multiple',
      answer: ['A', 'C'],
    };
    expect(choiceMarks(question, ['A', 'D'])).toEqual({
      A: 'picked-right',
      B: 'not-picked',
      C: 'missed',
      D: 'picked-wrong',
    });
  });
});

describe('pretest items', () => {
  it('are left out of the score but kept for review', () => {
    const attempt = makeAttempt({ pretestIds: ['beta-3'] });
    const responses = ['alpha-1', 'alpha-2', 'beta-1', 'beta-2'].map((questionId) =>
      makeResponse({ questionId, answer: 'B' }),
    );
    const finished = finishAttempt(attempt, responses, 'submitted', T0 + 1000);
    expect(finished.score).toMatchObject({
      correct: 4,
      total: 4,
      percent: 100,
      passed: true,
      unanswered: 0,
    });
    const items = attempt.questions.map((question, i) => ({
      number: i + 1,
      question,
      answer: null,
      flagged: false,
    }));
    expect(filterReview(items, 'all')).toHaveLength(5);
  });
});
