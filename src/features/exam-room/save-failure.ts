/** What the candidate is told when a write fails: what was not saved, and why. */
import type { WriteFailure } from './write-queue';

export interface SaveFailure {
  /** "your answer to question 7" */
  what: string;
  /** The browser refused the write for lack of space (QuotaExceededError). */
  storageFull: boolean;
  /** The error as the browser gave it, for anything but a full storage. */
  detail: string;
}

/** True for QuotaExceededError, also when Dexie wraps it (as `inner`) or it is a `cause`. */
export function isStorageFull(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    if (typeof e !== 'object') return false;
    if ((e as { name?: unknown }).name === 'QuotaExceededError') return true;
    e = (e as { inner?: unknown }).inner ?? (e as { cause?: unknown }).cause;
  }
  return false;
}

export function describeSaveFailure({ what, error }: WriteFailure): SaveFailure {
  return { what, storageFull: isStorageFull(error), detail: String(error) };
}
