/** The one place the app reads the wall clock; domain code receives `now` instead. */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };
