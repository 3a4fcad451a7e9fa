// Every malformed bank in tests/fixtures/bad-banks/ is refused with a message that says what is
// wrong and where, and nothing of it is stored. A new fixture must be added to the table.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBankRepository } from '../../src/db/bank-repository';
import { describeProblem } from '../../src/domain/bank-schema';
import { importBankFile } from '../../src/features/banks/import-bank-file';
import { withTestDatabase } from '../support/database';
import { fixedClock } from '../support/factories';

const dir = path.resolve(__dirname, '../fixtures/bad-banks');

interface Expected {
  /** A fragment of the message. */
  says: string;
  path: string;
  questionId?: string;
}

const whole = (says: string): Expected => ({ says, path: '$' });
const at = (path: string, says: string, questionId?: string): Expected =>
  questionId ? { says, path, questionId } : { says, path };

const EXPECTED: Record<string, Expected> = {
  'invalid-json-trailing-comma.json': whole(
    'not valid JSON at line 190, column 1: expected a property name in double quotes but found "}" (a comma too many?)',
  ),
  'invalid-json-double-comma.json': whole('not valid JSON at line 6, column 22'),
  'invalid-json-single-quotes.json': whole(
    'line 1, column 2: expected a property name in double quotes',
  ),
  'invalid-json-raw-newline.json': whole(
    'line 5, column 23: a string holds a raw control character',
  ),
  'invalid-json-two-values.json': whole('expected the end of the file after the JSON value'),
  'truncated.json': whole('line 64, column 7: a string is not closed (the file ends inside it)'),
  'empty.json': whole('the file is empty'),
  'only-whitespace.json': whole('the file is empty (it holds only spaces)'),
  'deeply-nested.json': whole(
    'nested too deeply at line 1, column 61: objects and arrays are nested more than 32 levels deep',
  ),
  'invalid-utf8.json': whole('not UTF-8 text: byte 85 (0xff) is not valid UTF-8'),
  'overlong-utf8.json': whole('byte 84 (0xc0) is not valid UTF-8'),
  'utf16le-bom.json': whole('UTF-16 byte order mark); save it as UTF-8'),
  'utf16be-bom.json': whole('UTF-16 byte order mark); save it as UTF-8'),
  'utf16le-no-bom.json': whole('looks like UTF-16 text (it holds zero bytes); save it as UTF-8'),
  'top-level-array.json': whole(
    'must be a JSON object holding one question bank, but the file holds an array',
  ),
  'top-level-null.json': whole('the file holds null'),
  'top-level-number.json': whole('the file holds a number'),
  'top-level-string.json': whole('the file holds a string'),

  'missing-title.json': at('$.title', 'is missing (it must be a string)'),
  'wrong-type-code-set-year.json': at('$.codeSetYear', 'expected number, received string'),
  'wrong-certification.json': at('$.certification', 'must be one of CPC, CIC, CCS, CCA'),
  'bad-schema-version.json': at('$.schemaVersion', 'must be 1 (the bank format this app reads)'),
  'bad-version-string.json': at('$.version', 'must look like 1.0.0'),
  'bad-bank-id.json': at('$.id', 'must be 1–80 letters, digits'),
  'unknown-top-level-field.json': at('$', 'Unrecognized key: "author"'),
  'prototype-key.json': at('$', 'Unrecognized key: "__proto__"'),
  'empty-bank.json': at('$.questions', 'needs at least 1 question'),
  'questions-not-an-array.json': at('$.questions', 'expected array, received object'),
  'duplicate-domain-ids.json': at('$.domains[5].id', 'duplicate domain id "provider-queries"'),
  'missing-blueprint-domain.json': at(
    '$.domains',
    'lacks the CCS blueprint domain "provider-queries" (Provider queries)',
  ),

  'missing-answer.json': at('$.questions[3].answer', 'is missing', 'ccs-sample-004'),
  'wrong-type-choices.json': at(
    '$.questions[0].choices',
    'expected array, received string',
    'ccs-sample-001',
  ),
  'unknown-question-type.json': at(
    '$.questions[0].type',
    'type must be "single", "multiple" or "code-entry"',
    'ccs-sample-001',
  ),
  'answer-not-among-choices.json': at(
    '$.questions[4].answer',
    'answer "E" names no choice (choices are A, B, C, D)',
    'ccs-sample-005',
  ),
  'duplicate-question-ids.json': at(
    '$.questions[5].id',
    'duplicate question id "ccs-sample-001"',
    'ccs-sample-001',
  ),
  'duplicate-choice-ids.json': at(
    '$.questions[0].choices[2].id',
    'duplicate choice id "B"',
    'ccs-sample-001',
  ),
  'question-in-undeclared-domain.json': at(
    '$.questions[5].domain',
    'domain "cardiology" is not among the bank\'s domains',
    'ccs-sample-006',
  ),
  'too-many-choices.json': at(
    '$.questions[0].choices',
    'has at most 8 choices (A–H)',
    'ccs-sample-001',
  ),
  'multiple-with-one-key.json': at(
    '$.questions[1].answer',
    'keys at least 2 choices',
    'ccs-sample-002',
  ),
  'code-entry-with-no-codes.json': at(
    '$.questions[2].answer',
    'keys at least 1 code',
    'ccs-sample-003',
  ),
  'difficulty-out-of-range.json': at(
    '$.questions[0].difficulty',
    'must be 1 (recall)',
    'ccs-sample-001',
  ),
  'empty-stem.json': at('$.questions[4].stem', 'must not be empty', 'ccs-sample-005'),
  'question-type-not-in-exam.json': at(
    '$.questions[2].type',
    'type "code-entry" is not used in the CCA exam',
    'ccs-sample-003',
  ),

  'script-in-stem.json': at(
    '$.questions[0].stem',
    'contains HTML markup ("<script>")',
    'ccs-sample-001',
  ),
  'img-onerror-in-choice.json': at(
    '$.questions[0].choices[1].text',
    'HTML markup ("<img src=x onerror=',
    'ccs-sample-001',
  ),
  'javascript-link-in-rationale.json': at(
    '$.questions[4].rationale',
    'HTML markup ("<a href=\\"javascript:',
    'ccs-sample-005',
  ),
  'iframe-in-scenario.json': at(
    '$.questions[2].scenario',
    'HTML markup ("<iframe',
    'ccs-sample-003',
  ),
  'svg-onload-in-title.json': at('$.title', 'HTML markup ("<svg onload=alert(1)>")'),
  'markup-in-domain-name.json': at('$.domains[0].name', 'HTML markup ("<b>")'),
  'html-comment-in-tag.json': at(
    '$.questions[0].tags[0]',
    'HTML markup ("<!-- hidden -->")',
    'ccs-sample-001',
  ),
};

