import { useEffect, useState } from 'react';
import type { Clock } from './system-clock';

/**
 * Re-renders every `intervalMs` with the wall-clock time. The interval only prompts a
 * redraw; time itself is always read from the clock, so missed ticks cost nothing.
 */
export function useNow(clock: Clock, intervalMs = 250): number {
  const [now, setNow] = useState(() => clock.now());
  useEffect(() => {
    const id = window.setInterval(() => setNow(clock.now()), intervalMs);
    const onVisible = () => setNow(clock.now());
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      window.clearInterval(id);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [clock, intervalMs]);
  return now;
}
