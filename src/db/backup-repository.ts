/** Export and import of the backup file. Both run in one transaction over every table. */
import {
  buildBackup,
  mergeBackup,
  type Backup,
  type BackupBank,
  type BackupContents,
} from '../domain/backup';
import { summariesOf } from '../domain/attempt-summary';
import { bankFacts } from '../domain/bank-summary';
import type { ExamDatabase } from './database';

export interface ImportReport {
  attempts: number;
  responses: number;
  reviewCards: number;
  banks: number;
  /** Records in the file that were already here (or older than what is here). */
  unchanged: number;
}

export interface BackupRepository {
  exportAll(now: number): Promise<Backup>;
  importBackup(backup: BackupContents): Promise<ImportReport>;
}

const present = <T>(rows: (T | undefined)[]) => rows.filter((row): row is T => row !== undefined);

export function createBackupRepository(
  db: ExamDatabase,
  builtInBankIds: ReadonlySet<string> = new Set(),
): BackupRepository {
  const tables = [
    db.attempts,
    db.attemptSummaries,
    db.responses,
    db.reviewCards,
    db.banks,
    db.bankContents,
  ];

  async function banksWithIds(ids: string[]): Promise<BackupBank[]> {
    const summaries = await db.banks.bulkGet(ids);
    const contents = await db.bankContents.bulkGet(ids);
    return present(
      summaries.map((summary, k) => {
        const bank = contents[k]?.bank;
        return summary && bank ? { installedAt: summary.installedAt, bank } : undefined;
      }),
    );
  }

  return {
    exportAll: (now) =>
      db.transaction('r', tables, async () =>
        buildBackup(
          {
            attempts: await db.attempts.toArray(),
            responses: await db.responses.toArray(),
            reviewCards: await db.reviewCards.toArray(),
            banks: await banksWithIds(await db.banks.toCollection().primaryKeys()),
          },
          now,
        ),
      ),

    importBackup: (incoming) =>
      db.transaction('rw', tables, async () => {
        const existing: BackupContents = {
          attempts: present(await db.attempts.bulkGet(incoming.attempts.map((a) => a.id))),
          responses: present(
            await db.responses.bulkGet(
              incoming.responses.map((r) => [r.attemptId, r.questionId] as [string, string]),
            ),
          ),
          reviewCards: present(
            await db.reviewCards.bulkGet(incoming.reviewCards.map((c) => c.questionId)),
          ),
          banks: await banksWithIds(incoming.banks.map((b) => b.bank.id)),
        };
        const toWrite = mergeBackup(existing, incoming, builtInBankIds);
        await db.attempts.bulkPut(toWrite.attempts);
        await db.responses.bulkPut(toWrite.responses);
        await db.reviewCards.bulkPut(toWrite.reviewCards);
        await db.banks.bulkPut(
          toWrite.banks.map(({ bank, installedAt }) => ({
            ...bankFacts(bank),
            origin: 'installed' as const,
            installedAt,
          })),
        );
        await db.bankContents.bulkPut(toWrite.banks.map(({ bank }) => ({ id: bank.id, bank })));
        // Summaries are derived: recompute them for every attempt the file touched.
        const touched = [
          ...new Set([
            ...toWrite.attempts.map((a) => a.id),
            ...toWrite.responses.map((r) => r.attemptId),
          ]),
        ];
        const attempts = present(await db.attempts.bulkGet(touched));
        const responses = await db.responses.where('attemptId').anyOf(touched).toArray();
        await db.attemptSummaries.bulkPut(summariesOf(attempts, responses));
        const count = (c: BackupContents) =>
          c.attempts.length + c.responses.length + c.reviewCards.length + c.banks.length;
        return {
          attempts: toWrite.attempts.length,
          responses: toWrite.responses.length,
          reviewCards: toWrite.reviewCards.length,
          banks: toWrite.banks.length,
          unchanged: count(incoming) - count(toWrite),
        };
      }),
  };
}
