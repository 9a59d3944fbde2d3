/**
 * The talk's speaker notes live on their own page (/talk/notes/), so the deck and the presenter paint
 * their first slide without them. `loadNotes` fetches that page once and gives each slide's notes
 * (a `.slide__notes` element, adopted into this document) by slide key ("/use-case/2").
 * Rejects with an Error naming the status when the page cannot be had.
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
      for (const el of page.querySelectorAll<HTMLElement>('[data-notes-for]'))
        byKey.set(el.dataset.notesFor!, document.adoptNode(el));
      return byKey;
    });
  notes.catch(() => (notes = null));
  return notes;
}
