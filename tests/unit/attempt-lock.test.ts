import { describe, expect, it, vi } from 'vitest';
import { createAttemptLock, lockName } from '../../src/features/exam-room/attempt-lock';
import { createFakeLocks } from '../support/fake-locks';

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('attempt lock', () => {
  it('is held by the first tab; a second finds it taken', async () => {
    const locks = createFakeLocks();
    const first = createAttemptLock(locks);
    const second = createAttemptLock(locks);
    expect(await first.acquire('a1', 'if-free', vi.fn())).toBe(true);
    expect(locks.held(lockName('a1'))).toBe(true);
    expect(await second.acquire('a1', 'if-free', vi.fn())).toBe(false);
    // Another attempt is another lock.
    expect(await second.acquire('a2', 'if-free', vi.fn())).toBe(true);
  });

  it('a take-over tells the tab that had it, and only that tab', async () => {
    const locks = createFakeLocks();
    const first = createAttemptLock(locks);
    const second = createAttemptLock(locks);
    const firstLost = vi.fn();
    const secondLost = vi.fn();
    await first.acquire('a1', 'if-free', firstLost);
    expect(await second.acquire('a1', 'take-over', secondLost)).toBe(true);
    await settle();
    expect(firstLost).toHaveBeenCalledOnce();
    expect(secondLost).not.toHaveBeenCalled();
  });

  it('a tab waiting for the lock gets it when the other lets go', async () => {
    const locks = createFakeLocks();
    const first = createAttemptLock(locks);
    const second = createAttemptLock(locks);
    await first.acquire('a1', 'if-free', vi.fn());
    const waiting = second.acquire('a1', 'when-free', vi.fn());
    first.release();
    expect(await waiting).toBe(true);
    expect(locks.held(lockName('a1'))).toBe(true);
  });

  it('letting go is not losing it, and a cancelled wait resolves false', async () => {
    const locks = createFakeLocks();
    const first = createAttemptLock(locks);
    const second = createAttemptLock(locks);
    const lost = vi.fn();
    await first.acquire('a1', 'if-free', lost);
    const waiting = second.acquire('a1', 'when-free', vi.fn());
    second.release();
    expect(await waiting).toBe(false);
    first.release();
    await settle();
    expect(lost).not.toHaveBeenCalled();
    expect(locks.held(lockName('a1'))).toBe(false);
  });

  it('without the Web Locks API every tab may go on (the holder id protects the data)', async () => {
    const lock = createAttemptLock(null);
    expect(await lock.acquire('a1', 'if-free', vi.fn())).toBe(true);
    expect(await lock.acquire('a1', 'if-free', vi.fn())).toBe(true);
  });
});
