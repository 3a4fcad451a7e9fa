import { describe, expect, it } from 'vitest';
import { createWriteQueue, type WriteFailure } from '../../src/features/exam-room/write-queue';

class FinalError extends Error {}

function setUp() {
  const stored: string[] = [];
  const seen: { pending: number; failure: WriteFailure | null }[] = [];
  const finals: unknown[] = [];
  const queue = createWriteQueue({
    onChange: (pending, failure) => seen.push({ pending, failure }),
    isFinal: (error) => error instanceof FinalError,
    onFinal: (error) => finals.push(error),
  });
  const last = () => seen.at(-1);
  return { queue, stored, finals, last };
}

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('write queue', () => {
  it('stores writes one at a time, in the order they were made', async () => {
    const { queue, stored, last } = setUp();
    const log: string[] = [];
    const slow = queue.push({
      what: 'first',
      run: async () => {
        log.push('first starts');
        await new Promise((r) => setTimeout(r, 20));
        log.push('first ends');
      },
      onStored: () => stored.push('first'),
    });
    const fast = queue.push({
      what: 'second',
      run: () => {
        log.push('second starts');
        return Promise.resolve();
      },
      onStored: () => stored.push('second'),
    });
    expect(last()?.pending).toBe(2);
    expect(await Promise.all([slow, fast])).toEqual([true, true]);
    expect(log).toEqual(['first starts', 'first ends', 'second starts']);
    expect(stored).toEqual(['first', 'second']);
    expect(last()?.pending).toBe(0);
  });

  it('halts on a failed write, keeps it and what follows, and stores them all on retry', async () => {
    const { queue, stored, last } = setUp();
    let full = true;
    const answer = queue.push({
      what: 'your answer to question 3',
      run: () => (full ? Promise.reject(quotaError()) : Promise.resolve()),
      onStored: () => stored.push('answer'),
    });
    const move = queue.push({
      what: 'your move to question 4',
      run: async () => {},
      onStored: () => stored.push('move'),
    });
    await queue.idle();
    expect(last()).toMatchObject({ pending: 2, failure: { what: 'your answer to question 3' } });
    expect(stored).toEqual([]);

    queue.retry(); // still full
    await queue.idle();
    expect(last()?.failure?.what).toBe('your answer to question 3');

    full = false;
    queue.retry();
    expect(await Promise.all([answer, move])).toEqual([true, true]);
    expect(stored).toEqual(['answer', 'move']);
    expect(last()).toEqual({ pending: 0, failure: null });
  });

  it('tries the halted write again when a new change comes', async () => {
    const { queue, stored } = setUp();
    let full = true;
    void queue.push({
      what: 'your answer to question 1',
      run: () => (full ? Promise.reject(quotaError()) : Promise.resolve()),
      onStored: () => stored.push('answer'),
    });
    await queue.idle();
    full = false;
    await queue.push({ what: 'the flag on question 1', run: async () => {} });
    expect(stored).toEqual(['answer']);
  });

  it('drops every queued write after a final error, and reports it once', async () => {
    const { queue, finals, last } = setUp();
    const first = queue.push({
      what: 'a',
      run: () => Promise.reject(new FinalError('taken over')),
    });
    const second = queue.push({ what: 'b', run: async () => {} });
    expect(await Promise.all([first, second])).toEqual([false, false]);
    expect(finals).toHaveLength(1);
    expect(last()).toEqual({ pending: 0, failure: null });
  });

  it('drops a failed quiet write without halting, and does not count quiet writes', async () => {
    const { queue, stored, last } = setUp();
    const mark = queue.push({
      what: 'the exam clock',
      quiet: true,
      run: () => Promise.reject(quotaError()),
    });
    expect(last()?.pending).toBe(0);
    const answer = queue.push({
      what: 'an answer',
      run: async () => {},
      onStored: () => stored.push('answer'),
    });
    expect(await Promise.all([mark, answer])).toEqual([false, true]);
    expect(stored).toEqual(['answer']);
    expect(last()?.failure).toBeNull();
  });
});