const files = readdirSync(dir).sort();
const database = withTestDatabase();

it('the table covers every file in tests/fixtures/bad-banks, and there are at least 30', () => {
  expect(files).toEqual(Object.keys(EXPECTED).sort());
  expect(files.length).toBeGreaterThanOrEqual(30);
});

describe.each(files)('%s', (file) => {
  it('is refused, saying what and where, and nothing is stored', async () => {
    const expected = EXPECTED[file];
    if (!expected) throw new Error(`${file} is not in the table`);
    const banks = createBankRepository(database.db, fixedClock(), new Set());
    const outcome = await importBankFile(
      new Uint8Array(readFileSync(path.join(dir, file))),
      file,
      banks,
    );
    if (outcome.kind !== 'refused') throw new Error(`${file} was not refused`);
    expect(outcome.problems.every((p) => p.file === file)).toBe(true);
    const match = outcome.problems.find(
      (p) =>
        p.path === expected.path &&
        p.message.includes(expected.says) &&
        p.questionId === expected.questionId,
    );
    expect(match, outcome.problems.map(describeProblem).join('\n')).toBeDefined();
    expect(describeProblem(match!)).toContain(`${file} at ${expected.path}`);
    expect(await database.db.banks.count()).toBe(0);
    expect(await database.db.bankContents.count()).toBe(0);
  });
});
