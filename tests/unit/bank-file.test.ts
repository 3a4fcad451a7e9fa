import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BANK_FILE_LIMITS, readBankFile } from '../../src/domain/bank-file';
import { markupProblems } from '../../src/domain/bank-import-rules';
import { describeProblems, type BankProblem } from '../../src/domain/bank-schema';
import { lineAndColumn, scanJson } from '../../src/domain/json-scan';
import { seededRandom } from '../../src/domain/random';
import { firstInvalidUtf8Byte } from '../../src/domain/utf8';
import { encode, sampleBankJson } from '../support/sample-bank';

function problemsOf(bytes: Uint8Array, name = 'bank.json'): BankProblem[] {
  const result = readBankFile(bytes, name);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.problems;
}

describe('readBankFile', () => {
  it('accepts a valid bank, and one saved with a UTF-8 byte order mark (as Windows Notepad does)', () => {
    const bytes = encode(sampleBankJson());
    expect(readBankFile(bytes, 'bank.json')).toMatchObject({
      ok: true,
      bank: { id: 'ccs-sample' },
    });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    const result = readBankFile(withBom, 'notepad.json');
    expect(result.ok ? result.bank.questions : describeProblems(result.problems)).toHaveLength(6);
  });

  it('keeps "<" and ">" in prose: "BMI < 18.5", "<5 mm", "x<y", "a -> b"', () => {
    const bank = sampleBankJson();
    bank.questions[0]!.stem = 'BMI < 18.5 and a lesion <5 mm: which code?';
    bank.questions[0]!.rationale = 'A is right: weight loss >10% with BMI<18.5, x<y, is R63.4.';
    bank.questions[0]!.scenario = 'Transferred ED -> ward; pain <3/10 at discharge.';
    expect(readBankFile(encode(bank), 'bank.json').ok).toBe(true);
  });

  it('refuses a 50 MB file before decoding it, saying its size and the limit', () => {
    const bytes = new Uint8Array(50 * 1024 * 1024).fill(0xff); // not even UTF-8: never decoded
    expect(problemsOf(bytes, 'huge.json')).toEqual([
      {
        file: 'huge.json',
        path: '$',
        message:
          'the file is 50.0 MB (52,428,800 bytes); the largest bank this app imports is 20 MB',
      },
    ]);
  });

  it('refuses a bank of more questions than the limit, saying how many it holds', () => {
    const bank = sampleBankJson();
    const one = bank.questions[0]!;
    bank.questions = Array.from({ length: BANK_FILE_LIMITS.maxQuestions + 1 }, (_, i) => ({
      ...one,
      id: `q-${i}`,
    }));
    const bytes = encode(bank);
    expect(bytes.length).toBeLessThan(BANK_FILE_LIMITS.maxBytes);
    expect(problemsOf(bytes)).toEqual([
      {
        file: 'bank.json',
        path: '$.questions',
        message: 'holds 10,001 questions; a bank may hold at most 10,000',
      },
    ]);
  });

  it('refuses nesting 100,000 deep without overflowing the stack', () => {
    const text = '['.repeat(100_000) + ']'.repeat(100_000);
    const [problem] = problemsOf(new TextEncoder().encode(text));
    expect(problem?.message).toMatch(/^is nested too deeply at line 1, column 33:/);
  });

  it('reports every schema, markup and blueprint problem of a file at once', () => {
    const bank = sampleBankJson();
    bank.questions[0]!.stem = '<b>bold</b>';
    bank.questions[1]!.difficulty = 9;
    const paths = problemsOf(encode(bank)).map((p) => p.path);
    expect(paths).toEqual(['$.questions[1].difficulty', '$.questions[0].stem']);
  });

  it.each(
    readdirSync(path.resolve(__dirname, '../../question-banks')).filter((f) => f.endsWith('.json')),
  )('imports the shipped bank %s as a user file', (name) => {
    const bytes = readFileSync(path.resolve(__dirname, '../../question-banks', name));
    const result = readBankFile(new Uint8Array(bytes), name);
    expect(result.ok ? '' : describeProblems(result.problems)).toBe('');
  });
});

describe('scanJson', () => {
  const random = seededRandom(7);
  const valid = JSON.stringify(sampleBankJson(), null, 1);

  it('agrees with JSON.parse on the sample bank cut, or with a character replaced, at random', () => {
    const junk = ['{', '}', '[', ']', ',', ':', '"', '\\', 'x', '0', '-', ' ', '\n', 'e'];
    for (let n = 0; n < 2000; n += 1) {
      const at = Math.floor(random() * valid.length);
      const text =
        n % 2 === 0
          ? valid.slice(0, at)
          : valid.slice(0, at) + junk[Math.floor(random() * junk.length)] + valid.slice(at + 1);
      let parses = true;
      try {
        JSON.parse(text);
      } catch {
        parses = false;
      }
      expect(scanJson(text, 32) === null, JSON.stringify(text.slice(at - 20, at + 20))).toBe(
        parses,
      );
    }
  });

  it('gives the line and column of the fault', () => {
    const text = '{\n  "a": 1,\n  "b": tru\n}';
    const problem = scanJson(text, 32);
    expect(problem && lineAndColumn(text, problem.offset)).toEqual({ line: 3, column: 8 });
  });
});

describe('firstInvalidUtf8Byte', () => {
  it('agrees with a strict TextDecoder on random bytes, and points at the first bad one', () => {
    const random = seededRandom(11);
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for (let n = 0; n < 3000; n += 1) {
      const bytes = new Uint8Array(1 + Math.floor(random() * 12)).map(() =>
        random() < 0.5 ? 0x41 : 0x80 + Math.floor(random() * 0x80),
      );
      let valid = true;
      try {
        decoder.decode(bytes);
      } catch {
        valid = false;
      }
      const at = firstInvalidUtf8Byte(bytes);
      expect(at === -1).toBe(valid);
      if (!valid) expect(() => decoder.decode(bytes.subarray(0, at))).not.toThrow();
    }
  });

  it('refuses surrogates and code points past U+10FFFF', () => {
    expect(firstInvalidUtf8Byte(new Uint8Array([0x41, 0xed, 0xa0, 0x80]))).toBe(1);
    expect(firstInvalidUtf8Byte(new Uint8Array([0xf4, 0x90, 0x80, 0x80]))).toBe(0);
    expect(firstInvalidUtf8Byte(new TextEncoder().encode('é€𝄞'))).toBe(-1);
  });
});

describe('markupProblems', () => {
  it.each([
    ['<script>alert(1)</script>', true],
    ['unclosed <script src=//evil.example', true],
    ['<a href="javascript:alert(1)', true],
    ['<IMG SRC=x OnError=alert(1)>', true],
    ['end of a paragraph</p>', true],
    ['<!-- a comment -->', true],
    ['<?xml version="1.0"?>', true],
    ['BMI < 18.5 and HbA1c <7%', false],
    ['x<y, a -> b, 3 > 2', false],
    ['a lesion <2 cm, >5 cm or = 3 cm', false],
  ])('%s → markup: %s', (text, isMarkup) => {
    expect(markupProblems({ title: text }).length > 0).toBe(isMarkup);
  });
});
