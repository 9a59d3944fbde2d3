/** What a key press asks the deck to do. */
export type DeckAction =
  'next' | 'previous' | 'first' | 'last' | 'overview' | 'fullscreen' | 'help' | 'notes' | 'presenter';

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
  if (key === '?') return 'help';
  if (Object.hasOwn(NAVIGATION, key)) return NAVIGATION[key];
  const letter = key.toLowerCase();
  return Object.hasOwn(COMMANDS, letter) ? COMMANDS[letter] : null;
}
