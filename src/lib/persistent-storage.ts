/** Asks the browser to keep this site's data (not evicted when space runs low) and says whether it will. */
export type StorageState = 'persistent' | 'not-persistent' | 'unknown';

export async function requestPersistentStorage(
  storage: Pick<StorageManager, 'persisted' | 'persist'> | undefined = globalThis.navigator
    ?.storage,
): Promise<StorageState> {
  if (!storage?.persisted || !storage.persist) return 'unknown';
  try {
    if (await storage.persisted()) return 'persistent';
    return (await storage.persist()) ? 'persistent' : 'not-persistent';
  } catch {
    return 'unknown';
  }
}
