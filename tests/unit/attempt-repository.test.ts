import { describe, expect, it } from 'vitest';
import {
  AttemptNotInProgressError,
  AttemptTakenOverError,
  createAttemptRepository,
} from '../../src/db/attempt-repository';
import { Dexie } from 'dexie';
import { ExamDatabase, schemaV2 } from '../../src/db/database';
import { finishAttempt } from '../../src/domain/attempt';
import { expireOverdueAttempts } from '../../src/features/exam-room/expire-overdue';
import { fixedClock, makeAttempt, makeResponse, T0 } from '../support/factories';
import { withTestDatabase } from '../support/database';

const database = withTestDatabase();

describe('attempt repository', () => {
  it('stores an attempt with its question snapshot and reads it back', async () => {
    const repo = createAttemptRepository(database.db);
    const attempt = makeAttempt();
    await repo.create(attempt);
    expect(await repo.get(attempt.id)).toEqual(attempt);
    expect(await repo.inProgress()).toHaveLength(1);
  });

  it('keeps every response, overwriting the same question', async () => {
    const repo = createAttemptRepository(database.db);
    await repo.create(makeAttempt());
    await repo.saveResponse(makeResponse({ questionId: 'alpha-1', answer: 'A' }));
    await repo.saveResponse(
      makeResponse({ questionId: 'alpha-1', answer: 'C', flagged: true, struck: ['B'] }),
    );
    await repo.saveResponse(makeResponse({ questionId: 'beta-2', answer: 'D' }));
    const responses = await repo.responses('attempt-1');
    expect(responses).toHaveLength(2);
    expect(responses.find((r) => r.questionId === 'alpha-1')).toMatchObject({
      answer: 'C',
      flagged: true,
      struck: ['B'],
    });
  });

  it('a reopened database still has every response (nothing is held only in memory)', async () => {
    const repo = createAttemptRepository(database.db);
    await repo.create(makeAttempt());
    await repo.saveResponse(makeResponse({ questionId: 'alpha-2', answer: 'B', flagged: true }));
    await repo.saveNavigation('attempt-1', 3, null);
    database.db.close();
    const reopened = new ExamDatabase(database.db.name);
    const again = createAttemptRepository(reopened);
    expect(await again.responses('attempt-1')).toEqual([
      makeResponse({ questionId: 'alpha-2', answer: 'B', flagged: true }),
    ]);
    expect((await again.get('attempt-1'))?.currentIndex).toBe(3);
    reopened.close();
  });

  it('refuses answers to a finished attempt and never finishes it twice', async () => {
    const repo = createAttemptRepository(database.db);
    const attempt = makeAttempt();
    await repo.create(attempt);
    const first = await repo.finish(finishAttempt(attempt, [], 'submitted', T0 + 1000));
    const second = await repo.finish(finishAttempt(attempt, [], 'timed-out', T0 + 9_000_000));
    expect(second).toEqual(first);
    expect((await repo.get(attempt.id))?.status).toBe('submitted');
    await expect(
      repo.saveResponse(makeResponse({ questionId: 'alpha-1', answer: 'A' })),
    ).rejects.toBeInstanceOf(AttemptNotInProgressError);
    expect(await repo.responses(attempt.id)).toEqual([]);
  });

  it('after a claim, refuses every write stamped by another tab', async () => {
    const repo = createAttemptRepository(database.db);
    await repo.create(makeAttempt());
    await repo.claim('attempt-1', 'tab-a');
    const a = { holderId: 'tab-a', at: T0 + 1000 };
    const b = { holderId: 'tab-b', at: T0 + 2000 };
    await repo.saveResponse(makeResponse({ questionId: 'alpha-1', answer: 'A' }), a);
    expect((await repo.claim('attempt-1', 'tab-b')).holderId).toBe('tab-b');
    const refused = [
      repo.saveResponse(makeResponse({ questionId: 'alpha-1', answer: 'C' }), a),
      repo.saveNavigation('attempt-1', 4, null, a),
      repo.savePause('attempt-1', T0, 0, a),
      repo.markTime('attempt-1', a),
    ];
    for (const write of refused) await expect(write).rejects.toBeInstanceOf(AttemptTakenOverError);
    expect(await repo.responses('attempt-1')).toEqual([
      makeResponse({ questionId: 'alpha-1', answer: 'A' }),
    ]);
    await repo.saveNavigation('attempt-1', 2, null, b);
    expect((await repo.get('attempt-1'))?.currentIndex).toBe(2);
  });

  it('keeps the latest exam-clock time a write was stamped with', async () => {
    const repo = createAttemptRepository(database.db);
    await repo.create(makeAttempt());
    await repo.claim('attempt-1', 'tab-a');
    await repo.markTime('attempt-1', { holderId: 'tab-a', at: T0 + 9000 });
    await repo.saveNavigation('attempt-1', 1, null, { holderId: 'tab-a', at: T0 + 5000 });
    expect(await repo.get('attempt-1')).toMatchObject({ seenAt: T0 + 9000, currentIndex: 1 });
  });

  it('lists attempt summaries newest first', async () => {
    const repo = createAttemptRepository(database.db);
    await repo.create(makeAttempt({ id: 'old', startedAt: T0 }));
    await repo.create(makeAttempt({ id: 'new', startedAt: T0 + 1000 }));
    expect((await repo.summaries()).map((s) => s.attemptId)).toEqual(['new', 'old']);
  });
});

