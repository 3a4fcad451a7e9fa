/** The shipped question banks, read from question-banks/ and validated by the app's own schema. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeProblems, validateBank } from '../src/domain/bank-schema';
import type { Certification } from '../src/domain/certification';
import type { QuestionBank } from '../src/domain/question';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function loadShippedBank(certification: Certification): QuestionBank {
  const file = path.join(root, 'question-banks', `${certification.toLowerCase()}.json`);
  const result = validateBank(JSON.parse(readFileSync(file, 'utf8')));
  if (!result.ok)
    throw new Error(`${file} is not a valid bank:\n${describeProblems(result.problems)}`);
  return result.bank;
}
