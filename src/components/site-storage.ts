/**
 * The site's one way to keep things in the browser: localStorage for what the reader builds up
 * (progress, checklist, theme), sessionStorage for one tab's state (presenter pairing and timer).
 * Nothing here throws. When the browser refuses a write (storage full: QuotaExceededError; or
 * blocked: a SecurityError from the `localStorage` getter), the value is still kept for this tab
 * (in sessionStorage when that works, else in this page's memory), reads return it, and the reader
 * is told once per page what will be lost and when.
 */
import { showNotice } from './site-notice';

export type StorageArea = 'localStorage' | 'sessionStorage';

/** Where a localStorage value that could not be saved is kept for the rest of the tab's life. */
export const unsavedKey = (key: string): string => `nlp-journey:unsaved:${key}`;

/** Values the browser refused to store, kept for as long as this page is open (null: removed). */
const memory = new Map<string, string | null>();

function area(name: StorageArea): Storage | undefined {
  try {
    return globalThis[name];
  } catch {
    return undefined; // blocked by the browser's privacy settings
  }
}

function attempt<T>(action: () => T): T | undefined {
  try {
    return action();
  } catch {
    return undefined;
  }
}

/** The value stored under `key`, or null when there is none or storage cannot be read. */
export function readItem(name: StorageArea, key: string): string | null {
  const kept = memory.get(`${name}:${key}`);
  if (kept !== undefined) return kept;
  if (name === 'localStorage') {
    const unsaved = attempt(() => area('sessionStorage')?.getItem(unsavedKey(key)));
    if (unsaved !== null && unsaved !== undefined) return unsaved;
  }
  return attempt(() => area(name)?.getItem(key)) ?? null;
}

export interface WriteOptions {
  /** The caller tells the reader itself (or needs no notice) when storage refuses the value. */
  quiet?: boolean;
}

/**
 * Store `value` under `key` (null removes it). Returns false when the browser refused it: the value
 * then lives on for this tab or page (reads still see it) and, unless `quiet`, the reader is told.
 */
export function writeItem(name: StorageArea, key: string, value: string | null, options: WriteOptions = {}): boolean {
  const saved = attempt(() => {
    const store = area(name);
    if (!store) return false;
    if (value === null) store.removeItem(key);
    else store.setItem(key, value);
    return true;
  });
  if (saved) {
    memory.delete(`${name}:${key}`);
    if (name === 'localStorage') attempt(() => area('sessionStorage')?.removeItem(unsavedKey(key)));
    return true;
  }
  const keptForTab =
    name === 'localStorage' &&
    value !== null &&
    attempt(() => {
      area('sessionStorage')!.setItem(unsavedKey(key), value);
      return true;
    }) === true;
  if (keptForTab) memory.delete(`${name}:${key}`);
  else memory.set(`${name}:${key}`, value);
  if (!options.quiet) {
    showNotice(
      `This browser did not let the site save your changes (its storage is full or turned off), so they are kept only until you ${keptForTab ? 'close this tab' : 'leave or reload this page'}.`,
      'alert',
    );
  }
  return false;
}

/**
 * Call `listener` with the new value whenever another tab of this browser changes `key` in
 * localStorage (the `storage` event; null when it was removed or storage was cleared).
 */
export function watchItem(key: string, listener: (value: string | null) => void): void {
  addEventListener('storage', (event) => {
    if (event.storageArea !== area('localStorage') || (event.key !== key && event.key !== null)) return;
    memory.delete(`localStorage:${key}`);
    listener(event.key === null ? null : event.newValue);
  });
}
