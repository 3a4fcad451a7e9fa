import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { QuestionBank, SingleAnswerQuestion } from '../../src/domain/question';
import { checkBank, crossBankDuplicateIds } from '../../tools/bank-check/check-bank';
import { loadCodeTables } from '../../tools/bank-check/code-tables';
import { classifyCode, scanChoice } from '../../tools/bank-check/codes';
import { summariseBank } from '../../tools/bank-check/summary';
import { makeBank, makeQuestion } from '../support/factories';

const tables = loadCodeTables(path.resolve(__dirname, '../../question-banks/codesets'));

/** A question that passes every check: valid codes, four choices, a rationale naming the key. */
function goodQuestion(overrides: Partial<SingleAnswerQuestion> = {}): SingleAnswerQuestion {
  return makeQuestion({
    stem: `A patient case number ${Math.random()} with its own wording.`,
    choices: [
      { id: 'A', text: 'E11.9' },
      { id: 'B', text: 'E11.65' },
      { id: 'C', text: 'E13.9' },
      { id: 'D', text: 'R73.9' },
    ],
    answer: 'B',
    rationale:
      'E11.65 is right because the note links the hyperglycemia to type 2 diabetes (ICD-10-CM I.C.4.a). A omits the complication, C is other specified diabetes, and D is a symptom code.',
    ...overrides,
  });
}

function bankWith(...questions: SingleAnswerQuestion[]): QuestionBank {
  return { ...makeBank({ alpha: 0 }), questions };
}

function faultsOf(bank: unknown) {
  return checkBank('fixture.json', bank, tables).faults;
}

/** Exactly one fault, on the given question, whose reason matches. */
function expectOneFault(bank: unknown, questionId: string | undefined, reason: RegExp) {
  const faults = faultsOf(bank);
  expect(faults, JSON.stringify(faults, null, 1)).toHaveLength(1);
  expect(faults[0]).toMatchObject({ bank: 'fixture.json', questionId });
  expect(faults[0]?.reason).toMatch(reason);
}

