/** A window event fired after a write to the database commits, naming the tables it touched. */
export const DB_CHANGED = 'ces:db-changed';

export type DbChangedEvent = CustomEvent<{ tables: string[] }>;

/** @param parts Dexie's storagemutated keys, such as `idb://coding-exam-simulator/banks/`. */
export function notifyDbChanged(parts: Record<string, unknown>): void {
  const tables = [
    ...new Set(
      Object.keys(parts)
        .map((key) => /^idb:\/\/[^/]+\/([^/]+)/.exec(key)?.[1])
        .filter((table): table is string => table !== undefined),
    ),
  ];
  globalThis.dispatchEvent?.(new CustomEvent(DB_CHANGED, { detail: { tables } }));
}
