/** What a key press asks the deck to do. */
export type DeckAction = 'next' | 'previous' | 'first' | 'last' | 'overview' | 'fullscreen' | 'help' | 'notes' | 'presenter';

/** The parts of a keyboard event the key map reads. */
export interface KeyPress {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

const NAVIGATION: Record<string, DeckAction> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  PageUp: 'previous',
  Home: 'first',
  End: 'last',
};

const COMMANDS: Record<string, DeckAction> = {
  o: 'overview',
  f: 'fullscreen',
  '?': 'help',
  n: 'notes',
  p: 'presenter',
};

/**
 * The deck's key map, as Slidev and reveal.js speakers know it: → ↓ Space PgDn forward,
 * ← ↑ Shift+Space PgUp back, Home/End, o f ? n p. Keys with Ctrl, ⌘ or Alt stay the browser's.
 */
export function keyToAction({ key, shiftKey, ctrlKey, metaKey, altKey }: KeyPress): DeckAction | null {
  if (ctrlKey || metaKey || altKey) return null;
  if (key === ' ' || key === 'Spacebar') return shiftKey ? 'previous' : 'next';
  if (key in NAVIGATION) return NAVIGATION[key];
  const command = key.length === 1 ? key.toLowerCase() : key;
  if (key === '?') return 'help';
  return command in COMMANDS && command !== '?' ? COMMANDS[command] : null;
}
