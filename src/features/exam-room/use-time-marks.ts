import { useEffect } from 'react';
import type { ExamSessionStore } from './exam-session-store';

/** How often the exam records its clock, so a reopened exam can lose at most this much. */
export const TIME_MARK_INTERVAL_MS = 30_000;

/**
 * Records the exam-clock time now and then, and when the page is hidden or left: a wall clock
 * set back before the exam is reopened then gives back at most one interval.
 */
export function useTimeMarks(store: ExamSessionStore, enabled: boolean) {
  useEffect(() => {
    if (!enabled) return;
    const mark = () => store.getState().markTime();
    const onHidden = () => {
      if (document.visibilityState === 'hidden') mark();
    };
    const id = window.setInterval(mark, TIME_MARK_INTERVAL_MS);
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', mark);
    return () => {
      window.clearInterval(id);
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', mark);
    };
  }, [store, enabled]);
}
