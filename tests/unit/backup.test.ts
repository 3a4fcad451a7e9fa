import { describe, expect, it } from 'vitest';
import { createBackupRepository } from '../../src/db/backup-repository';
import { finishAttempt } from '../../src/domain/attempt';
import { buildBackup, mergeBackup, validateBackup } from '../../src/domain/backup';
import { withTestDatabase } from '../support/database';
import { makeAttempt, makeResponse, T0 } from '../support/factories';

const attempt = makeAttempt();
const responses = [
  makeResponse({ questionId: 'alpha-1', answer: 'B', flagged: true }),
  makeResponse({ questionId: 'alpha-2', answer: 'C', struck: ['A'] }),
];
const finished = finishAttempt(attempt, responses, 'submitted', T0 + 60_000);

describe('backup validation', () => {
  it('accepts a backup it built, through JSON and back', () => {
    const file: unknown = JSON.parse(
      JSON.stringify(buildBackup({ attempts: [finished], responses, reviewCards: [] }, T0)),
    );
    const result = validateBackup(file);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.backup.attempts[0]).toEqual(finished);
  });

  it('reports every problem with its place in the file', () => {
    const file = JSON.parse(
      JSON.stringify(buildBackup({ attempts: [finished], responses, reviewCards: [] }, T0)),
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
      ...buildBackup({ attempts: [], responses: [], reviewCards: [] }, T0),
      version: 99,
    };
    const result = validateBackup(future);
    expect(result.ok ? [] : result.problems).toEqual([
      { path: '$.version', message: 'must be 1 (the backup version this app reads)' },
    ]);
  });
});

describe('merging a backup', () => {
  it('adds what is missing, keeps what is here, and prefers a finished copy of an unfinished attempt', () => {
    const here = { attempts: [attempt], responses: [responses[0]!], reviewCards: [] };
    const file = {
      attempts: [finished, makeAttempt({ id: 'other' })],
      responses: [responses[0]!, { ...responses[1]! }],
      reviewCards: [],
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
    const backup = createBackupRepository(database.db);
    const file = await backup.exportAll(T0 + 120_000);
    expect(file.attempts).toHaveLength(1);
    expect(file.responses).toHaveLength(2);
    expect(file.reviewCards.map((c) => c.questionId)).toEqual(['alpha-2']);

    await Promise.all([
      database.db.attempts.clear(),
      database.db.responses.clear(),
      database.db.reviewCards.clear(),
      database.db.attemptSummaries.clear(),
    ]);
    expect(await backup.importBackup(file)).toEqual({
      attempts: 1,
      responses: 2,
      reviewCards: 1,
      unchanged: 0,
    });
    expect(await backup.importBackup(file)).toEqual({
      attempts: 0,
      responses: 0,
      reviewCards: 0,
      unchanged: 4,
    });
    const again = await backup.exportAll(T0 + 120_000);
    expect(again).toEqual(file);
    // History reads summaries: the restored attempt has one, with its score.
    expect(await database.attempts.summaries()).toMatchObject([
      { attemptId: attempt.id, status: 'submitted', score: { correct: 1 } },
    ]);
  });
});
