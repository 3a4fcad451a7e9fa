import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleExam } from '../../src/domain/assembly';
import { describeProblems, validateBank } from '../../src/domain/bank-schema';
import { isCertification } from '../../src/domain/certification';
import { EXAM_SPECS } from '../../src/domain/exam-spec';
import { checkBanksIn } from '../../tools/bank-check/check-dir';
import { summariseBank } from '../../tools/bank-check/summary';

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
    const spec = EXAM_SPECS[bank.certification];
    const exam = assembleExam({ spec, bank, seed: 1 });
    expect(exam.questions).toHaveLength(spec.questionCount.value);
    expect(exam.pretestIds).toHaveLength(spec.pretestCount);
  });
});

it('every shipped bank passes the bank checker (npm run banks:check)', () => {
  const { faults } = checkBanksIn(dir, (file) => readFileSync(file, 'utf8'), readdirSync);
  expect(faults.map((f) => `${f.bank}: ${f.questionId ?? ''}: ${f.reason}`)).toEqual([]);
});

it('the CPC bank fills at least 4 disjoint exams, keys spread over A–D (none above 30%), difficulty mixed', () => {
  const { banks } = checkBanksIn(dir, (file) => readFileSync(file, 'utf8'), readdirSync);
  const cpc = banks.filter((b) => b.bank.certification === 'CPC').map((b) => summariseBank(b.bank));
  expect(Math.max(...cpc.map((r) => r.disjointExams))).toBeGreaterThanOrEqual(4);
  for (const report of cpc) {
    for (const count of Object.values(report.answerPositions))
      expect(count / report.total).toBeLessThanOrEqual(0.3);
    for (const count of Object.values(report.difficulty))
      expect(count / report.total).toBeGreaterThan(0.25);
  }
});

it.each([
  ['CIC', 2],
  ['CCS', 2],
  ['CCA', 2],
])('the %s bank fills at least %i disjoint exams', (certification, exams) => {
  const { banks } = checkBanksIn(dir, (file) => readFileSync(file, 'utf8'), readdirSync);
  const reports = banks
    .filter((b) => b.bank.certification === certification)
    .map((b) => summariseBank(b.bank));
  expect(Math.max(0, ...reports.map((r) => r.disjointExams))).toBeGreaterThanOrEqual(exams);
});

it('the CCS bank has at least 30 code-entry medical scenarios over inpatient, outpatient and the ED', () => {
  const ccs = JSON.parse(readFileSync(path.join(dir, 'ccs.json'), 'utf8')) as {
    questions: { type: string; tags?: string[] }[];
  };
  const scenarios = ccs.questions.filter((q) => q.type === 'code-entry');
  expect(scenarios.length).toBeGreaterThanOrEqual(30);
  for (const setting of ['inpatient', 'outpatient', 'emergency department']) {
    expect(scenarios.filter((q) => q.tags?.includes(setting)).length).toBeGreaterThanOrEqual(8);
  }
});
