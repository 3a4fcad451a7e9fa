/**
 * The exam's writes, run one at a time in the order the candidate made the changes.
 *
 * A write that fails stays at the head of the queue and the queue halts, so nothing after it
 * is stored out of order; `retry()` (or the next write) tries again from there, which is how
 * an exam carries on once storage has room again. Errors that end writing for good (the
 * attempt was taken over or finished elsewhere) drop every queued write instead.
 */
export interface QueuedWrite {
  run(): Promise<void>;
  /** What would be lost, in the candidate's words: "your answer to question 7". */
  what: string;
  /** Called once the write is stored, before the next one starts. */
  onStored?: () => void;
  /** Background writes (clock marks): not counted as pending, dropped when they fail. */
  quiet?: boolean;
}

export interface WriteFailure {
  what: string;
  error: unknown;
}

export interface WriteQueueEvents {
  /** Loud writes not yet stored, and the failure the queue is halted on, if any. */
  onChange(pending: number, failure: WriteFailure | null): void;
  /** True for errors after which this tab must not write again. */
  isFinal(error: unknown): boolean;
  onFinal(error: unknown): void;
}

interface Entry {
  write: QueuedWrite;
  settle: (stored: boolean) => void;
}

export interface WriteQueue {
  /** Resolves true once stored, false if dropped; stays pending while the queue is halted. */
  push(write: QueuedWrite): Promise<boolean>;
  retry(): void;
  /** Resolves once nothing is queued, or the queue is halted on a failure. */
  idle(): Promise<void>;
  /** Drops every queued write (a write already running still finishes). */
  clear(): void;
}

export function createWriteQueue(events: WriteQueueEvents): WriteQueue {
  const entries: Entry[] = [];
  let running = false;
  let failure: WriteFailure | null = null;
  let idleWaiters: (() => void)[] = [];

  function notify() {
    events.onChange(entries.filter((e) => !e.write.quiet).length, failure);
    if (entries.length === 0 || failure) {
      const waiters = idleWaiters;
      idleWaiters = [];
      for (const resolve of waiters) resolve();
    }
  }

  function dropAll() {
    for (const entry of entries.splice(0)) entry.settle(false);
  }

  async function drain() {
    if (running) return;
    running = true;
    try {
      for (let head = entries[0]; head && !failure; head = entries[0]) {
        try {
          await head.write.run();
          // `clear()` may have dropped it while it ran; it is stored all the same.
          if (entries[0] === head) entries.shift();
          head.write.onStored?.();
          head.settle(true);
        } catch (error) {
          if (entries[0] !== head) continue;
          if (events.isFinal(error)) {
            dropAll();
            events.onFinal(error);
          } else if (head.write.quiet) {
            entries.shift();
            head.settle(false);
          } else {
            failure = { what: head.write.what, error };
          }
        }
        notify();
      }
    } finally {
      running = false;
    }
  }

  function retry() {
    failure = null;
    notify();
    void drain();
  }

  return {
    push(write) {
      const stored = new Promise<boolean>((settle) => entries.push({ write, settle }));
      // A new change is also a new try: if storage has room again, everything goes through.
      if (failure && !write.quiet) retry();
      else {
        notify();
        void drain();
      }
      return stored;
    },
    retry,
    idle() {
      if (entries.length === 0 || failure) return Promise.resolve();
      return new Promise<void>((resolve) => idleWaiters.push(resolve));
    },
    clear() {
      failure = null;
      dropAll();
      notify();
    },
  };
}
