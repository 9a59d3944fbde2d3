import type { BrowserContext, Page } from '@playwright/test';

/**
 * Make localStorage full, as a browser at its quota is: every localStorage.setItem throws a
 * DOMException named QuotaExceededError (sessionStorage still works).
 */
export const fillLocalStorage = (target: Page | BrowserContext) =>
  target.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
      if (this === window.localStorage)
        throw new DOMException(`Setting the value of '${key}' exceeded the quota.`, 'QuotaExceededError');
      setItem.call(this, key, value);
    };
  });

/**
 * Block storage, as strict privacy settings do: reading window.localStorage or window.sessionStorage
 * throws a DOMException named SecurityError.
 */
export const blockStorage = (target: Page | BrowserContext) =>
  target.addInitScript(() => {
    for (const name of ['localStorage', 'sessionStorage'])
      Object.defineProperty(window, name, {
        configurable: true,
        get() {
          throw new DOMException(
            `Failed to read the '${name}' property from 'Window': access is denied.`,
            'SecurityError',
          );
        },
      });
  });

/** Every uncaught error of a page, to assert there were none. */
export function errorsOf(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** The notice that says the browser refused to save, and until when the reader's changes last. */
export const unsavedNotice = (page: Page) =>
  page.getByRole('alert').filter({ hasText: 'did not let the site save your changes' });
