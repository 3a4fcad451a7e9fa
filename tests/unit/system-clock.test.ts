import { describe, expect, it } from 'vitest';
import { lastSeenAt } from '../../src/domain/attempt';
import { remainingMs } from '../../src/domain/clock';
import { createSteadyClock, notBefore } from '../../src/lib/system-clock';
import { makeAttempt, makeResponse, T0 } from '../support/factories';

const HOUR = 3_600_000;
const MIN = 60_000;

/** A wall clock that can be moved by hand, and a monotonic clock that only runs. */
function fakeSources() {
  let wall = T0;
  let monotonic = 1_000;
  return {
    sources: { wall: () => wall, monotonic: () => monotonic },
    /** Real time passes with the device awake: both clocks run. */
    pass(ms: number) {
      wall += ms;
      monotonic += ms;
    },
    /** The device sleeps: the wall clock runs, the page's monotonic clock stops. */
    sleep(ms: number) {
      wall += ms;
    },
    moveWallClock(ms: number) {
      wall += ms;
    },
  };
}

describe('steady clock', () => {
  it('starts at the wall-clock time and runs with it', () => {
    const time = fakeSources();
    const clock = createSteadyClock(time.sources);
    expect(clock.now()).toBe(T0);
    time.pass(5 * MIN);
    expect(clock.now()).toBe(T0 + 5 * MIN);
  });

  it('ignores a wall clock set back: the exam gets no time back', () => {
    const time = fakeSources();
    const clock = createSteadyClock(time.sources);
    const exam = { deadlineAt: T0 + 4 * HOUR, pausedAt: null, pausedTotalMs: 0 };
    time.pass(10 * MIN);
    const before = remainingMs(exam, clock.now());
    time.moveWallClock(-2 * HOUR);
    expect(remainingMs(exam, clock.now())).toBe(before);
    time.pass(MIN);
    expect(remainingMs(exam, clock.now())).toBe(before - MIN);
  });

  it('counts a wall clock set forward, which it cannot tell from sleep, and sleep itself', () => {
    const time = fakeSources();
    const clock = createSteadyClock(time.sources);
    time.sleep(40 * MIN);
    expect(clock.now()).toBe(T0 + 40 * MIN);
    time.moveWallClock(HOUR);
    expect(clock.now()).toBe(T0 + 100 * MIN);
  });

  it('reads whole milliseconds, as Date.now() does, though performance.now() has fractions', () => {
    let monotonic = 0.25;
    const clock = createSteadyClock({ wall: () => T0, monotonic: () => monotonic });
    monotonic += 1.5;
    expect(clock.now()).toBe(T0 + 1);
    monotonic += 0.75;
    expect(clock.now()).toBe(T0 + 2);
  });

  it('never reads earlier than before, whatever the wall clock does', () => {
    const time = fakeSources();
    const clock = createSteadyClock(time.sources);
    let last = clock.now();
    for (const step of [MIN, -HOUR, 0, 3 * MIN, -1, HOUR, -5 * HOUR, 2]) {
      time.moveWallClock(step);
      time.pass(1);
      const now = clock.now();
      expect(now).toBeGreaterThan(last);
      last = now;
    }
  });
});

describe('notBefore', () => {
  it('carries on from the floor when the clock reads earlier, and runs on with it', () => {
    const time = fakeSources();
    const clock = notBefore(createSteadyClock(time.sources), T0 + HOUR);
    expect(clock.now()).toBe(T0 + HOUR);
    time.pass(MIN);
    expect(clock.now()).toBe(T0 + HOUR + MIN);
  });

  it('reads the clock unchanged when it is already past the floor', () => {
    const time = fakeSources();
    const clock = notBefore(createSteadyClock(time.sources), T0 - HOUR);
    expect(clock.now()).toBe(T0);
  });
});

describe('lastSeenAt', () => {
  it('is the latest time stored with the attempt or any of its responses', () => {
    const attempt = makeAttempt({ seenAt: T0 + 5 * MIN });
    expect(lastSeenAt(attempt, [])).toBe(T0 + 5 * MIN);
    const responses = [
      makeResponse({ questionId: 'alpha-1', updatedAt: T0 + 9 * MIN }),
      makeResponse({ questionId: 'alpha-2', updatedAt: T0 + 2 * MIN }),
    ];
    expect(lastSeenAt(attempt, responses)).toBe(T0 + 9 * MIN);
    expect(lastSeenAt(makeAttempt(), [])).toBe(T0);
  });
});
