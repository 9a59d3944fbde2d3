/** Where focus owns every key: form fields, editors, islands and anything marked data-deck-keep-keys. */
const OWNS_ALL_KEYS =
  'textarea, input:not([type="button"], [type="submit"], [type="reset"], [type="checkbox"], [type="radio"]), [contenteditable]:not([contenteditable="false"]), astro-island, [data-deck-keep-keys], [role="textbox"], [role="slider"], [role="spinbutton"], [role="listbox"]';
/** On a slide, these own Space and Enter (activation) and the arrows too (radio groups, tabs, menus). */
const ON_SLIDE = 'button, summary, a[href], select, input, [role="button"], [role="tab"], [role="radio"]';

/**
 * Whether a key press belongs to the focused element rather than the deck. The deck's and presenter's
 * own controls ([data-deck-controls]: buttons, links, the theme select) never keep a navigation key,
 * only Enter; a text field anywhere keeps every key; on a slide an interactive demo keeps them.
 */
export function keyBelongsToFocus(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest(OWNS_ALL_KEYS)) return true;
  // A scrolling pane (the presenter's notes) keeps ↑ ↓ to scroll; a clicker's Page Up/Down still move the deck.
  if (target.closest('[data-deck-scroll-keys]') && (key === 'ArrowUp' || key === 'ArrowDown')) return true;
  if (target.closest('[data-deck-controls]')) return key === 'Enter' && target.tagName !== 'SELECT';
  const control = target.closest(ON_SLIDE);
  if (!control) return false;
  if (key === ' ' || key === 'Enter') return true;
  return control.tagName !== 'A';
}
