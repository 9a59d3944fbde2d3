/**
 * Opens Pagefind's Component UI search modal, loading its script and styles on first use only,
 * so pages carry no search code until a reader asks for it.
 */
const BUNDLE = '/pagefind/';

interface PagefindModal extends HTMLElement {
  open(): void;
}

let loading: Promise<void> | undefined;

function loadComponentUi(): Promise<void> {
  loading ??= new Promise<void>((resolve, reject) => {
    const style = document.createElement('link');
    style.rel = 'stylesheet';
    style.href = `${BUNDLE}pagefind-component-ui.css`;
    document.head.append(style);
    const script = document.createElement('script');
    script.type = 'module';
    script.src = `${BUNDLE}pagefind-component-ui.js`;
    script.onerror = () => reject(new Error('search index missing'));
    document.head.append(script);
    customElements.whenDefined('pagefind-modal').then(() => resolve(), reject);
  }).catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/** Open the search modal; if search cannot load (e.g. a dev server without an index), say so. */
export async function openSearch(): Promise<void> {
  try {
    await loadComponentUi();
  } catch {
    showSearchUnavailable();
    return;
  }
  let modal = document.querySelector<PagefindModal>('pagefind-modal');
  if (!modal) {
    modal = document.createElement('pagefind-modal') as PagefindModal;
    modal.setAttribute('reset-on-close', '');
    document.body.append(modal);
    // The modal builds its dialog when connected; give it a frame before opening.
    await new Promise(requestAnimationFrame);
  }
  modal.open();
}

function showSearchUnavailable() {
  const button = document.querySelector('[data-search-open]');
  const note = document.querySelector('[data-search-note]');
  if (note) note.textContent = 'Search is unavailable: the index is built with the site (npm run build).';
  button?.setAttribute('aria-describedby', 'search-note');
}
