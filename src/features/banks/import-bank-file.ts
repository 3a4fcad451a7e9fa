/** Importing a bank file, apart from the screen: check all of it, then plan, then store. */
import { readBankFile } from '../../domain/bank-file';
import type { BankProblem } from '../../domain/bank-schema';
import type { BankFacts, InstalledBankSummary } from '../../domain/bank-summary';
import type { QuestionBank } from '../../domain/question';
import type { BankRepository } from '../../db/bank-repository';

export type ImportOutcome =
  | { kind: 'refused'; problems: BankProblem[] }
  /** A newer version of an installed bank: install it with `replace` once the user agrees. */
  | { kind: 'confirm-replace'; bank: QuestionBank; installed: BankFacts }
  | { kind: 'installed'; summary: InstalledBankSummary };

/** Nothing is stored unless the whole file passes and the bank may be installed. */
export async function importBankFile(
  bytes: Uint8Array,
  fileName: string,
  banks: BankRepository,
): Promise<ImportOutcome> {
  const result = readBankFile(bytes, fileName);
  if (!result.ok) return { kind: 'refused', problems: result.problems };
  const plan = await banks.plan(result.bank);
  if (plan.kind === 'refused') {
    return {
      kind: 'refused',
      problems: [{ file: fileName, path: '$.id', message: `${plan.message}; nothing was changed` }],
    };
  }
  if (plan.kind === 'replace') {
    return { kind: 'confirm-replace', bank: result.bank, installed: plan.installed };
  }
  return { kind: 'installed', summary: await banks.install(result.bank) };
}
