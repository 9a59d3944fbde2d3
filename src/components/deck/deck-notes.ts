/**
 * The talk's speaker notes live on their own page (/talk/notes/), so the deck and the presenter paint
 * their first slide without them. `loadNotes` fetches that page once and gives each slide's notes
 * (a `.slide__notes` element, adopted into this document and shaped by `foldProse`) by slide key
 * ("/use-case/2"). Rejects with an Error naming the status when the page cannot be had.
 */
let notes: Promise<Map<string, HTMLElement>> | null = null;

export function loadNotes(): Promise<Map<string, HTMLElement>> {
  notes ??= fetch('/talk/notes/')
    .then((response) => {
      if (!response.ok) throw new Error(`the notes page answered ${response.status}`);
      return response.text();
    })
    .then((html) => {
      const page = new DOMParser().parseFromString(html, 'text/html');
      const byKey = new Map<string, HTMLElement>();
      for (const el of page.querySelectorAll<HTMLElement>('[data-notes-for]')) {
        foldProse(el);
        // Focused, the notes keep ↑ ↓ to scroll (the presenter's pane and the n overlay alike).
        el.dataset.deckScrollKeys = '';
        byKey.set(el.dataset.notesFor!, document.adoptNode(el));
      }
      return byKey;
    });
  notes.catch(() => (notes = null));
  return notes;
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * Put a slide's cue (its <Notes> blocks, `.speaker-only`) first, where a glance finds it, and fold the
 * chapter's prose below it into a closed <details> that says how long it is. Notes without a cue are left
 * as they are: their prose is all the speaker has. Mutates `el`; the label (`.slide__notes-label`) stays first.
 */
export function foldProse(el: HTMLElement): void {
  const cues = [...el.querySelectorAll<HTMLElement>('.speaker-only')].filter(
    (cue) => !cue.parentElement?.closest('.speaker-only'),
  );
  if (cues.length === 0) return;
  const label = el.querySelector(':scope > .slide__notes-label');
  for (const cue of cues) {
    cue.remove();
    cue.classList.add('slide__notes-cue');
  }
  const prose = [...el.childNodes].filter((node) => node !== label && node.textContent?.trim());
  const doc = el.ownerDocument;
  const parts: Node[] = [...(label ? [label] : []), ...cues];
  if (prose.length > 0) {
    const details = doc.createElement('details');
    details.className = 'slide__notes-prose';
    const summary = doc.createElement('summary');
    const words = wordCount(prose.map((node) => node.textContent ?? '').join(' '));
    summary.textContent = `The chapter's text (${words} words)`;
    // A click or Enter on it opens the text; it never keeps a clicker's keys (see key-focus.ts).
    summary.dataset.deckControls = '';
    details.append(summary, ...prose);
    parts.push(details);
  }
  el.replaceChildren(...parts);
}
