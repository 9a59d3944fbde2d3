/**
 * What the live pages keep in the browser, through the site's storage module: the attendee's device id
 * and last vote (localStorage, so a reload or a reconnect keeps the vote), the presenter's room secret
 * (sessionStorage: only the tab that started the session holds it), and the room code for the deck's
 * join slide (localStorage: not a secret, and the deck runs in another tab).
 */
import { readItem, writeItem } from '../site-storage';

const DEVICE = 'nlp-journey:live-device';
const VOTE = 'nlp-journey:live-vote';
const PRESENTER = 'nlp-journey:live-presenter';
export const ROOM_KEY = 'nlp-journey:live-room';

/** This browser's device id for votes, made once. */
export function deviceId(): string {
  const known = readItem('localStorage', DEVICE);
  if (known && /^[A-Za-z0-9-]{8,64}$/.test(known)) return known;
  const made = crypto.randomUUID();
  writeItem('localStorage', DEVICE, made, { quiet: true });
  return made;
}

export interface KeptVote {
  room: string;
  question: number;
  option: string;
}

/** The last vote this browser cast, if it parses. */
export function keptVote(): KeptVote | undefined {
  try {
    const value = JSON.parse(readItem('localStorage', VOTE) ?? 'null') as Partial<KeptVote> | null;
    return value &&
      typeof value.room === 'string' &&
      typeof value.question === 'number' &&
      typeof value.option === 'string'
      ? (value as KeptVote)
      : undefined;
  } catch {
    return undefined;
  }
}
export const keepVote = (vote: KeptVote) => writeItem('localStorage', VOTE, JSON.stringify(vote), { quiet: true });

export interface PresenterSession {
  room: string;
  secret: string;
}

/** The session this tab started, if any. */
export function presenterSession(): PresenterSession | undefined {
  try {
    const value = JSON.parse(readItem('sessionStorage', PRESENTER) ?? 'null') as Partial<PresenterSession> | null;
    return value && typeof value.room === 'string' && typeof value.secret === 'string'
      ? (value as PresenterSession)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Keep (or with null forget) this tab's session, and tell the deck's join slide the room code. */
export function keepPresenterSession(session: PresenterSession | null) {
  writeItem('sessionStorage', PRESENTER, session && JSON.stringify(session));
  writeItem('localStorage', ROOM_KEY, session?.room ?? null, { quiet: true });
}

/** The room code the presenter's tab last started, for the deck's join slide. */
export const currentRoom = () => readItem('localStorage', ROOM_KEY);
