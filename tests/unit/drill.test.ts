import { beforeEach, describe, expect, it } from 'vitest';
import type { AttemptRepository } from '../../src/db/attempt-repository';
import { remainingMs } from '../../src/domain/clock';
import {
  createDrillAttempt,
  DrillShortfallError,
  selectDrillQuestions,
} from '../../src/domain/drill';
import { createExamSessionStore } from '../../src/features/exam-room/exam-session-store';
import { withTestDatabase } from '../support/database';
import { fixedClock, makeBank, makeSpec, T0 } from '../support/factories';

const spec = makeSpec({ paceSecondsPerQuestion: 120 });
const bank = makeBank({ alpha: 4, beta: 3, gamma: 5 });

describe('drill selection', () => {
  it('draws only from the chosen domains, the number asked, reproducibly', () => {
    const picked = selectDrillQuestions(spec, bank, { domainIds: ['alpha', 'gamma'], count: 6 }, 9);
    expect(picked).toHaveLength(6);
    expect(picked.every((q) => q.domain === 'alpha' || q.domain === 'gamma')).toBe(true);
    expect(
      selectDrillQuestions(spec, bank, { domainIds: ['alpha', 'gamma'], count: 6 }, 9),
    ).toEqual(picked);
  });

  it('never quietly gives fewer: asking for more than the domains hold is an error saying how many they hold', () => {
    expect(() =>
      selectDrillQuestions(spec, bank, { domainIds: ['alpha', 'beta'], count: 8 }, 1),
    ).toThrow(new DrillShortfallError(7, 8));
    expect(new DrillShortfallError(7, 8).message).toBe(
      'The chosen domains hold 7 questions; you asked for 8. Choose fewer questions or more domains.',
    );
  });

  it('a timed drill gets the pace per question; an untimed one has no clock', () => {
    const questions = selectDrillQuestions(spec, bank, { domainIds: ['alpha'], count: 3 }, 1);
    const settings = { domainIds: ['alpha'], count: 3, feedback: 'after-each' as const };
    const timed = createDrillAttempt({
      id: 'd',
      spec,
      bank,
      questions,
      seed: 1,
      now: T0,
      settings: { ...settings, timed: true },
    });
    const untimed = createDrillAttempt({
      id: 'd',
      spec,
      bank,
      questions,
      seed: 1,
      now: T0,
      settings: { ...settings, timed: false },
    });
    expect(timed).toMatchObject({
      mode: 'drill',
      conditions: 'practice',
      feedback: 'after-each',
      deadlineAt: T0 + 360_000,
    });
    expect(untimed.deadlineAt).toBeNull();
    expect(remainingMs(untimed, T0 + 10 * 3_600_000)).toBe(Infinity);
  });
});

describe('tutor mode and pause in the store', () => {
  const database = withTestDatabase();
  let repository: AttemptRepository;
  const questions = selectDrillQuestions(spec, bank, { domainIds: ['alpha', 'beta'], count: 3 }, 4);
  const attempt = createDrillAttempt({
    id: 'drill-1',
    spec,
    bank,
    questions,
    seed: 4,
    now: T0,
    settings: { domainIds: ['alpha', 'beta'], count: 3, timed: true, feedback: 'after-each' },
  });

  beforeEach(async () => {
    repository = database.attempts;
    await repository.create(attempt);
  });

  it('checking an answer locks it, and a drill scores like any attempt', async () => {
    const clock = fixedClock();
    const store = createExamSessionStore({ clock, repository });
    await store.getState().load('drill-1');
    await store.getState().answer('A');
    await store.getState().checkAnswer();
    await store.getState().answer('B');
    const first = (await repository.responses('drill-1'))[0];
    expect(first).toMatchObject({ answer: 'A', checked: true });
    await store.getState().next();
    await store.getState().answer('B');
    await store.getState().submit('submitted');
    expect((await repository.get('drill-1'))?.score).toMatchObject({ correct: 1, total: 3 });
  });

  it('a pause stops the clock, is stored, and adds no time spent', async () => {
    const clock = fixedClock();
    const store = createExamSessionStore({ clock, repository });
    await store.getState().load('drill-1');
    clock.advance(60_000);
    await store.getState().pause();
    clock.advance(30 * 60_000);
    const paused = await repository.get('drill-1');
    expect(remainingMs(paused!, clock.now())).toBe(300_000);
    await store.getState().answer('A');
    expect(store.getState().responses[questions[0]!.id]?.answer ?? null).toBeNull();
    await store.getState().resume();
    clock.advance(10_000);
    await store.getState().next();
    const stored = await repository.get('drill-1');
    expect(stored).toMatchObject({ pausedAt: null, pausedTotalMs: 30 * 60_000 });
    expect(remainingMs(stored!, clock.now())).toBe(290_000);
    const spent = (await repository.responses('drill-1')).find(
      (r) => r.questionId === questions[0]!.id,
    );
    expect(spent?.timeSpentMs).toBe(70_000);
  });
});

describe('retake missed questions', () => {
  it('builds an untimed tutor drill of the wrong and unanswered questions from the attempt snapshot', async () => {
    const { makeAttempt } = await import('../support/factories');
    const { createRetakeDrill, missedQuestions } = await import('../../src/domain/drill');
    const source = makeAttempt({ status: 'submitted' });
    const missed = missedQuestions(source, {
      'alpha-1': 'B',
      'alpha-2': 'A',
      'beta-1': 'B',
      'beta-2': 'B',
    });
    expect(missed.map((q) => q.id)).toEqual(['alpha-2', 'beta-3']);
    const drill = createRetakeDrill(source, missed, spec, 'retake-1', 3, T0);
    expect(drill).toMatchObject({
      mode: 'drill',
      feedback: 'after-each',
      deadlineAt: null,
      bankId: source.bankId,
      questions: missed,
    });
  });
});