describe('bank checker', () => {
  it('passes a clean bank', () => {
    const first = goodQuestion({
      id: 'q1',
      stem: 'A follow-up visit for diabetes with high sugars.',
    });
    const second = goodQuestion({
      id: 'q2',
      stem: 'An emergency visit after a fall from a ladder at work.',
    });
    expect(faultsOf(bankWith(first, second))).toEqual([]);
  });

  it('schema errors, with path and question id', () => {
    const bank = bankWith(goodQuestion({ id: 'q1' }));
    (bank.questions[0] as unknown as { difficulty: number }).difficulty = 5;
    expectOneFault(bank, 'q1', /^schema: \$\.questions\[0\]\.difficulty: must be 1/);
  });

  it('duplicate ids, within a bank and across banks', () => {
    expectOneFault(
      bankWith(goodQuestion({ id: 'q1' }), goodQuestion({ id: 'q1' })),
      'q1',
      /duplicate question id/,
    );
    const one = bankWith(goodQuestion({ id: 'shared' }));
    const two = bankWith(goodQuestion({ id: 'shared' }));
    expect(
      crossBankDuplicateIds([
        { name: 'a.json', bank: one },
        { name: 'b.json', bank: two },
      ]),
    ).toEqual([
      { bank: 'b.json', questionId: 'shared', reason: 'duplicate id: also used in a.json' },
    ]);
  });

  it('duplicate stems after normalising case, punctuation and spaces', () => {
    const bank = bankWith(
      goodQuestion({ id: 'q1', stem: 'Which code reports type 2 diabetes with hyperglycemia?' }),
      goodQuestion({ id: 'q2', stem: 'which code  reports type-2 diabetes, with hyperglycemia' }),
    );
    expectOneFault(bank, 'q2', /duplicate stem: same text as q1/);
  });

  it('near-duplicate stems', () => {
    const stem =
      'A 54-year-old man with type 2 diabetes has a fasting glucose of 260 mg/dL documented as hyperglycemia due to his diabetes. Which code is reported?';
    const bank = bankWith(
      goodQuestion({ id: 'q1', stem }),
      goodQuestion({
        id: 'q2',
        stem: stem.replace('54-year-old man', '54-year-old woman').replace('his', 'her'),
      }),
    );
    expectOneFault(bank, 'q2', /near-duplicate stem of q1/);
  });

  it('an answer key that names no choice', () => {
    expectOneFault(
      bankWith(goodQuestion({ id: 'q1', answer: 'E' })),
      'q1',
      /answer "E" names no choice/,
    );
  });

  it('fewer than four choices on a single-answer question', () => {
    const q = goodQuestion({ id: 'q1' });
    expectOneFault(
      bankWith({ ...q, choices: q.choices.slice(0, 3) }),
      'q1',
      /has 3 choices; it needs at least 4/,
    );
  });

  it('a missing rationale', () => {
    const q = goodQuestion({ id: 'q1' }) as Partial<SingleAnswerQuestion>;
    delete q.rationale;
    expectOneFault(
      bankWith(q as SingleAnswerQuestion),
      'q1',
      /schema: \$\.questions\[0\]\.rationale/,
    );
  });

  it('a one-line rationale', () => {
    expectOneFault(
      bankWith(goodQuestion({ id: 'q1', rationale: 'E11.65 is right.' })),
      'q1',
      /single line/,
    );
  });

  it('a multiple-response stem that does not say how many to choose', () => {
    const multiple = (stem: string) => ({
      ...goodQuestion({ id: 'q1', stem }),
      type: 'multiple' as const,
      answer: ['A', 'B'],
      rationale:
        'E11.9 and E11.65 are right because both conditions are documented (ICD-10-CM I.C.4.a). C and D are not supported by the note.',
    });
    expect(faultsOf(bankWith(multiple('Which codes apply? (Select two.)') as never))).toEqual([]);
    expect(faultsOf(bankWith(multiple('Which codes apply? Choose 2.') as never))).toEqual([]);
    expectOneFault(
      bankWith(multiple('Which codes apply?') as never),
      'q1',
      /must say how many to choose \(2\)/,
    );
  });

  it('a rationale that does not mention the keyed answer', () => {
    const rationale =
      'The note links the hyperglycemia to the diabetes, so a combination code is used (ICD-10-CM I.C.4.a). The others omit the link or are symptom codes.';
    expectOneFault(
      bankWith(goodQuestion({ id: 'q1', rationale })),
      'q1',
      /does not mention the keyed answer/,
    );
  });

  it('a prose key counts as mentioned when named by letter or restated, not otherwise', () => {
    const prose = (rationale: string) =>
      goodQuestion({
        id: 'q1',
        choices: [
          { id: 'A', text: 'Inflammation of the eyelid margins' },
          { id: 'B', text: 'Drooping of the upper eyelid' },
          { id: 'C', text: 'Outward turning of the eyelid margin' },
          { id: 'D', text: 'Excess, redundant skin of the eyelid' },
        ],
        rationale,
      });
    const why =
      ' Blephar/o means eyelid and -ptosis means drooping. The other choices are blepharitis, ectropion and dermatochalasis.';
    expect(faultsOf(bankWith(prose(`Choice B is correct.${why}`)))).toEqual([]);
    expect(
      faultsOf(bankWith(prose(`Blepharoptosis is drooping of the upper eyelid.${why}`))),
    ).toEqual([]);
    expectOneFault(
      bankWith(prose(`The suffix names a position change.${why}`)),
      'q1',
      /does not mention the keyed answer/,
    );
  });

  it('a keyed ICD-10-CM code that is a header, not reportable', () => {
    const q = goodQuestion({ id: 'q1' });
    q.choices[1] = { id: 'B', text: 'E11' };
    q.rationale = q.rationale.replace('E11.65', 'E11');
    expectOneFault(
      bankWith(q),
      'q1',
      /keyed answer E11 is an ICD-10-CM category or subcategory, not a reportable code, in FY2026/,
    );
  });

  it('a keyed ICD-10-CM code that does not exist', () => {
    const q = goodQuestion({ id: 'q1' });
    q.choices[1] = { id: 'B', text: 'E11.99' };
    q.rationale = q.rationale.replace('E11.65', 'E11.99');
    expectOneFault(
      bankWith(q),
      'q1',
      /keyed answer E11\.99 is not a valid ICD-10-CM code in FY2026/,
    );
  });

  it('a keyed HCPCS Level II code that is not in the table', () => {
    const q = goodQuestion({ id: 'q1', answer: 'A' });
    q.choices[0] = { id: 'A', text: 'J0002' };
    q.rationale =
      'J0002 is right because of the drug given, billed per unit. B, C and D are diagnosis codes and do not report a drug at all.';
    expectOneFault(bankWith(q), 'q1', /keyed answer J0002 is not in the 2026 HCPCS Level II table/);
  });

  it('an invalid distractor, unless marked deliberate and explained', () => {
    const q = goodQuestion({ id: 'q1' });
    q.choices[0] = { id: 'A', text: 'E11' };
    expectOneFault(bankWith(q), 'q1', /distractor E11 .*deliberatelyInvalidCodes/);
    const marked = { ...q, deliberatelyInvalidCodes: ['E11'] };
    expectOneFault(
      bankWith(marked),
      'q1',
      /marked deliberately invalid but the rationale does not say why/,
    );
    const explained = {
      ...marked,
      rationale: `${q.rationale} E11 is only a category and needs more characters.`,
    };
    expect(faultsOf(bankWith(explained))).toEqual([]);
  });

  it('an ICD-10-PCS code that uses I or O', () => {
    const q = goodQuestion({ id: 'q1', answer: 'A' });
    q.choices[0] = { id: 'A', text: '0DTJ4ZI' };
    q.rationale =
      '0DTJ4ZI is right for the resection of the appendix. B, C and D are diagnosis codes and do not report the procedure.';
    expectOneFault(
      bankWith(q),
      'q1',
      /"0DTJ4ZI" is not an ICD-10-PCS code: PCS uses 0–9 and A–Z without I and O/,
    );
  });

  it('a CPT code of the wrong shape', () => {
    const q = goodQuestion({ id: 'q1', answer: 'A' });
    q.choices[0] = { id: 'A', text: '9921, 36415' };
    q.rationale =
      '9921 and 36415 are right for the visit and the blood draw. B, C and D are diagnosis codes and report no service.';
    expectOneFault(bankWith(q), 'q1', /keyed answer: "9921" is not a CPT code shape/);
  });

  it('an unknown modifier', () => {
    const q = goodQuestion({ id: 'q1', answer: 'A' });
    q.choices[0] = { id: 'A', text: '99214-2Z' };
    q.rationale =
      '99214 is right for the visit, at moderate decision making. B, C and D are diagnosis codes and report no service.';
    expectOneFault(
      bankWith(q),
      'q1',
      /modifier 2Z on 99214 is not a CPT or 2026 HCPCS Level II modifier/,
    );
  });

  it('a code-entry answer with an invalid code', () => {
    const bank = bankWith(goodQuestion({ id: 'q1' }));
    (bank.questions as unknown[]).push({
      id: 'case1',
      domain: 'alpha',
      type: 'code-entry',
      stem: 'Code the inpatient case in the record.',
      answer: ['E11.65', 'Z79.99'],
      sequencingMatters: true,
      rationale:
        'E11.65 is sequenced first as the reason for the admission. Z79.99 adds the long-term drug therapy the patient is on.',
      difficulty: 3,
      codeSetYear: 2026,
    });
    expectOneFault(bank, 'case1', /keyed answer Z79\.99 is not a valid ICD-10-CM code/);
  });

  it('a code-set year with no official table', () => {
    expectOneFault(
      bankWith(goodQuestion({ id: 'q1', codeSetYear: 2024 })),
      'q1',
      /no official ICD-10-CM table for code-set year 2024/,
    );
  });
});

