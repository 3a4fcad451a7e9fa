/** A window event fired after any write to the database commits, for views that read it. */
export const DB_CHANGED = 'ces:db-changed';

export function notifyDbChanged(): void {
  globalThis.dispatchEvent?.(new Event(DB_CHANGED));
}
