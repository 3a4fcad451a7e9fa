/**
 * The question banks: the shipped ones, each its own lazily loaded chunk so the first page
 * downloads none of them (Home reads only the build-time summary, virtual:bank-catalog), and
 * the ones a user imported, read from the database.
 */
import catalog from 'virtual:bank-catalog';
import type { BankSummary, BuiltInBankSummary } from '../domain/bank-summary';
import type { Certification } from '../domain/certification';
import type { QuestionBank } from '../domain/question';
import type { BankRepository } from '../db/bank-repository';

const loaders = import.meta.glob<unknown>('/question-banks/*.json', { import: 'default' });

export const bankCatalog: readonly BuiltInBankSummary[] = catalog;

/** Ids an imported bank may not take. */
export const builtInBankIds: ReadonlySet<string> = new Set(bankCatalog.map((bank) => bank.id));

export function builtInBanksFor(certification: Certification): BuiltInBankSummary[] {
  return bankCatalog.filter((bank) => bank.certification === certification);
}

/** Loads and validates one shipped bank. */
export async function loadBuiltInBank(summary: BuiltInBankSummary): Promise<QuestionBank> {
  const load = loaders[summary.file];
  if (!load) throw new Error(`Question bank ${summary.file} is not part of this build.`);
  const [data, { validateBank, describeProblems }] = await Promise.all([
    load(),
    import('../domain/bank-schema'),
  ]);
  const result = validateBank(data);
  if (!result.ok) {
    throw new Error(
      `Question bank ${summary.file} is not valid:\n${describeProblems(result.problems.slice(0, 10))}`,
    );
  }
  return result.bank;
}

/** Loads any bank: a shipped one from its chunk, an imported one from the database. */
export function createBankLoader(
  installed: Pick<BankRepository, 'load'>,
): (summary: BankSummary) => Promise<QuestionBank> {
  return async (summary) => {
    if (summary.origin === 'built-in') return loadBuiltInBank(summary);
    const bank = await installed.load(summary.id);
    if (!bank) throw new Error(`Question bank "${summary.title}" is no longer installed.`);
    return bank;
  };
}
