import { describe, expect, it } from 'vitest';
import { createBackupRepository } from '../../src/db/backup-repository';
import { finishAttempt } from '../../src/domain/attempt';
import { buildBackup, mergeBackup } from '../../src/domain/backup';
import { validateBackup } from '../../src/domain/backup-schema';
import { describeProblems } from '../../src/domain/bank-schema';
import { createBankRepository } from '../../src/db/bank-repository';
import { withTestDatabase } from '../support/database';
import { EXAM_SPECS } from '../../src/domain/exam-spec';
import { fixedClock, makeAttempt, makeBank, makeResponse, T0 } from '../support/factories';

const attempt = makeAttempt();
const responses = [
  makeResponse({ questionId: 'alpha-1', answer: 'B', flagged: true }),
  makeResponse({ questionId: 'alpha-2', answer: 'C', struck: ['A'] }),
];
const finished = finishAttempt(attempt, responses, 'submitted', T0 + 60_000);
/** A bank a user imported; blueprint rules apply, so it declares every CPC domain. */
const importedBank = makeBank(
  Object.fromEntries(EXAM_SPECS.CPC.blueprint.map((d) => [d.domainId, 1])),
  { id: 'imported' },
);

describe('backup validation', () => {
  it('accepts a backup it built, through JSON and back', () => {
    const file: unknown = JSON.parse(
      JSON.stringify(
        buildBackup({ attempts: [finished], responses, reviewCards: [], banks: [] }, T0),
      ),
    );
    const result = validateBackup(file);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.backup.attempts[0]).toEqual(finished);
  });

  it('reports every problem with its place in the file', () => {
    const file = JSON.parse(
      JSON.stringify(
        buildBackup({ attempts: [finished], responses, reviewCards: [], banks: [] }, T0),
      ),
    ) as Record<string, unknown> & {
      attempts: Record<string, unknown>[];
      responses: Record<string, unknown>[];
    };
    file.attempts[0]!.status = 'finished';
    file.responses[1]!.flagged = 'yes';
    const result = validateBackup(file);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.map((p) => p.path)).toEqual([
        '$.attempts[0].status',
        '$.responses[1].flagged',
      ]);
    }
  });

  it('refuses a file that is not a backup, or from a backup version it cannot read', () => {
    expect(validateBackup({ hello: 'world' })).toMatchObject({ ok: false });
    const future = {
      ...buildBackup({ attempts: [], responses: [], reviewCards: [], banks: [] }, T0),
      version: 99,
    };
    const result = validateBackup(future);
    expect(result.ok ? [] : result.problems).toEqual([
      { path: '$.version', message: 'must be 1 or 2 (the backup versions this app reads)' },
    ]);
  });
});

describe('merging a backup', () => {
  it('adds what is missing, keeps what is here, and prefers a finished copy of an unfinished attempt', () => {
    const here = { attempts: [attempt], responses: [responses[0]!], reviewCards: [], banks: [] };
    const file = {
      attempts: [finished, makeAttempt({ id: 'other' })],
      responses: [responses[0]!, { ...responses[1]! }],
      reviewCards: [],
      banks: [],
    };
    const toWrite = mergeBackup(here, file);
    expect(toWrite.attempts.map((a) => a.id)).toEqual(['attempt-1', 'other']);
    expect(toWrite.responses.map((r) => r.questionId)).toEqual(['alpha-2']);
    expect(
      mergeBackup({ ...here, attempts: [finished] }, { ...file, attempts: [attempt] }).attempts,
    ).toEqual([]);
  });
});

describe('backup in the database', () => {
  const database = withTestDatabase();

  it('exports everything, restores it into an empty database, and importing twice changes nothing', async () => {
    await database.attempts.create(attempt);
    for (const r of responses) await database.attempts.saveResponse(r);
    await database.attempts.finish(finishAttempt(attempt, responses, 'submitted', T0 + 60_000));
    await createBankRepository(database.db, fixedClock(), new Set()).install(importedBank);
    const backup = createBackupRepository(database.db);
    const file = await backup.exportAll(T0 + 120_000);
    expect(file.version).toBe(2);
    expect(file.attempts).toHaveLength(1);
    expect(file.responses).toHaveLength(2);
    expect(file.reviewCards.map((c) => c.questionId)).toEqual(['alpha-2']);
    expect(file.banks).toEqual([{ installedAt: T0, bank: importedBank }]);

    await Promise.all(database.db.tables.map((table) => table.clear()));
    const fromJson = validateBackup(JSON.parse(JSON.stringify(file)));
    if (!fromJson.ok) throw new Error(describeProblems(fromJson.problems));
    expect(await backup.importBackup(fromJson.backup)).toEqual({
      attempts: 1,
      responses: 2,
      reviewCards: 1,
      banks: 1,
      unchanged: 0,
    });
    expect(await backup.importBackup(file)).toEqual({
      attempts: 0,
      responses: 0,
      reviewCards: 0,
      banks: 0,
      unchanged: 5,
    });
    const again = await backup.exportAll(T0 + 120_000);
    expect(again).toEqual(file);
    // History reads summaries: the restored attempt has one, with its score.
    expect(await database.attempts.summaries()).toMatchObject([
      { attemptId: attempt.id, status: 'submitted', score: { correct: 1 } },
    ]);
  });

  it('imports a file from an older backup version (1, before banks were kept)', async () => {
    // A version 1 file as the app wrote it before banks were kept: no `banks` at all.
    const v1File = {
      format: 'coding-exam-simulator-backup',
      version: 1,
      exportedAt: T0,
      attempts: [finished],
      responses,
      reviewCards: [],
    };
    const result = validateBackup(JSON.parse(JSON.stringify(v1File)));
    if (!result.ok) throw new Error(describeProblems(result.problems));
    expect(result.backup.banks).toEqual([]);
    const report = await createBackupRepository(database.db).importBackup(result.backup);
    expect(report).toEqual({ attempts: 1, responses: 2, reviewCards: 0, banks: 0, unchanged: 0 });
    expect(await database.db.attempts.get(finished.id)).toEqual(finished);
  });

  it('keeps the newer of two versions of a bank, and never restores a bank under a built-in id', async () => {
    const banks = createBankRepository(database.db, fixedClock(), new Set());
    await banks.install({ ...importedBank, version: '1.1.0' });
    const file = { attempts: [], responses: [], reviewCards: [] };
    const backup = createBackupRepository(database.db, new Set(['cpc-core']));
    const older = { installedAt: T0, bank: importedBank };
    const newer = { installedAt: T0, bank: { ...importedBank, version: '1.2.0' } };
    const builtIn = { installedAt: T0, bank: { ...importedBank, id: 'cpc-core' } };
    expect(await backup.importBackup({ ...file, banks: [older, builtIn] })).toMatchObject({
      banks: 0,
      unchanged: 2,
    });
    expect(await backup.importBackup({ ...file, banks: [newer] })).toMatchObject({ banks: 1 });
    expect((await banks.summaries()).map((b) => `${b.id} ${b.version}`)).toEqual([
      'imported 1.2.0',
    ]);
  });
});

describe('banks in a backup file', () => {
  it('are held to the rules of a bank file: no markup', () => {
    const file = JSON.parse(
      JSON.stringify(
        buildBackup(
          {
            attempts: [],
            responses: [],
            reviewCards: [],
            banks: [
              { installedAt: T0, bank: { ...importedBank, title: '<img src=x onerror=alert(1)>' } },
            ],
          },
          T0,
        ),
      ),
    ) as unknown;
    const result = validateBackup(file);
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual(['$.banks[0].bank.title']);
  });
});
