/**
 * Exam clock math. Remaining time is always derived from stored wall-clock timestamps,
 * never from counted ticks, so sleep, background tabs and reloads cannot make it drift.
 */
export interface ClockState {
  deadlineAt: number | null;
  pausedAt: number | null;
  pausedTotalMs: number;
}

/** Milliseconds left at `now` (never below 0); Infinity for an untimed attempt. */
export function remainingMs(clock: ClockState, now: number): number {
  if (clock.deadlineAt === null) return Infinity;
  // While paused, time stands still at the moment the pause began.
  const effectiveNow = clock.pausedAt ?? now;
  return Math.max(0, clock.deadlineAt + clock.pausedTotalMs - effectiveNow);
}

export function isExpired(clock: ClockState, now: number): boolean {
  return remainingMs(clock, now) === 0;
}

/** The moment time ran out, for an attempt that expired unseen. */
export function expiredAt(clock: ClockState): number | null {
  return clock.deadlineAt === null ? null : clock.deadlineAt + clock.pausedTotalMs;
}

/** `H:MM:SS`, rounding up so the clock reads 0:00:00 only when time is really up. */
export function formatClock(ms: number): string {
  const totalSeconds = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  return `${hours}:${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`;
}

/** The smallest warning threshold the clock has passed, or null before the first. */
export function passedWarning(
  remaining: number,
  warningsBeforeEndMs: readonly number[],
): number | null {
  const passed = warningsBeforeEndMs.filter((threshold) => remaining <= threshold);
  return passed.length === 0 ? null : Math.min(...passed);
}
