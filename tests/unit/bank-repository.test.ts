import { Dexie } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { BankInstallError, createBankRepository } from '../../src/db/bank-repository';
import { ExamDatabase, schemaV1, schemaV2, schemaV3 } from '../../src/db/database';
import { summariseAttempt } from '../../src/domain/attempt-summary';
import { finishAttempt } from '../../src/domain/attempt';
import { planInstall } from '../../src/domain/bank-install';
import { bankFacts } from '../../src/domain/bank-summary';
import { compareBankVersions } from '../../src/domain/bank-version';
import type { QuestionBank } from '../../src/domain/question';
import { scheduleReview } from '../../src/domain/review-cards';
import { withTestDatabase } from '../support/database';
import {
  fixedClock,
  makeAttempt,
  makeBank,
  makeQuestion,
  makeResponse,
  T0,
} from '../support/factories';

const bank = (version: string, overrides: Partial<QuestionBank> = {}) =>
  makeBank({ alpha: 2, beta: 3 }, { id: 'my-bank', version, ...overrides });

describe('compareBankVersions and planInstall', () => {
  it('orders versions numerically, part by part', () => {
    expect(compareBankVersions('1.10.0', '1.9.9')).toBeGreaterThan(0);
    expect(compareBankVersions('2.0.0', '2.0.0')).toBe(0);
    expect(compareBankVersions('0.9.1', '1.0.0')).toBeLessThan(0);
  });

  it('installs a new id, asks before a newer version, refuses the same, an older one and a built-in id', () => {
    const installed = bankFacts(bank('1.1.0'));
    const none = new Set<string>();
    expect(planInstall(bank('1.0.0'), undefined, none)).toEqual({ kind: 'new' });
    expect(planInstall(bank('1.2.0'), installed, none)).toEqual({ kind: 'replace', installed });
    expect(planInstall(bank('1.1.0'), installed, none)).toMatchObject({
      kind: 'refused',
      reason: 'already-installed',
      message: '"Test bank" version 1.1.0 (id "my-bank") is already installed',
    });
    expect(planInstall(bank('1.0.9'), installed, none)).toMatchObject({
      kind: 'refused',
      reason: 'older-version',
    });
    expect(planInstall(bank('2.0.0', { certification: 'CCA' }), installed, none)).toMatchObject({
      reason: 'other-certification',
    });
    expect(planInstall(bank('1.0.0'), undefined, new Set(['my-bank']))).toMatchObject({
      reason: 'built-in-id',
      message: expect.stringContaining('belongs to a bank built into this app') as unknown,
    });
  });
});

describe('bank repository', () => {
  const database = withTestDatabase();
  const repository = () => createBankRepository(database.db, fixedClock(), new Set(['cpc-core']));

  it('installs a bank: its summary and its questions, stamped with the time', async () => {
    const banks = repository();
    const summary = await banks.install(bank('1.0.0'));
    expect(summary).toEqual({
      ...bankFacts(bank('1.0.0')),
      origin: 'installed',
      installedAt: T0,
    });
    expect(await banks.summaries()).toEqual([summary]);
    expect((await banks.load('my-bank'))?.questions).toHaveLength(5);
  });

  it('refuses the same version, an older one, a built-in id, and a newer one without confirmation', async () => {
    const banks = repository();
    await banks.install(bank('1.1.0'));
    const reasonOf = (promise: Promise<unknown>) =>
      promise.then(
        () => 'installed',
        (e: unknown) => (e instanceof BankInstallError ? e.reason : String(e)),
      );
    expect(await reasonOf(banks.install(bank('1.1.0')))).toBe('already-installed');
    expect(await reasonOf(banks.install(bank('1.0.0')))).toBe('older-version');
    expect(await reasonOf(banks.install(bank('1.0.0', { id: 'cpc-core' })))).toBe('built-in-id');
    expect(await reasonOf(banks.install(bank('1.2.0')))).toBe('needs-confirmation');
    expect((await banks.summaries()).map((b) => b.version)).toEqual(['1.1.0']);
    expect(await reasonOf(banks.install(bank('1.2.0'), { replace: true }))).toBe('installed');
    expect((await banks.summaries()).map((b) => b.version)).toEqual(['1.2.0']);
  });

  it('stores nothing when the write fails halfway (one transaction)', async () => {
    const banks = repository();
    vi.spyOn(database.db.bankContents, 'put').mockRejectedValueOnce(
      new Error('QuotaExceededError'),
    );
    await expect(banks.install(bank('1.0.0'))).rejects.toThrow('QuotaExceededError');
    expect(await database.db.banks.count()).toBe(0);
    expect(await database.db.bankContents.count()).toBe(0);
  });

  it('replacing a bank leaves an attempt drawn from the old version as it was', async () => {
    const banks = repository();
    const old = bank('1.0.0');
    await banks.install(old);
    const attempt = makeAttempt({
      bankId: 'my-bank',
      bankVersion: '1.0.0',
      questions: old.questions,
    });
    await database.attempts.create(attempt);
    const responses = [makeResponse({ questionId: 'alpha-1', answer: 'B' })];
    await database.attempts.saveResponse(responses[0]!);
    await database.attempts.finish(finishAttempt(attempt, responses, 'submitted', T0 + 60_000));

    const newer = bank('2.0.0');
    newer.questions = old.questions.map((q) =>
      makeQuestion({ id: q.id, domain: q.domain, stem: `Rewritten: ${q.stem}`, answer: 'C' }),
    );
    await banks.install(newer, { replace: true });

    const stored = await database.attempts.get(attempt.id);
    expect(stored?.questions).toEqual(old.questions);
    expect(stored?.score).toMatchObject({ correct: 1, total: 5 });
    expect((await banks.load('my-bank'))?.questions[0]?.stem).toMatch(/^Rewritten/);
  });
});

describe('schema evolution', () => {
  it('opens a database written by schema v3 under v4 with every attempt, summary, response and card kept', async () => {
    const name = `v3-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    old.version(1).stores(schemaV1);
    old.version(2).stores(schemaV2);
    old.version(3).stores(schemaV3);
    const attempt = makeAttempt({ id: 'from-v3' });
    const response = makeResponse({ attemptId: 'from-v3', questionId: 'alpha-1', answer: 'C' });
    const summary = summariseAttempt(attempt, [response]);
    const question = attempt.questions[0]!;
    const card = scheduleReview(undefined, question, 'CPC', attempt.domains[0]!, false, T0)!;
    await old.table('attempts').add(attempt);
    await old.table('responses').add(response);
    await old.table('reviewCards').add(card);
    await old.table('attemptSummaries').add(summary);
    old.close();

    const current = new ExamDatabase(name);
    expect(await current.attempts.get('from-v3')).toEqual(attempt);
    expect(await current.attemptSummaries.get('from-v3')).toEqual(summary);
    expect(await current.responses.get(['from-v3', 'alpha-1'])).toEqual(response);
    expect(await current.reviewCards.get(card.questionId)).toEqual(card);
    expect(await current.banks.count()).toBe(0);
    expect(await current.reviewCards.where('certification').equals('CPC').count()).toBe(1);
    await current.delete();
  });
});
