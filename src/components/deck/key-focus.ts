/** Where focus owns every key: form fields, editors, islands and anything marked data-deck-keep-keys. */
const OWNS_ALL_KEYS =
  'input, textarea, select, [contenteditable]:not([contenteditable="false"]), astro-island, [data-deck-keep-keys], [role="textbox"], [role="slider"], [role="spinbutton"], [role="listbox"]';
/** Where focus owns Space and Enter (activation) and, outside the deck's own controls, the arrows too. */
const ACTIVATES = 'button, summary, a[href], [role="button"], [role="tab"]';

/** Whether a key press belongs to the focused element rather than the deck. */
export function keyBelongsToFocus(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest(OWNS_ALL_KEYS)) return true;
  const control = target.closest(ACTIVATES);
  if (!control) return false;
  if (key === ' ' || key === 'Enter') return true;
  return !control.closest('[data-deck-controls]') && control.tagName !== 'A';
}
