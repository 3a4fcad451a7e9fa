import type { LockManagerLike } from '../../src/features/exam-room/attempt-lock';

interface Holder {
  release: () => void;
  steal: (error: DOMException) => void;
}

interface Waiter {
  grant: () => void;
}

/**
 * An in-memory Web Locks manager shared by the "tabs" of a test: exclusive locks with
 * `ifAvailable`, `steal` and `signal`, as navigator.locks has them (jsdom has none).
 */
export function createFakeLocks(): LockManagerLike & { held(name: string): boolean } {
  const holders = new Map<string, Holder>();
  const waiters = new Map<string, Waiter[]>();

  function grant(
    name: string,
    callback: (lock: Lock | null) => unknown,
    resolve: (value: unknown) => void,
    reject: (error: unknown) => void,
  ) {
    let done = false;
    const holder: Holder = {
      release: () => {
        if (holders.get(name) !== holder) return;
        holders.delete(name);
        waiters.get(name)?.shift()?.grant();
      },
      steal: (error) => {
        done = true;
        reject(error);
      },
    };
    holders.set(name, holder);
    const lock = { name, mode: 'exclusive' } as Lock;
    void Promise.resolve(callback(lock)).then(
      (value) => {
        if (done) return;
        holder.release();
        resolve(value);
      },
      (error: unknown) => {
        if (done) return;
        holder.release();
        reject(error);
      },
    );
  }

  function request(
    name: string,
    optionsOrCallback: LockOptions | ((lock: Lock | null) => unknown),
    maybeCallback?: (lock: Lock | null) => unknown,
  ): Promise<unknown> {
    const options = typeof optionsOrCallback === 'function' ? {} : optionsOrCallback;
    const callback = (typeof optionsOrCallback === 'function' ? optionsOrCallback : maybeCallback)!;
    return new Promise((resolve, reject) => {
      const current = holders.get(name);
      if (options.steal) {
        holders.delete(name);
        current?.steal(new DOMException('The lock was stolen.', 'AbortError'));
        grant(name, callback, resolve, reject);
      } else if (!current) {
        grant(name, callback, resolve, reject);
      } else if (options.ifAvailable) {
        void Promise.resolve(callback(null)).then(resolve, reject);
      } else {
        const waiter: Waiter = { grant: () => grant(name, callback, resolve, reject) };
        waiters.set(name, [...(waiters.get(name) ?? []), waiter]);
        options.signal?.addEventListener('abort', () => {
          waiters.set(
            name,
            (waiters.get(name) ?? []).filter((w) => w !== waiter),
          );
          reject(new DOMException('The request was aborted.', 'AbortError'));
        });
      }
    });
  }

  return {
    request,
    held: (name) => holders.has(name),
  };
}
