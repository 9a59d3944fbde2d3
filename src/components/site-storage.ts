/**
 * The site's one way to keep things in the browser: localStorage for what the reader builds up
 * (progress, checklist, theme), sessionStorage for one tab's state (presenter pairing and timer).
 * Nothing here throws. When the browser refuses a write (storage full: QuotaExceededError; or
 * blocked: a SecurityError from the `localStorage` getter), the value is kept in this page's
 * memory, reads return it, and the reader is told once per page that it lasts until they leave.
 */
import { showNotice } from './site-notice';

export type StorageArea = 'localStorage' | 'sessionStorage';

/** Values the browser refused to store, kept for as long as this page is open. */
const memory = new Map<string, string>();

/** What the browser has stored under `key`, or null when there is none or storage is blocked. */
export function readStored(name: StorageArea, key: string): string | null {
  try {
    return globalThis[name].getItem(key);
  } catch {
    return null;
  }
}

/** The value under `key` as this page last wrote it, or else as stored. */
export const readItem = (name: StorageArea, key: string): string | null =>
  memory.get(name + key) ?? readStored(name, key);

/**
 * Try to store `value` under `key`; false when the browser refuses (storage full or blocked).
 * Says nothing and keeps nothing: for the inline theme script, which must stay tiny and fetches
 * `writeItem`'s notice only when this fails. Everything else uses `writeItem`.
 */
export function trySet(name: StorageArea, key: string, value: string): boolean {
  try {
    globalThis[name].setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

function tryRemove(name: StorageArea, key: string): boolean {
  try {
    globalThis[name].removeItem(key);
    return true;
  } catch {
    return false;
  }
}

export interface WriteOptions {
  /** The caller tells the reader itself (or needs no notice) when storage refuses the value. */
  quiet?: boolean;
}

/**
 * Store `value` under `key` (null removes it). Returns false when the browser refused it: the value
 * then lives on in this page's memory (reads still see it) and, unless `quiet`, the reader is told.
 */
export function writeItem(name: StorageArea, key: string, value: string | null, options: WriteOptions = {}): boolean {
  if (value === null ? tryRemove(name, key) : trySet(name, key, value)) {
    memory.delete(name + key);
    return true;
  }
  // A value that could not be removed needs no keeping: a store that refuses writes reads as empty.
  if (value === null) memory.delete(name + key);
  else memory.set(name + key, value);
  if (!options.quiet)
    showNotice(
      'This browser did not let the site save your changes (its storage is full or turned off), so they are kept only until you leave or reload this page.',
      'alert',
    );
  return false;
}

/**
 * Call `listener` with the new value whenever another tab of this browser changes `key` in
 * localStorage (the `storage` event; null when it was removed or storage was cleared).
 */
export function watchItem(key: string, listener: (value: string | null) => void): void {
  window.addEventListener('storage', (event: StorageEvent) => {
    if (event.key !== key && event.key !== null) return;
    if (event.storageArea !== readLocalArea()) return;
    memory.delete(`localStorage${key}`);
    listener(event.key === null ? null : event.newValue);
  });
}

function readLocalArea(): Storage | undefined {
  try {
    return localStorage;
  } catch {
    return undefined;
  }
}
