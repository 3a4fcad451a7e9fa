import { describe, expect, it } from 'vitest';
import {
  expiredAt,
  formatClock,
  isExpired,
  passedWarning,
  remainingMs,
} from '../../src/domain/clock';

const T0 = Date.UTC(2026, 0, 5, 9);
const HOUR = 3_600_000;
const MIN = 60_000;

describe('exam clock', () => {
  const clock = { deadlineAt: T0 + 4 * HOUR, pausedAt: null, pausedTotalMs: 0 };

  it('derives remaining time from the stored deadline', () => {
    expect(remainingMs(clock, T0)).toBe(4 * HOUR);
    expect(remainingMs(clock, T0 + HOUR + 30 * MIN)).toBe(2 * HOUR + 30 * MIN);
  });

  it('gives the same answer after a reload: only the timestamps matter', () => {
    const afterReload = JSON.parse(JSON.stringify(clock)) as typeof clock;
    expect(remainingMs(afterReload, T0 + 17 * MIN)).toBe(remainingMs(clock, T0 + 17 * MIN));
  });

  it('expires at the deadline and never goes below zero', () => {
    expect(isExpired(clock, T0 + 4 * HOUR - 1)).toBe(false);
    expect(isExpired(clock, T0 + 4 * HOUR)).toBe(true);
    expect(remainingMs(clock, T0 + 9 * HOUR)).toBe(0);
    expect(expiredAt(clock)).toBe(T0 + 4 * HOUR);
  });

  it('counts pauses: closed ones extend the deadline, an open one stops the clock', () => {
    const paused = { deadlineAt: T0 + HOUR, pausedAt: T0 + 10 * MIN, pausedTotalMs: 5 * MIN };
    expect(remainingMs(paused, T0 + 10 * MIN)).toBe(55 * MIN);
    expect(remainingMs(paused, T0 + 50 * MIN)).toBe(55 * MIN);
    expect(remainingMs({ ...paused, pausedAt: null }, T0 + 10 * MIN)).toBe(55 * MIN);
  });

  it('an untimed attempt never expires', () => {
    const untimed = { deadlineAt: null, pausedAt: null, pausedTotalMs: 0 };
    expect(remainingMs(untimed, T0 + 100 * HOUR)).toBe(Infinity);
    expect(isExpired(untimed, T0 + 100 * HOUR)).toBe(false);
  });

  it('formats as H:MM:SS, rounding partial seconds up', () => {
    expect(formatClock(4 * HOUR)).toBe('4:00:00');
    expect(formatClock(HOUR + 2 * MIN + 3_000)).toBe('1:02:03');
    expect(formatClock(59_001)).toBe('0:01:00');
    expect(formatClock(1)).toBe('0:00:01');
    expect(formatClock(0)).toBe('0:00:00');
  });

  it('names the warning the clock has passed', () => {
    const warnings = [30 * MIN, 5 * MIN];
    expect(passedWarning(30 * MIN + 1, warnings)).toBeNull();
    expect(passedWarning(30 * MIN, warnings)).toBe(30 * MIN);
    expect(passedWarning(6 * MIN, warnings)).toBe(30 * MIN);
    expect(passedWarning(4 * MIN, warnings)).toBe(5 * MIN);
  });
});
