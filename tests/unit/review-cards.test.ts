import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { ExamDatabase, schemaV1 } from '../../src/db/database';
import { createReviewCardRepository } from '../../src/db/review-card-repository';
import { finishAttempt } from '../../src/domain/attempt';
import { cardsAfterAttempt, scheduleReview } from '../../src/domain/review-cards';
import { withTestDatabase } from '../support/database';
import { makeAttempt, makeQuestion, makeResponse, T0 } from '../support/factories';

const MINUTE = 60_000;
const DAY = 86_400_000;
const question = makeQuestion({ id: 'q-card' });
const domain = { id: 'alpha', name: 'Domain alpha' };

describe('review card scheduling (FSRS)', () => {
  it('a miss creates a card due again within minutes; a right answer makes none', () => {
    const card = scheduleReview(undefined, question, 'CPC', domain, false, T0);
    expect(card?.due).toBeGreaterThan(T0);
    expect(card!.due - T0).toBeLessThanOrEqual(10 * MINUTE);
    expect(scheduleReview(undefined, question, 'CPC', domain, true, T0)).toBeUndefined();
  });

  it('right answers move the due date forward; a wrong one moves it back', () => {
    const missed = scheduleReview(undefined, question, 'CPC', domain, false, T0)!;
    const right = scheduleReview(missed, question, 'CPC', domain, true, missed.due)!;
    const rightAgain = scheduleReview(right, question, 'CPC', domain, true, right.due)!;
    expect(right.due).toBeGreaterThan(missed.due);
    expect(rightAgain.due - right.due).toBeGreaterThanOrEqual(DAY);
    const wrong = scheduleReview(rightAgain, question, 'CPC', domain, false, rightAgain.due)!;
    expect(wrong.due).toBeLessThan(rightAgain.due + (rightAgain.due - right.due));
    expect(wrong.due - rightAgain.due).toBeLessThanOrEqual(10 * MINUTE);
    expect(wrong.fsrs.lapses).toBe(1);
  });

  it('is deterministic for the same answers at the same times', () => {
    const a = scheduleReview(undefined, question, 'CPC', domain, false, T0);
    const b = scheduleReview(undefined, question, 'CPC', domain, false, T0);
    expect(a).toEqual(b);
  });

  it("a right answer after a miss moves the card to a later day, so today's queue shrinks", () => {
    const missed = scheduleReview(undefined, question, 'CPC', domain, false, T0)!;
    const right = scheduleReview(missed, question, 'CPC', domain, true, T0 + 5 * MINUTE)!;
    expect(right.due - T0).toBeGreaterThanOrEqual(DAY);
  });

  it('after an attempt: wrong answers get cards, right answers move cards on, blanks and pretest items are ignored', () => {
    const attempt = makeAttempt({ pretestIds: ['beta-3'] });
    const existing = scheduleReview(
      undefined,
      attempt.questions[0]!,
      'CPC',
      domain,
      false,
      T0 - DAY,
    )!;
    const responses = [
      makeResponse({ questionId: 'alpha-1', answer: 'B' }),
      makeResponse({ questionId: 'alpha-2', answer: 'A' }),
      makeResponse({ questionId: 'beta-3', answer: 'A' }),
    ];
    const cards = cardsAfterAttempt(attempt, responses, new Map([['alpha-1', existing]]), T0);
    expect(cards.map((c) => c.questionId).sort()).toEqual(['alpha-1', 'alpha-2']);
    expect(cards.find((c) => c.questionId === 'alpha-1')!.due).toBeGreaterThan(existing.due);
  });
});

describe('review cards in the database', () => {
  const database = withTestDatabase();

  it('finishing an attempt stores its cards in the same transaction, and they come back as due', async () => {
    const attempt = makeAttempt();
    await database.attempts.create(attempt);
    await database.attempts.saveResponse(makeResponse({ questionId: 'alpha-1', answer: 'B' }));
    await database.attempts.saveResponse(makeResponse({ questionId: 'alpha-2', answer: 'C' }));
    await database.attempts.saveResponse(makeResponse({ questionId: 'beta-1', answer: 'D' }));
    const responses = await database.attempts.responses(attempt.id);
    await database.attempts.finish(finishAttempt(attempt, responses, 'submitted', T0 + MINUTE));
    const cards = createReviewCardRepository(database.db);
    expect((await cards.all()).map((c) => c.questionId).sort()).toEqual(['alpha-2', 'beta-1']);
    expect(await cards.due(T0)).toEqual([]);
    expect(await cards.due(T0 + DAY, 'CPC')).toHaveLength(2);
    expect(await cards.due(T0 + DAY, 'CCA')).toHaveLength(0);
  });

  it('lists every question missed and not answered right since, whenever it is due', async () => {
    const { createReviewCardRepository: repo } =
      await import('../../src/db/review-card-repository');
    const cards = repo(database.db);
    const missed = scheduleReview(undefined, question, 'CPC', domain, false, T0)!;
    const other = scheduleReview(
      undefined,
      makeQuestion({ id: 'q-other' }),
      'CPC',
      domain,
      false,
      T0,
    )!;
    await database.db.reviewCards.bulkPut([
      missed,
      scheduleReview(other, other.question, 'CPC', domain, true, T0)!,
    ]);
    expect((await cards.stillMissed('CPC')).map((c) => c.questionId)).toEqual(['q-card']);
    expect(await cards.stillMissed('CCS')).toEqual([]);
  });

  it('opens a database written by schema v1 without losing its attempts', async () => {
    const name = `v1-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    old.version(1).stores(schemaV1);
    await old.table('attempts').add(makeAttempt({ id: 'from-v1' }));
    old.close();
    const current = new ExamDatabase(name);
    expect((await current.attempts.get('from-v1'))?.questions).toHaveLength(5);
    expect(await current.reviewCards.count()).toBe(0);
    await current.delete();
  });
});
