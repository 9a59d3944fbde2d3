/** What a key press asks the deck to do. */
export type DeckAction =
  | 'next'
  | 'previous'
  | 'first'
  | 'last'
  | 'reveal'
  | 'jump'
  | 'blackout'
  | 'overview'
  | 'fullscreen'
  | 'help'
  | 'notes'
  | 'presenter'
  | 'live';

/** The DOM event the presenter fires for the `live` action; the live panel starts a session on it. */
export const LIVE_START_EVENT = 'deck:live-start';

/** The actions that move the deck: they reach the deck through any of its own controls. */
export const MOVES: ReadonlySet<DeckAction> = new Set(['next', 'previous', 'first', 'last', 'reveal', 'blackout']);

/** The parts of a keyboard event the key map reads. */
export interface KeyPress {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/** One line of the key map: the keys (as `KeyboardEvent.key`), what they do, and how the help names them. */
export interface KeyBinding {
  action: DeckAction;
  keys: readonly string[];
  label: string;
  does: string;
}

/**
 * The deck's key map, as Slidev and reveal.js speakers know it, and the source of the "?" help.
 * Clickers send PageDown/PageUp (some → ←) and "b" or "." for their black-screen button.
 * Letters match either case; Shift+Space is handled apart (back).
 */
export const KEY_MAP: readonly KeyBinding[] = [
  {
    action: 'next',
    keys: ['ArrowRight', 'ArrowDown', 'PageDown', ' '],
    label: '→ ↓ Space Page Down',
    does: 'Next step or slide',
  },
  {
    action: 'previous',
    keys: ['ArrowLeft', 'ArrowUp', 'PageUp'],
    label: '← ↑ Shift+Space Page Up',
    does: 'Previous step or slide',
  },
  { action: 'first', keys: ['Home'], label: 'Home', does: 'First slide' },
  { action: 'last', keys: ['End'], label: 'End', does: 'Last slide' },
  { action: 'reveal', keys: ['a'], label: 'a', does: 'Show all the steps of this slide at once' },
  {
    action: 'jump',
    keys: ['g'],
    label: 'g, a number, Enter',
    does: 'Go to a slide by its number, or by words of its title (↑ ↓ pick, Enter goes)',
  },
  { action: 'blackout', keys: ['b', '.'], label: 'b or .', does: 'Black screen on or off (a clicker’s blank button)' },
  {
    action: 'overview',
    keys: ['o'],
    label: 'o',
    does: 'Overview of all slides on or off (arrows to move, Enter to jump)',
  },
  { action: 'fullscreen', keys: ['f'], label: 'f', does: 'Fullscreen on or off' },
  { action: 'notes', keys: ['n'], label: 'n', does: 'Speaker notes over the slide' },
  { action: 'presenter', keys: ['p'], label: 'p', does: 'Presenter view link (open it in a new tab)' },
  {
    action: 'live',
    keys: ['l'],
    label: 'l',
    does: 'Start a live audience session (presenter view, with the companion server: npm start)',
  },
  { action: 'help', keys: ['?'], label: '?', does: 'This help' },
];

const BY_KEY = new Map(KEY_MAP.flatMap(({ action, keys }) => keys.map((key) => [key, action] as const)));

/** The action a key press asks for, or null. Keys with Ctrl, ⌘ or Alt stay the browser's. */
export function keyToAction({ key, shiftKey, ctrlKey, metaKey, altKey }: KeyPress): DeckAction | null {
  if (ctrlKey || metaKey || altKey) return null;
  if (key === ' ' || key === 'Spacebar') return shiftKey ? 'previous' : 'next';
  return BY_KEY.get(key) ?? BY_KEY.get(key.toLowerCase()) ?? null;
}