describe('code recognition', () => {
  it('classifies each kind of code and rejects malformed ones', () => {
    expect(
      ['99214', '0001F', '0042T', '0241U', 'J1745', 'E11.65', 'I10', '0DTJ4ZZ'].map(classifyCode),
    ).toEqual(['cpt', 'cpt', 'cpt', 'cpt', 'hcpcs', 'icd10cm', 'icd10cm', 'icd10pcs']);
    // Regression: a PCS code of digits and one final letter was read as a malformed CPT code.
    expect(classifyCode('027034Z')).toBe('icd10pcs');
    expect(classifyCode('E119')).toEqual({
      error: expect.stringContaining('without its dot') as unknown,
    });
    expect(classifyCode('992145')).toEqual({
      error: expect.stringContaining('CPT code shape') as unknown,
    });
  });

  it('reads code lists with modifiers, and codes inside prose', () => {
    expect(scanChoice('99214-25, 20610-RT').codes.map((c) => [c.code, c.modifiers])).toEqual([
      ['99214', ['25']],
      ['20610', ['RT']],
    ]);
    expect(
      scanChoice('Report J1745 for 300 mg with JW for the rest').codes.map((c) => c.code),
    ).toEqual(['J1745']);
    expect(scanChoice('Drooping of the upper eyelid').codes).toEqual([]);
    // Regression: names of code sets and standards are not codes.
    expect(scanChoice('ICD-10-CM')).toEqual({ codes: [], malformed: [] });
    expect(scanChoice('HL7')).toEqual({ codes: [], malformed: [] });
  });
});

describe('bank summary', () => {
  it('counts exams, answer positions and difficulty', () => {
    const bank = makeBank({ 'icd-10-cm': 25 }, { certification: 'CPC' });
    const report = summariseBank(bank);
    expect(report.disjointExams).toBe(0);
    expect(report.answerPositions).toEqual({ A: 0, B: 25, C: 0, D: 0 });
    expect(report.difficulty).toEqual({ 1: 25, 2: 0, 3: 0 });
  });
});
