/**
 * `npm run banks:check`: checks every bank in question-banks/ (schema, content, codes
 * against the official tables) and prints a summary per bank. Exits 1 on any fault.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkBanksIn } from './bank-check/check-dir';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.resolve(process.argv[2] ?? path.join(root, 'question-banks'));
const result = checkBanksIn(dir, (file) => readFileSync(file, 'utf8'), readdirSync);

for (const summary of result.summaries) console.log(`${summary}\n`);
if (result.faults.length > 0) {
  console.error(`${result.faults.length} fault(s):`);
  for (const f of result.faults)
    console.error(`  ${f.bank}: ${f.questionId ?? '(bank)'}: ${f.reason}`);
  process.exit(1);
}
console.log(`All ${result.summaries.length} bank(s) pass.`);
