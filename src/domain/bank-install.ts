/**
 * Whether an imported bank may be installed beside what is there: a new id installs; a newer
 * version of an installed bank replaces it once the user confirms; the same or an older
 * version, another certification under the same id, or the id of a built-in bank is refused.
 */
import type { BankFacts } from './bank-summary';
import { compareBankVersions } from './bank-version';
import type { QuestionBank } from './question';

export type InstallRefusal =
  'built-in-id' | 'already-installed' | 'older-version' | 'other-certification';

export type InstallPlan =
  | { kind: 'new' }
  | { kind: 'replace'; installed: BankFacts }
  | { kind: 'refused'; reason: InstallRefusal; message: string };

/**
 * @example planInstall(bank, undefined, new Set(['cpc-core'])) // { kind: 'new' }
 */
export function planInstall(
  bank: Pick<QuestionBank, 'id' | 'title' | 'version' | 'certification'>,
  installed: BankFacts | undefined,
  builtInIds: ReadonlySet<string>,
): InstallPlan {
  const refuse = (reason: InstallRefusal, message: string): InstallPlan => ({
    kind: 'refused',
    reason,
    message,
  });
  if (builtInIds.has(bank.id)) {
    return refuse(
      'built-in-id',
      `the id "${bank.id}" belongs to a bank built into this app; give the imported bank another id`,
    );
  }
  if (!installed) return { kind: 'new' };
  if (installed.certification !== bank.certification) {
    return refuse(
      'other-certification',
      `a ${installed.certification} bank with the id "${bank.id}" is already installed; this file is a ${bank.certification} bank under the same id`,
    );
  }
  const order = compareBankVersions(bank.version, installed.version);
  if (order === 0) {
    return refuse(
      'already-installed',
      `"${installed.title}" version ${installed.version} (id "${bank.id}") is already installed`,
    );
  }
  if (order < 0) {
    return refuse(
      'older-version',
      `this file holds version ${bank.version} of "${bank.title}", older than the installed version ${installed.version}`,
    );
  }
  return { kind: 'replace', installed };
}
