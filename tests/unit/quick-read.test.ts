import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { createBankRepository } from '../../src/db/bank-repository';
import { ExamDatabase, schemaV2 } from '../../src/db/database';
import { createQuickReads } from '../../src/db/quick-read';
import { createReviewCardRepository } from '../../src/db/review-card-repository';
import { finishAttempt } from '../../src/domain/attempt';
import { withTestDatabase } from '../support/database';
import { fixedClock, makeAttempt, makeBank, makeResponse, T0 } from '../support/factories';

const database = withTestDatabase();

describe('quick reads for Home (plain IndexedDB, no Dexie)', () => {
  it('see what the repositories wrote: attempts in progress, cards due, installed banks', async () => {
    const running = makeAttempt({ id: 'running' });
    const done = makeAttempt({ id: 'done', startedAt: T0 + 1 });
    await database.attempts.create(running);
    await database.attempts.create(done);
    const missed = [makeResponse({ attemptId: 'done', questionId: 'alpha-1', answer: 'A' })];
    await database.attempts.saveResponse(missed[0]!);
    await database.attempts.finish(finishAttempt(done, missed, 'submitted', T0 + 60_000));
    const bank = makeBank({ alpha: 2 }, { id: 'my-bank', title: 'My bank' });
    await createBankRepository(database.db, fixedClock(), new Set()).install(bank);
    database.db.close();

    const quick = createQuickReads(database.db.name);
    expect((await quick.inProgress()).map((a) => a.id)).toEqual(['running']);
    const cards = createReviewCardRepository(new ExamDatabase(database.db.name));
    const until = T0 + 86_400_000 * 365;
    expect(await quick.due(until)).toEqual(await cards.due(until));
    expect((await quick.due(until)).map((c) => c.questionId)).toEqual(['alpha-1']);
    expect(await quick.due(T0 - 1)).toEqual([]);
    expect((await quick.installedBanks()).map((b) => [b.id, b.questionCount])).toEqual([
      ['my-bank', 2],
    ]);
  });

  it('do not create a database that does not exist yet', async () => {
    const name = `absent-${crypto.randomUUID()}`;
    const quick = createQuickReads(name);
    expect(await quick.inProgress()).toEqual([]);
    expect(await quick.installedBanks()).toEqual([]);
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name);
  });

  it('read an older database without the stores later versions add, and let Dexie upgrade it', async () => {
    const name = `v2-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    old.version(2).stores(schemaV2);
    await old.table('attempts').add(makeAttempt({ id: 'from-v2' }));
    old.close();
    const quick = createQuickReads(name);
    expect((await quick.inProgress()).map((a) => a.id)).toEqual(['from-v2']);
    expect(await quick.installedBanks()).toEqual([]);
    const current = new ExamDatabase(name);
    expect(await current.banks.count()).toBe(0); // the upgrade was not blocked
    expect((await quick.inProgress()).map((a) => a.id)).toEqual(['from-v2']);
    await current.delete();
  });
});
