/**
 * The one place the app reads the time; domain code receives `now` instead.
 *
 * The wall clock alone can be moved by hand or by the system, which would give an exam time
 * back. The page's monotonic clock (performance.now) cannot be moved, but on Linux and macOS
 * it stops while the device sleeps, and an exam clock must keep running through sleep. So
 * each reading advances by whichever of the two moved further since the last reading: a wall
 * clock set back is ignored, sleep still counts, and time never runs backwards.
 */
export interface Clock {
  now(): number;
}

export interface TimeSources {
  /** Epoch milliseconds, as Date.now(). */
  wall(): number;
  /** Milliseconds that only ever grow while the page is open, as performance.now(). */
  monotonic(): number;
}

const browserTimeSources: TimeSources = {
  wall: () => Date.now(),
  monotonic: () => performance.now(),
};

/**
 * A clock that starts at the wall-clock time and never runs backwards.
 *
 * @example
 * const clock = createSteadyClock();
 * const deadline = clock.now() + 4 * 3_600_000;
 */
export function createSteadyClock(sources: TimeSources = browserTimeSources): Clock {
  let lastWall = sources.wall();
  let lastMonotonic = sources.monotonic();
  let current = lastWall;
  return {
    now() {
      const wall = sources.wall();
      const monotonic = sources.monotonic();
      current += Math.max(0, wall - lastWall, monotonic - lastMonotonic);
      lastWall = wall;
      lastMonotonic = monotonic;
      // Whole milliseconds, as Date.now(): stored timestamps are integers (see backup.ts).
      return Math.floor(current);
    },
  };
}

/**
 * A clock that reads no earlier than `floor` and then runs on with `clock`: an exam reopened
 * after the wall clock was set back carries on from the last time it recorded.
 *
 * @example
 * const examClock = notBefore(systemClock, lastSeenAt(attempt, responses));
 */
export function notBefore(clock: Clock, floor: number): Clock {
  const offset = Math.max(0, floor - clock.now());
  let last = floor;
  return {
    now() {
      last = Math.max(last, clock.now() + offset);
      return last;
    },
  };
}

export const systemClock: Clock = createSteadyClock();
