/** Export and import of the backup file. Both run in one transaction over all the tables. */
import { summariesOf } from '../domain/attempt-summary';
import { buildBackup, mergeBackup, type Backup, type BackupContents } from '../domain/backup';
import type { ExamDatabase } from './database';

export interface ImportReport {
  attempts: number;
  responses: number;
  reviewCards: number;
  /** Records in the file that were already here (or older than what is here). */
  unchanged: number;
}

export interface BackupRepository {
  exportAll(now: number): Promise<Backup>;
  importBackup(backup: BackupContents): Promise<ImportReport>;
}

export function createBackupRepository(db: ExamDatabase): BackupRepository {
  return {
    exportAll: (now) =>
      db.transaction('r', db.attempts, db.responses, db.reviewCards, async () =>
        buildBackup(
          {
            attempts: await db.attempts.toArray(),
            responses: await db.responses.toArray(),
            reviewCards: await db.reviewCards.toArray(),
          },
          now,
        ),
      ),

    importBackup: (incoming) =>
      db.transaction(
        'rw',
        [db.attempts, db.attemptSummaries, db.responses, db.reviewCards],
        async () => {
          const present = <T>(rows: (T | undefined)[]) =>
            rows.filter((row): row is T => row !== undefined);
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
          };
          const toWrite = mergeBackup(existing, incoming);
          await db.attempts.bulkPut(toWrite.attempts);
          await db.responses.bulkPut(toWrite.responses);
          await db.reviewCards.bulkPut(toWrite.reviewCards);
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
          const total =
            incoming.attempts.length + incoming.responses.length + incoming.reviewCards.length;
          const written =
            toWrite.attempts.length + toWrite.responses.length + toWrite.reviewCards.length;
          return {
            attempts: toWrite.attempts.length,
            responses: toWrite.responses.length,
            reviewCards: toWrite.reviewCards.length,
            unchanged: total - written,
          };
        },
      ),
  };
}
