/**
 * Which presenter pair this tab belongs to, kept for reloads through the site's storage wrapper,
 * and the claim that keeps one deck per pairing token in this browser.
 */
import { parsePairingToken } from '../../deck/sync-message';
import { writeItem, readItem } from '../site-storage';

const STORAGE_KEY = 'nlp-journey-deck-pair';
const PARAM = 'pair';

function setTokenInAddress(token: string | null) {
  const url = new URL(location.href);
  if (token) url.searchParams.set(PARAM, token);
  else url.searchParams.delete(PARAM);
  history.replaceState(null, '', url);
}

/** This tab's pairing token: from "?pair=" in the URL (then remembered for reloads), else the remembered one. */
export function readPairing(): string | null {
  const fromUrl = parsePairingToken(new URLSearchParams(location.search).get(PARAM));
  if (fromUrl) {
    rememberPairing(fromUrl);
    return fromUrl;
  }
  return parsePairingToken(readItem('sessionStorage', STORAGE_KEY));
}

/**
 * Remember the token for this tab only (sessionStorage): another visitor never inherits it. The
 * address bar then drops it, so a copied link never carries it; when the browser refuses storage,
 * the address keeps it instead, so a reload still finds the pair.
 */
export function rememberPairing(token: string): void {
  const saved = writeItem('sessionStorage', STORAGE_KEY, token, { quiet: true });
  setTokenInAddress(saved ? null : token);
}

/** Forget this tab's token (a copy of a paired tab that must not act as the pair). */
export function forgetPairing(): void {
  writeItem('sessionStorage', STORAGE_KEY, null, { quiet: true });
  setTokenInAddress(null);
}

/**
 * Hold the pair's deck role for this window while it stays open, with the Web Locks API: resolves
 * false when another window of this browser holds it, e.g. a tab opened from the paired deck or a
 * duplicate of it, which inherit its sessionStorage (and its address, when that keeps the token).
 * A deck that is reloading releases its lock as it goes, so the wait (1.5 s at most) lets a reload
 * reclaim its own pair. Browsers without Web Locks trust the window, as before the check existed.
 */
export function claimDeckPairing(token: string): Promise<boolean> {
  const locks = globalThis.navigator?.locks;
  if (!locks) return Promise.resolve(true);
  return new Promise<boolean>((resolve) => {
    locks
      .request(`nlp-journey-deck-pair:${token}`, { signal: AbortSignal.timeout(1500) }, () => {
        resolve(true);
        return new Promise<never>(() => {}); // held until the page goes away
      })
      .catch(() => resolve(false));
  });
}
