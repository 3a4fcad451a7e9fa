import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleExam } from '../../src/domain/assembly';
import { describeProblems, validateBank } from '../../src/domain/bank-schema';
import { isCertification } from '../../src/domain/certification';
import { EXAM_SPECS } from '../../src/domain/exam-spec';
import { checkBanksIn } from '../../tools/bank-check/check-dir';

const dir = path.resolve(__dirname, '../../question-banks');
const files = readdirSync(dir).filter((name) => name.endsWith('.json'));

describe.each(files)('question-banks/%s', (file) => {
  const json: unknown = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
  const result = validateBank(json);

  it('passes the same schema the app uses for imported banks', () => {
    expect(result.ok ? '' : describeProblems(result.problems)).toBe('');
  });

  it("fills its certification's blueprint", () => {
    if (!result.ok) throw new Error('invalid bank');
    const { bank } = result;
    expect(isCertification(bank.certification)).toBe(true);
    const exam = assembleExam({ spec: EXAM_SPECS[bank.certification], bank, seed: 1 });
    expect(exam).toHaveLength(EXAM_SPECS[bank.certification].scoredCount);
  });
});

it('CPC has a bank of at least 100 questions', () => {
  const banks = files.map(
    (f) =>
      JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as {
        certification: string;
        questions: unknown[];
      },
  );
  const cpcQuestions = banks
    .filter((b) => b.certification === 'CPC')
    .reduce((n, b) => n + b.questions.length, 0);
  expect(cpcQuestions).toBeGreaterThanOrEqual(100);
});

it('every shipped bank passes the bank checker (npm run banks:check)', () => {
  const { faults } = checkBanksIn(dir, (file) => readFileSync(file, 'utf8'), readdirSync);
  expect(faults.map((f) => `${f.bank}: ${f.questionId ?? ''}: ${f.reason}`)).toEqual([]);
});
