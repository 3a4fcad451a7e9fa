/**
 * One tab at a time per attempt, with the Web Locks API: an exclusive lock named per attempt,
 * held while the exam is open in this tab. A second tab finds it taken and may take it over
 * (`steal`), at which point the first tab is told it lost it.
 *
 * Where the API is missing (old browsers, jsdom) every acquire succeeds; the attempt's
 * holder id in the database (AttemptRepository.claim) still keeps a second tab's writes
 * from mixing with the first's.
 */
export type LockManagerLike = Pick<LockManager, 'request'>;

export type AcquireMode =
  /** Only if no other tab holds it. */
  | 'if-free'
  /** Once no other tab holds it (for example when the other tab closes). */
  | 'when-free'
  /** Now, taking it from the tab that holds it. */
  | 'take-over';

export interface AttemptLock {
  /**
   * Resolves true once held, false if another tab holds it ('if-free') or the wait was
   * cancelled. `onLost` is called if another tab takes it over later.
   */
  acquire(attemptId: string, mode: AcquireMode, onLost: () => void): Promise<boolean>;
  /** Lets go of the lock held or waited for, if any. */
  release(): void;
}

export const lockName = (attemptId: string) => `coding-exam-simulator/attempt/${attemptId}`;

export function createAttemptLock(locks: LockManagerLike | null): AttemptLock {
  let releaseCurrent: (() => void) | null = null;

  function release() {
    const current = releaseCurrent;
    releaseCurrent = null;
    current?.();
  }

  return {
    release,
    acquire(attemptId, mode, onLost) {
      release();
      if (!locks) return Promise.resolve(true);
      const waiting = new AbortController();
      let letGo = () => {};
      let mine = true;
      const current = () => {
        mine = false;
        waiting.abort();
        letGo();
      };
      releaseCurrent = current;
      const options: LockOptions =
        mode === 'take-over'
          ? { steal: true }
          : mode === 'if-free'
            ? { ifAvailable: true }
            : { signal: waiting.signal };
      return new Promise<boolean>((resolve) => {
        let held = false;
        locks
          .request(lockName(attemptId), options, (lock) => {
            if (!lock || !mine) {
              resolve(false);
              return;
            }
            held = true;
            resolve(true);
            // Held until released here, or until another tab steals it.
            return new Promise<void>((done) => (letGo = done));
          })
          .catch(() => {
            if (!held) {
              // A cancelled wait, or a browser that refuses locks here: the holder id in the
              // database still protects the attempt, so carry on without the lock.
              resolve(!waiting.signal.aborted);
              return;
            }
            if (mine) {
              if (releaseCurrent === current) releaseCurrent = null;
              mine = false;
              onLost();
            }
          });
      });
    },
  };
}
