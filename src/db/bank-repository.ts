/**
 * Imported question banks: a summary row and the bank's contents, written together in one
 * transaction, so a bank is either fully installed or not at all.
 */
import { planInstall, type InstallPlan, type InstallRefusal } from '../domain/bank-install';
import { bankFacts, type InstalledBankSummary } from '../domain/bank-summary';
import type { QuestionBank } from '../domain/question';
import type { Clock } from '../lib/system-clock';
import type { ExamDatabase } from './database';

export class BankInstallError extends Error {
  constructor(
    readonly reason: InstallRefusal | 'needs-confirmation',
    message: string,
  ) {
    super(message);
    this.name = 'BankInstallError';
  }
}

export interface BankRepository {
  /** Every installed bank's summary, by certification then title. */
  summaries(): Promise<InstalledBankSummary[]>;
  load(id: string): Promise<QuestionBank | undefined>;
  /** What installing this bank would do; the UI asks before a replacement. */
  plan(bank: QuestionBank): Promise<InstallPlan>;
  /**
   * Installs a validated bank. Throws BankInstallError when refused, or when it would replace
   * an installed version and `replace` was not given.
   */
  install(bank: QuestionBank, options?: { replace?: boolean }): Promise<InstalledBankSummary>;
}

export function createBankRepository(
  db: ExamDatabase,
  clock: Clock,
  builtInIds: ReadonlySet<string>,
): BankRepository {
  return {
    async summaries() {
      const rows = await db.banks.toArray();
      return rows.sort(
        (a, b) => a.certification.localeCompare(b.certification) || a.title.localeCompare(b.title),
      );
    },
    load: async (id) => (await db.bankContents.get(id))?.bank,
    plan: async (bank) => planInstall(bank, await db.banks.get(bank.id), builtInIds),
    install: (bank, { replace = false } = {}) =>
      db.transaction('rw', db.banks, db.bankContents, async () => {
        // Planned again inside the transaction: another tab may have installed meanwhile.
        const plan = planInstall(bank, await db.banks.get(bank.id), builtInIds);
        if (plan.kind === 'refused') throw new BankInstallError(plan.reason, plan.message);
        if (plan.kind === 'replace' && !replace) {
          throw new BankInstallError(
            'needs-confirmation',
            `version ${plan.installed.version} of "${plan.installed.title}" is installed; replacing it needs confirmation`,
          );
        }
        const summary: InstalledBankSummary = {
          ...bankFacts(bank),
          origin: 'installed',
          installedAt: clock.now(),
        };
        await db.banks.put(summary);
        await db.bankContents.put({ id: bank.id, bank });
        return summary;
      }),
  };
}
