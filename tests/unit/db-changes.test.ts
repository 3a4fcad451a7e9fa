import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { notifyDbChanged } from '../../src/lib/db-changes';
import { useLiveRead } from '../../src/lib/use-live-read';
import { withTestDatabase } from '../support/database';
import { makeAttempt } from '../support/factories';

const database = withTestDatabase();

describe('useLiveRead', () => {
  it('reads again after a committed write to a table it depends on, and not after others', async () => {
    const read = vi.fn(() => Promise.resolve(1));
    renderHook(() => useLiveRead(read, [], ['banks']));
    await waitFor(() => expect(read).toHaveBeenCalledTimes(1));
    act(() => notifyDbChanged({ 'idb://coding-exam-simulator/responses/': {} }));
    expect(read).toHaveBeenCalledTimes(1);
    act(() => notifyDbChanged({ 'idb://coding-exam-simulator/banks/': {} }));
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('sees a write through Dexie without being told', async () => {
    const { result } = renderHook(() =>
      useLiveRead(() => database.attempts.inProgress(), [], ['attempts']),
    );
    await waitFor(() => expect(result.current).toEqual([]));
    await database.attempts.create(makeAttempt());
    await waitFor(() => expect(result.current?.map((a) => a.id)).toEqual(['attempt-1']));
  });
});
