/** Which window sent a message. */
export type SyncOrigin = 'deck' | 'presenter';

/** Messages between the audience deck and the presenter view of one paired browser. */
export type SyncMessage =
  | { kind: 'goto'; token: string; from: SyncOrigin; slide: number; step: number }
  | { kind: 'hello'; token: string; from: SyncOrigin }
  | { kind: 'blackout'; token: string; from: SyncOrigin; on: boolean };

/** What a receiving window knows, to judge a message by. */
export interface SyncExpectations {
  token: string;
  slideCount: number;
  stepCount: (slide: number) => number;
}

const TOKEN = /^[A-Za-z0-9_-]{16,64}$/;

/** A pairing token: 128 random bits as URL-safe base64. */
export function createPairingToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/** A pairing token read from a URL or storage, or null when it is missing or malformed. */
export function parsePairingToken(value: unknown): string | null {
  return typeof value === 'string' && TOKEN.test(value) ? value : null;
}

/**
 * The BroadcastChannel a pair talks on: its token is in the name, so other decks never hear it, and so is the
 * talk's id, so a tab that moved on to another talk never follows (or drives) the old talk's presenter.
 */
export function channelName(token: string, talk = ''): string {
  return `nlp-journey-deck:${token}${talk ? `:${talk}` : ''}`;
}

const isIndex = (value: unknown, max: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max;

/**
 * Accept a message only if it has the expected shape, carries this pair's token and points at a
 * slide and step that exist; anything else is null and is ignored.
 */
export function parseSyncMessage(data: unknown, expect: SyncExpectations): SyncMessage | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const message = data as Record<string, unknown>;
  if (message.token !== expect.token || parsePairingToken(message.token) === null) return null;
  if (message.from !== 'deck' && message.from !== 'presenter') return null;
  const from = message.from;
  if (message.kind === 'hello') {
    return Object.keys(message).length === 3 ? { kind: 'hello', token: expect.token, from } : null;
  }
  if (message.kind === 'blackout') {
    return Object.keys(message).length === 4 && typeof message.on === 'boolean'
      ? { kind: 'blackout', token: expect.token, from, on: message.on }
      : null;
  }
  if (message.kind !== 'goto' || Object.keys(message).length !== 5) return null;
  if (!isIndex(message.slide, expect.slideCount - 1)) return null;
  if (!isIndex(message.step, expect.stepCount(message.slide))) return null;
  return { kind: 'goto', token: expect.token, from, slide: message.slide, step: message.step };
}
