/**
 * Reads data for a view, and reads it again after every committed write (this tab's or, through
 * Dexie, another tab's). Like dexie-react-hooks' useLiveQuery, without tying the page to Dexie:
 * Home reads with plain IndexedDB and stays light. `undefined` until the first read resolves.
 */
import { useEffect, useState, type DependencyList } from 'react';
import { DB_CHANGED, type DbChangedEvent } from './db-changes';

export function useLiveRead<T>(
  read: () => Promise<T>,
  deps: DependencyList,
  /** The tables the read depends on; writes to others don't trigger a re-read. */
  tables?: readonly string[],
): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    let latest = 0;
    let live = true;
    const run = () => {
      const ticket = ++latest;
      read().then(
        (result) => {
          // Only the newest read may land: an older one can resolve after it.
          if (live && ticket === latest) setValue(() => result);
        },
        (error: unknown) => console.error('Could not read from the database', error),
      );
    };
    const onChange = (event: Event) => {
      const touched = (event as DbChangedEvent).detail?.tables ?? [];
      if (!tables || touched.length === 0 || touched.some((t) => tables.includes(t))) run();
    };
    run();
    globalThis.addEventListener(DB_CHANGED, onChange);
    return () => {
      live = false;
      globalThis.removeEventListener(DB_CHANGED, onChange);
    };
    // The caller's deps decide when `read` changes, as with useEffect.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return value;
}
