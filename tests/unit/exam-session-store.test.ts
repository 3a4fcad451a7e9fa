import { beforeEach, describe, expect, it } from 'vitest';
import type { AttemptRepository } from '../../src/db/attempt-repository';
import { createExamSessionStore } from '../../src/features/exam-room/exam-session-store';
import { fixedClock, makeAttempt, T0 } from '../support/factories';
import { withTestDatabase } from '../support/database';

const database = withTestDatabase();
let repository: AttemptRepository;

beforeEach(async () => {
  repository = database.attempts;
  await repository.create(makeAttempt());
});

async function openSession(clock = fixedClock()) {
  const store = createExamSessionStore({ clock, repository });
  await store.getState().load('attempt-1');
  return { store, clock };
}

describe('exam session store', () => {
  it('writes every answer, flag and strike-out as it happens', async () => {
    const { store } = await openSession();
    await store.getState().answer('C');
    await store.getState().toggleFlag();
    await store.getState().toggleStrike('A');
    await store.getState().toggleStrike('D');
    await store.getState().toggleStrike('A');
    const [stored] = await repository.responses('attempt-1');
    expect(stored).toMatchObject({
      questionId: 'alpha-1',
      answer: 'C',
      flagged: true,
      struck: ['D'],
    });
  });

  it('resumes after a reload at the same question with every response', async () => {
    const first = await openSession();
    await first.store.getState().answer('B');
    await first.store.getState().goTo(3);
    await first.store.getState().toggleFlag();

    const { store } = await openSession(fixedClock(T0 + 60_000));
    const state = store.getState();
    expect(state.phase).toBe('ready');
    expect(state.currentIndex).toBe(3);
    expect(state.responses['alpha-1']?.answer).toBe('B');
    expect(state.responses['beta-2']?.flagged).toBe(true);
  });

  it('adds time spent to the question being left', async () => {
    const { store, clock } = await openSession();
    clock.advance(45_000);
    await store.getState().next();
    clock.advance(10_000);
    await store.getState().previous();
    clock.advance(5_000);
    await store.getState().next();
    const responses = await repository.responses('attempt-1');
    expect(responses.find((r) => r.questionId === 'alpha-1')?.timeSpentMs).toBe(50_000);
    expect(responses.find((r) => r.questionId === 'alpha-2')?.timeSpentMs).toBe(10_000);
  });

  it('with every answer stored, shows a move at once and stores it behind; two quick moves land two questions on', async () => {
    const { store } = await openSession();
    const first = store.getState().next();
    expect(store.getState().currentIndex).toBe(1);
    const second = store.getState().next();
    expect(store.getState().currentIndex).toBe(2);
    await Promise.all([first, second]);
    expect((await repository.get('attempt-1'))?.currentIndex).toBe(2);
  });

  it('with an answer still being saved, moves only once it is stored', async () => {
    const { store } = await openSession();
    const answered = store.getState().answer('B');
    const moved = store.getState().next();
    expect(store.getState().currentIndex).toBe(0);
    await Promise.all([answered, moved]);
    expect(store.getState().currentIndex).toBe(1);
    expect((await repository.responses('attempt-1')).map((r) => r.answer)).toContain('B');
  });

  it('does not move past the first or last question', async () => {
    const { store } = await openSession();
    await store.getState().previous();
    expect(store.getState().currentIndex).toBe(0);
    await store.getState().goTo(4);
    await store.getState().next();
    expect(store.getState().currentIndex).toBe(4);
  });

  it('submits with the score of the stored answers', async () => {
    const { store } = await openSession();
    for (let i = 0; i < 4; i++) {
      await store.getState().answer(i < 3 ? 'B' : 'A');
      await store.getState().next();
    }
    await store.getState().submit('submitted');
    expect(store.getState().phase).toBe('finished');
    const stored = await repository.get('attempt-1');
    expect(stored).toMatchObject({ status: 'submitted', submittedAt: T0 });
    expect(stored?.score).toMatchObject({
      correct: 3,
      total: 5,
      percent: 60,
      passed: false,
      unanswered: 1,
    });
  });

  it('an attempt opened after its deadline is submitted as timed out, answers kept', async () => {
    const first = await openSession();
    await first.store.getState().answer('B');
    const { store } = await openSession(fixedClock(T0 + 2 * 3_600_000));
    expect(store.getState().phase).toBe('finished');
    expect(await repository.get('attempt-1')).toMatchObject({
      status: 'timed-out',
      submittedAt: T0 + 3_600_000,
    });
    expect((await repository.get('attempt-1'))?.score?.correct).toBe(1);
  });

  it('shows a finished attempt as finished and accepts no more answers', async () => {
    const first = await openSession();
    await first.store.getState().submit('submitted');
    const { store } = await openSession();
    await store.getState().answer('A');
    expect(store.getState().phase).toBe('finished');
    expect(await repository.responses('attempt-1')).toEqual([]);
  });

  it('reports an unknown attempt', async () => {
    const store = createExamSessionStore({ clock: fixedClock(), repository });
    await store.getState().load('nope');
    expect(store.getState()).toMatchObject({
      phase: 'error',
      error: expect.stringContaining('nope') as unknown,
    });
  });
});
