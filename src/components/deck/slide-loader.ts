/**
 * Fills a talk's slide shells (see TalkDeck.astro) with their content, fetched from their chapter's fragment
 * page (data-src, e.g. /talk/slides/data/) once per page and shared by every shell of that chapter. Scripts in
 * the fragment (islands' loaders, components' modules) are re-created here so the slide's demos work; the
 * site-wide Content-Security-Policy already carries the hashes of every page's inline scripts.
 */
const fragments = new Map<string, Promise<Document>>();

function fetchFragment(url: string): Promise<Document> {
  let fragment = fragments.get(url);
  if (!fragment) {
    fragment = fetch(url)
      .then((response) => {
        if (!response.ok) throw new Error(`${url} answered ${response.status}`);
        return response.text();
      })
      .then((html) => new DOMParser().parseFromString(html, 'text/html'));
    fragments.set(url, fragment);
    // A failed load is tried again on the next visit to the slide.
    fragment.catch(() => fragments.delete(url));
  }
  return fragment;
}

/** A parsed <script> made live: a script inserted by DOMParser or adoptNode never runs. */
function revive(script: HTMLScriptElement): HTMLScriptElement {
  const live = document.createElement('script');
  for (const { name, value } of script.attributes) live.setAttribute(name, value);
  live.textContent = script.textContent;
  return live;
}

/** Whether a shell's content is in place (special slides always are). */
export const isLoaded = (slide: HTMLElement): boolean => !slide.dataset.src || slide.dataset.loaded === 'true';

function fill(shell: HTMLElement, fragment: Document) {
  const source = fragment.querySelector<HTMLElement>(`.slide[data-key="${CSS.escape(shell.dataset.key ?? '')}"]`);
  const pending = shell.querySelector('.slide__pending');
  if (!source) {
    if (pending) pending.textContent = `This slide is missing from ${shell.dataset.src}: rebuild the site.`;
    return;
  }
  // The body alone changes: the canvas (scaled, measured) and any notes attached to the slide stay.
  const body = source.querySelector('.slide__body');
  if (body) shell.querySelector('.slide__body')?.replaceWith(document.adoptNode(body.cloneNode(true)));
  if (source.dataset.steps) shell.dataset.steps = source.dataset.steps;
  shell.dataset.loaded = 'true';
  for (const script of shell.querySelectorAll('script')) script.replaceWith(revive(script));
  // The fragment's module scripts (component code) once each, after the markup they work on is in place.
  for (const script of fragment.head.querySelectorAll<HTMLScriptElement>('script[type="module"][src]')) {
    const src = script.getAttribute('src')!;
    if (!document.querySelector(`script[src="${CSS.escape(src)}"]`)) document.head.append(revive(script));
  }
}

/**
 * Load a slide's content (and its chapter's other shells in this page, from the same fragment). Resolves when
 * it is in place; rejects with the fetch's error, after which the shell says so and a later call tries again.
 */
export async function loadSlide(slide: HTMLElement): Promise<void> {
  if (isLoaded(slide)) return;
  const src = slide.dataset.src!;
  try {
    const fragment = await fetchFragment(src);
    for (const shell of document.querySelectorAll<HTMLElement>(`.slide[data-src="${CSS.escape(src)}"]`))
      if (!isLoaded(shell)) fill(shell, fragment);
  } catch (error) {
    const pending = slide.querySelector('.slide__pending');
    if (pending)
      pending.textContent = `The slide could not be loaded (${(error as Error).message}); it is tried again when you come back to it.`;
    throw error;
  }
}

/** Load every slide (print, notes pages): resolves once all are in place or failed (then it rejects). */
export async function loadAllSlides(slides: readonly HTMLElement[]): Promise<void> {
  const results = await Promise.allSettled(slides.map(loadSlide));
  const failed = results.find((result) => result.status === 'rejected');
  if (failed) throw (failed as PromiseRejectedResult).reason;
}
