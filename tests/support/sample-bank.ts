import { readFileSync } from 'node:fs';
import path from 'node:path';

const file = path.resolve(__dirname, '../fixtures/sample-bank.json');

/** The small valid CCS bank of tests/fixtures/sample-bank.json, parsed afresh to change freely. */
export function sampleBankJson(): Record<string, unknown> & {
  version: string;
  title: string;
  questions: Record<string, unknown>[];
} {
  return JSON.parse(readFileSync(file, 'utf8')) as ReturnType<typeof sampleBankJson>;
}

export const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
