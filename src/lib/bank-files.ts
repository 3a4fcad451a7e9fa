/**
 * The shipped question banks. Each file is its own lazily loaded chunk, so the first page
 * downloads none of them; Home reads only the build-time summary (virtual:bank-catalog).
 */
import catalog from 'virtual:bank-catalog';
import type { BankSummary } from '../domain/bank-summary';
import type { Certification } from '../domain/certification';
import type { QuestionBank } from '../domain/question';

const loaders = import.meta.glob<unknown>('/question-banks/*.json', { import: 'default' });

export const bankCatalog: readonly BankSummary[] = catalog;

export function banksFor(certification: Certification): BankSummary[] {
  return bankCatalog.filter((bank) => bank.certification === certification);
}

/** Loads and validates one shipped bank. */
export async function loadBank(summary: BankSummary): Promise<QuestionBank> {
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
