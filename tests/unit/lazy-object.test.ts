import { describe, expect, it, vi } from 'vitest';
import { lazyObject } from '../../src/lib/lazy-object';

describe('lazyObject', () => {
  it('loads its target on the first call only, and passes calls through', async () => {
    const load = vi.fn(() =>
      Promise.resolve({ add: (a: number, b: number) => Promise.resolve(a + b) }),
    );
    const lazy = lazyObject(load);
    expect(load).not.toHaveBeenCalled();
    expect(await lazy.add(1, 2)).toBe(3);
    expect(await lazy.add(2, 2)).toBe(4);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('is not mistaken for a promise when awaited or resolved as a value', async () => {
    const load = vi.fn(() => Promise.resolve({ ping: () => Promise.resolve('pong') }));
    const lazy = lazyObject(load);
    const same = await Promise.resolve(lazy);
    expect(same).toBe(lazy);
    expect(load).not.toHaveBeenCalled();
  });
});
