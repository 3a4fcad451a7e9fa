import { useEffect, useReducer } from 'react';
import type { Clock } from './system-clock';

/**
 * The clock's time, read afresh on every render; re-renders every `intervalMs`. The interval
 * only prompts a redraw: time is always read from the clock, so missed ticks cost nothing, and
 * a render for any other reason (an exam reopened with a clock that may not run backwards)
 * never shows a time read earlier.
 */
export function useNow(clock: Clock, intervalMs = 250): number {
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    const id = window.setInterval(redraw, intervalMs);
    document.addEventListener('visibilitychange', redraw);
    return () => {
      window.clearInterval(id);
      document.removeEventListener('visibilitychange', redraw);
    };
  }, [clock, intervalMs]);
  return clock.now();
}
