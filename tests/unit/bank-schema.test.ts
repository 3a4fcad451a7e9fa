import { describe, expect, it } from 'vitest';
import { describeProblems, validateBank, type BankProblem } from '../../src/domain/bank-schema';
import { makeBank, makeQuestion } from '../support/factories';

function problemsOf(input: unknown): BankProblem[] {
  const result = validateBank(input);
  if (result.ok) throw new Error('expected the bank to be invalid');
  return result.problems;
}

/** A valid bank as plain JSON, to break one thing at a time. */
function validJson(): Record<string, unknown> & { questions: Record<string, unknown>[] } {
  return JSON.parse(JSON.stringify(makeBank({ alpha: 2, beta: 1 }))) as ReturnType<
    typeof validJson
  >;
}

describe('validateBank', () => {
  it('accepts a valid bank and returns it typed', () => {
    const result = validateBank(validJson());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.bank.questions).toHaveLength(3);
  });

  it('accepts multiple-response and code-entry questions', () => {
    const bank = validJson();
    bank.questions.push(
      { ...makeQuestion({ id: 'multi', domain: 'alpha' }), type: 'multiple', answer: ['A', 'C'] },
      {
        id: 'codes',
        domain: 'alpha',
        type: 'code-entry',
        stem: 'Code the case.',
        answer: ['E11.9', 'I10'],
        sequencingMatters: true,
        rationale: 'E11.9 first because…',
        difficulty: 3,
        codeSetYear: 2026,
      },
    );
    expect(validateBank(bank).ok).toBe(true);
  });

  it.each([
    ['not an object', null, '$'],
    [
      'missing field',
      (() => {
        const b = validJson();
        delete b.title;
        return b;
      })(),
      '$.title',
    ],
    ['wrong type', { ...validJson(), codeSetYear: '2026' }, '$.codeSetYear'],
    ['unknown schema version', { ...validJson(), schemaVersion: 2 }, '$.schemaVersion'],
    ['unknown certification', { ...validJson(), certification: 'CPB' }, '$.certification'],
    ['bad version string', { ...validJson(), version: 'v1' }, '$.version'],
    ['unknown top-level field', { ...validJson(), extra: true }, '$'],
    ['empty bank', { ...validJson(), questions: [] }, '$.questions'],
    ['no domains', { ...validJson(), domains: [] }, '$.domains'],
  ])('reports %s at its path', (_kind, input, path) => {
    expect(problemsOf(input).map((p) => p.path)).toContain(path);
  });

  it.each([
    ['empty stem', { stem: '   ' }, '$.questions[1].stem', 'must not be empty'],
    ['missing rationale', { rationale: undefined }, '$.questions[1].rationale', ''],
    ['difficulty out of range', { difficulty: 4 }, '$.questions[1].difficulty', 'must be 1'],
    ['unknown question type', { type: 'essay' }, '$.questions[1].type', 'type must be'],
    ['answer naming no choice', { answer: 'E' }, '$.questions[1].answer', 'names no choice'],
    ['answer not a letter', { answer: 'B) 10061' }, '$.questions[1].answer', 'single letter'],
    [
      'too few choices',
      { choices: [{ id: 'A', text: 'x' }] },
      '$.questions[1].choices',
      'at least 2',
    ],
    [
      'choice without text',
      { choices: [{ id: 'A' }, { id: 'B', text: 'y' }] },
      '$.questions[1].choices[0].text',
      '',
    ],
    ['domain not in the bank', { domain: 'gamma' }, '$.questions[1].domain', 'not among'],
    ['misspelt field', { rationle: 'typo' }, '$.questions[1]', 'rationle'],
    ['bad id characters', { id: 'has space' }, '$.questions[1].id', 'letters'],
  ])('reports %s with the JSON path and the question id', (_kind, change, path, message) => {
    const bank = validJson();
    const question = { ...bank.questions[1], ...change } as Record<string, unknown>;
    for (const key of Object.keys(question)) if (question[key] === undefined) delete question[key];
    bank.questions[1] = question;
    const problems = problemsOf(bank);
    const problem = problems.find((p) => p.path === path);
    expect(problem, JSON.stringify(problems)).toBeDefined();
    expect(problem?.message).toContain(message);
    if (typeof question.id === 'string' && question.id !== 'has space')
      expect(problem?.questionId).toBe(question.id);
  });

  it('reports duplicate question, domain and choice ids', () => {
    const bank = validJson();
    (bank.questions[2] as { id: string }).id = (bank.questions[0] as { id: string }).id;
    (bank.domains as { id: string }[]).push({ id: 'alpha', name: 'Again' } as never);
    (bank.questions[1] as { choices: { id: string }[] }).choices[1]!.id = 'A';
    const messages = problemsOf(bank).map((p) => `${p.path}: ${p.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\$\.questions\[2\]\.id: duplicate question id/),
        expect.stringMatching(/^\$\.domains\[2\]\.id: duplicate domain id "alpha"/),
        expect.stringMatching(/^\$\.questions\[1\]\.choices\[1\]\.id: duplicate choice id "A"/),
      ]),
    );
  });

  it('checks that a series shares one record and numbers its parts once each', () => {
    const bank = validJson();
    const record = 'Discharge summary: …';
    bank.questions[0] = { ...bank.questions[0], scenario: record, series: { id: 's1', part: 1 } };
    bank.questions[1] = { ...bank.questions[1], scenario: record, series: { id: 's1', part: 2 } };
    expect(validateBank(bank).ok).toBe(true);

    bank.questions[1] = {
      ...bank.questions[1],
      scenario: 'Another record',
      series: { id: 's1', part: 1 },
    };
    const messages = problemsOf(bank).map((p) => `${p.path}: ${p.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\$\.questions\[1\]\.series\.part: series "s1" has part 1 twice/),
        expect.stringMatching(
          /^\$\.questions\[1\]\.scenario: questions in series "s1" must share one scenario/,
        ),
      ]),
    );
    const { scenario: _dropped, ...withoutRecord } = bank.questions[0];
    void _dropped;
    bank.questions[0] = withoutRecord;
    expect(problemsOf(bank).map((p) => p.message)).toContain(
      'a question in a series needs the shared scenario',
    );
  });

  it('reports every problem at once, not only the first', () => {
    const bank = validJson();
    bank.questions[0] = { ...bank.questions[0], answer: 'Z' };
    bank.questions[2] = { ...bank.questions[2], difficulty: 0 };
    expect(problemsOf({ ...bank, version: 'x' }).length).toBeGreaterThanOrEqual(3);
  });

  it('describes problems one per line with path and question id', () => {
    const bank = validJson();
    bank.questions[0] = { ...bank.questions[0], answer: 'E' };
    expect(describeProblems(problemsOf(bank))).toBe(
      `$.questions[0].answer (question alpha-1): answer "E" names no choice (choices are A, B, C, D)`,
    );
  });
});