describe('attempt summaries', () => {
  it('are written with the attempt and updated, score included, when it finishes', async () => {
    const repo = createAttemptRepository(database.db);
    const attempt = makeAttempt();
    await repo.create(attempt);
    expect(await repo.summaries()).toMatchObject([
      { attemptId: attempt.id, status: 'in-progress', score: null },
    ]);
    await repo.saveResponse(makeResponse({ questionId: 'alpha-1', answer: 'B' }));
    await repo.finish(
      finishAttempt(attempt, await repo.responses(attempt.id), 'submitted', T0 + 60_000),
    );
    const [summary] = await repo.summaries();
    expect(summary).toMatchObject({ status: 'submitted', timeUsedMs: 60_000 });
    expect(summary?.score).toMatchObject({ correct: 1, total: 5 });
  });

  it('tell which questions the mocks of a certification have shown, without loading them all', async () => {
    const repo = createAttemptRepository(database.db);
    const mock = makeAttempt({ id: 'mock' });
    const drill = makeAttempt({
      id: 'drill',
      mode: 'drill',
      questions: [{ ...mock.questions[0]!, id: 'drill-only' }],
    });
    const other = makeAttempt({
      id: 'cca',
      certification: 'CCA',
      questions: [{ ...mock.questions[0]!, id: 'cca-only' }],
    });
    const older = makeAttempt({ id: 'older', questions: [{ ...mock.questions[0]!, id: 'old-q' }] });
    for (const a of [mock, drill, other, older]) await repo.create(a);
    // A summary written before summaries carried question ids: the attempt is read instead.
    const { questionIds, ...withoutIds } = (await database.db.attemptSummaries.get('older'))!;
    expect(questionIds).toEqual(['old-q']);
    await database.db.attemptSummaries.put(withoutIds);

    const seen = await repo.seenInMocks('CPC');
    expect([...seen].sort()).toEqual([...mock.questions.map((q) => q.id), 'old-q'].sort());
  });

  it('are built for every attempt when a version 2 database is opened', async () => {
    const name = `v2-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    old.version(2).stores(schemaV2);
    const finished = finishAttempt(
      makeAttempt({ id: 'from-v2' }),
      [makeResponse({ attemptId: 'from-v2', questionId: 'beta-1', answer: 'B' })],
      'submitted',
      T0 + 1000,
    );
    await old.table('attempts').bulkAdd([finished, makeAttempt({ id: 'running' })]);
    await old
      .table('responses')
      .add(makeResponse({ attemptId: 'from-v2', questionId: 'beta-1', answer: 'B' }));
    old.close();
    const current = new ExamDatabase(name);
    const repo = createAttemptRepository(current);
    expect((await repo.get('from-v2'))?.questions).toHaveLength(5);
    expect(await repo.responses('from-v2')).toHaveLength(1);
    const summaries = await repo.summaries();
    expect(summaries.map((s) => [s.attemptId, s.status, s.score?.correct ?? null]).sort()).toEqual([
      ['from-v2', 'submitted', 1],
      ['running', 'in-progress', null],
    ]);
    await current.delete();
  });
});

describe('expireOverdueAttempts', () => {
  it('submits, as timed out and dated at its deadline, an attempt whose time ran out while closed', async () => {
    const repo = createAttemptRepository(database.db);
    const overdue = makeAttempt({ id: 'attempt-1', deadlineAt: T0 + 3_600_000 });
    const running = makeAttempt({ id: 'running', deadlineAt: T0 + 10 * 3_600_000 });
    await repo.create(overdue);
    await repo.create(running);
    await repo.saveResponse(makeResponse({ questionId: 'alpha-1', answer: 'B' }));
    const clock = fixedClock(T0 + 5 * 3_600_000);
    expect(await expireOverdueAttempts(repo, clock)).toBe(1);
    const stored = await repo.get('attempt-1');
    expect(stored).toMatchObject({ status: 'timed-out', submittedAt: T0 + 3_600_000 });
    expect(stored?.score).toMatchObject({ correct: 1, total: 5, unanswered: 4 });
    expect((await repo.get('running'))?.status).toBe('in-progress');
    expect(await repo.responses('attempt-1')).toHaveLength(1);
  });
});
