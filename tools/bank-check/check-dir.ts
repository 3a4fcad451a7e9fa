/** Checks every *.json bank in a folder, with the code tables in its codesets/ subfolder. */
import path from 'node:path';
import type { QuestionBank } from '../../src/domain/question';
import { checkBank, crossBankDuplicateIds, type BankFault } from './check-bank';
import { loadCodeTables } from './code-tables';
import { formatSummary, summariseBank } from './summary';

export interface DirCheck {
  faults: BankFault[];
  summaries: string[];
  banks: { name: string; bank: QuestionBank }[];
}

export function checkBanksIn(
  dir: string,
  read: (file: string) => string,
  list: (dir: string) => string[],
): DirCheck {
  const tables = loadCodeTables(path.join(dir, 'codesets'));
  const faults: BankFault[] = [];
  const banks: { name: string; bank: QuestionBank }[] = [];
  const files = list(dir)
    .filter((name) => name.endsWith('.json'))
    .sort();
  for (const file of files) {
    const name = path.basename(file);
    let json: unknown;
    try {
      json = JSON.parse(read(path.join(dir, file)));
    } catch (error) {
      faults.push({ bank: name, reason: `not valid JSON: ${String(error)}` });
      continue;
    }
    const checked = checkBank(name, json, tables);
    faults.push(...checked.faults);
    if (checked.bank) banks.push({ name, bank: checked.bank });
  }
  faults.push(...crossBankDuplicateIds(banks));
  const summaries = banks.map(({ name, bank }) => formatSummary(name, bank, summariseBank(bank)));
  return { faults, summaries, banks };
}
