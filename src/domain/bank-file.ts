/**
 * Reads a question-bank file a user chose, trusting nothing in it. Each check runs before the
 * next costs anything: size before decoding, encoding before parsing, nesting before
 * JSON.parse, the question count before the schema, then the schema and the import rules.
 * Every problem names the file and the place in it.
 */
import { certificationProblems, markupProblems } from './bank-import-rules';
import { validateBank, type BankProblem } from './bank-schema';
import { scanJson, lineAndColumn } from './json-scan';
import type { QuestionBank } from './question';
import { firstInvalidUtf8Byte } from './utf8';

export const BANK_FILE_LIMITS = {
  /** About 30 times the largest shipped bank. */
  maxBytes: 20 * 1024 * 1024,
  maxQuestions: 10_000,
  /** Objects and arrays inside each other; a bank needs 5. */
  maxDepth: 32,
} as const;

export type BankFileResult =
  { ok: true; bank: QuestionBank } | { ok: false; problems: BankProblem[] };

const MB = 1024 * 1024;

function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** The size check on its own, so a caller can refuse a huge file before reading it. */
export function fileSizeProblem(size: number, fileName: string): BankProblem | null {
  if (size <= BANK_FILE_LIMITS.maxBytes) return null;
  return {
    file: fileName,
    path: '$',
    message: `the file is ${(size / MB).toFixed(1)} MB (${thousands(size)} bytes); the largest bank this app imports is ${BANK_FILE_LIMITS.maxBytes / MB} MB`,
  };
}

/**
 * Decodes, parses and validates a bank file.
 * @example readBankFile(new TextEncoder().encode('{'), 'bank.json') // { ok: false, problems: [{ file: 'bank.json', path: '$', message: 'is not valid JSON at line 1, column 2: …' }] }
 */
export function readBankFile(bytes: Uint8Array, fileName: string): BankFileResult {
  const fail = (problems: BankProblem[]): BankFileResult => ({
    ok: false,
    problems: problems.map((p) => ({ ...p, file: fileName })),
  });
  const whole = (message: string) => fail([{ path: '$', message }]);

  const tooBig = fileSizeProblem(bytes.length, fileName);
  if (tooBig) return fail([tooBig]);
  if (bytes.length === 0) return whole('the file is empty');
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return whole(
      'the file is UTF-16 text (it starts with a UTF-16 byte order mark); save it as UTF-8',
    );
  if (bytes.length >= 2 && (bytes[0] === 0 || bytes[1] === 0))
    return whole('the file looks like UTF-16 text (it holds zero bytes); save it as UTF-8');
  // Windows Notepad starts UTF-8 files with a byte order mark; it is not part of the JSON.
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    const at = firstInvalidUtf8Byte(body) + (hasBom ? 3 : 0);
    return whole(
      `the file is not UTF-8 text: byte ${thousands(at)} (0x${(bytes[at] ?? 0).toString(16).padStart(2, '0')}) is not valid UTF-8; save it as UTF-8`,
    );
  }
  if (text.trim() === '') return whole('the file is empty (it holds only spaces)');

  const scanned = scanJson(text, BANK_FILE_LIMITS.maxDepth);
  if (scanned) {
    const { line, column } = lineAndColumn(text, scanned.offset);
    const what = scanned.kind === 'depth' ? 'is nested too deeply' : 'is not valid JSON';
    return whole(`${what} at line ${line}, column ${column}: ${scanned.message}`);
  }
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    // The scan above accepts only what JSON.parse accepts; this is a safety net.
    return whole(`is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    const found = input === null ? 'null' : Array.isArray(input) ? 'an array' : `a ${typeof input}`;
    return whole(`must be a JSON object holding one question bank, but the file holds ${found}`);
  }
  const questions = (input as { questions?: unknown }).questions;
  if (Array.isArray(questions) && questions.length > BANK_FILE_LIMITS.maxQuestions) {
    return fail([
      {
        path: '$.questions',
        message: `holds ${thousands(questions.length)} questions; a bank may hold at most ${thousands(BANK_FILE_LIMITS.maxQuestions)}`,
      },
    ]);
  }

  const validation = validateBank(input);
  const markup = markupProblems(input);
  if (!validation.ok) return fail([...validation.problems, ...markup]);
  const problems = [...markup, ...certificationProblems(validation.bank)];
  return problems.length > 0 ? fail(problems) : validation;
}
