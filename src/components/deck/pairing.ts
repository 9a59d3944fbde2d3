import { parsePairingToken } from '../../deck/sync-message';

const STORAGE_KEY = 'nlp-journey-deck-pair';

/** This tab's pairing token: from "?pair=" in the URL (then remembered for reloads), else the remembered one. */
export function readPairing(): string | null {
  const fromUrl = parsePairingToken(new URLSearchParams(location.search).get('pair'));
  if (fromUrl) {
    rememberPairing(fromUrl);
    // Keep the token out of the address bar, so a copied link never carries it.
    const url = new URL(location.href);
    url.searchParams.delete('pair');
    history.replaceState(null, '', url);
    return fromUrl;
  }
  try {
    return parsePairingToken(sessionStorage.getItem(STORAGE_KEY));
  } catch {
    return null;
  }
}

/** Remember the token for this tab only (sessionStorage): another tab or visitor never inherits it. */
export function rememberPairing(token: string): void {
  try {
    sessionStorage.setItem(STORAGE_KEY, token);
  } catch {
    // Private modes may refuse storage; the pair still works until reload.
  }
}
