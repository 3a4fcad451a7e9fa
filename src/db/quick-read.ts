/**
 * Read-only views of the database for Home, in plain IndexedDB: Home shows what is in progress,
 * what is due for review and which banks are installed without loading Dexie, which the first
 * page would otherwise carry (about a quarter of its weight). A database that does not exist
 * yet is not created here; Dexie creates and upgrades it when anything is written.
 */
import type { Attempt } from '../domain/attempt';
import type { InstalledBankSummary } from '../domain/bank-summary';
import type { ReviewCard } from '../domain/review-cards';
import { DATABASE_NAME } from './database-name';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

/** Opens the database as it is (no upgrade); null when it does not exist yet. */
function openExisting(name: string): Promise<IDBDatabase | null> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(name);
    // Only a database that does not exist yet needs an upgrade to open without a version.
    open.onupgradeneeded = () => open.transaction?.abort();
    open.onsuccess = () => {
      const db = open.result;
      db.onversionchange = () => db.close(); // never block Dexie's upgrade
      resolve(db);
    };
    open.onerror = (event) => {
      if (open.error?.name === 'AbortError') {
        event.preventDefault();
        resolve(null);
      } else reject(open.error ?? new Error(`Could not open ${name}`));
    };
  });
}

async function readStore<T>(
  name: string,
  store: string,
  read: (store: IDBObjectStore) => IDBRequest<T>,
  empty: T,
): Promise<T> {
  if (typeof indexedDB === 'undefined') return empty;
  const db = await openExisting(name);
  if (!db) return empty;
  try {
    // An older database may not have this store yet (it arrives with an upgrade).
    if (!db.objectStoreNames.contains(store)) return empty;
    return await request(read(db.transaction(store, 'readonly').objectStore(store)));
  } finally {
    db.close();
  }
}

/** Closures, not methods: safe to pass around on their own. */
export interface HomeReads {
  inProgress: () => Promise<Attempt[]>;
  /** Review cards due at or before `until`, soonest first. */
  due: (until: number) => Promise<ReviewCard[]>;
  installedBanks: () => Promise<InstalledBankSummary[]>;
}

export function createQuickReads(name: string = DATABASE_NAME): HomeReads {
  return {
    inProgress: () =>
      readStore(
        name,
        'attempts',
        (s) => s.index('status').getAll('in-progress') as IDBRequest<Attempt[]>,
        [],
      ),
    // The index returns them in due order.
    due: (until) =>
      readStore(
        name,
        'reviewCards',
        (s) => s.index('due').getAll(IDBKeyRange.upperBound(until)) as IDBRequest<ReviewCard[]>,
        [],
      ),
    installedBanks: async () => {
      const rows = await readStore(
        name,
        'banks',
        (s) => s.getAll() as IDBRequest<InstalledBankSummary[]>,
        [],
      );
      return rows.sort(
        (a, b) => a.certification.localeCompare(b.certification) || a.title.localeCompare(b.title),
      );
    },
  };
}
