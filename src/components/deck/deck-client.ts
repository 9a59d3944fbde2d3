import type { DeckAction } from '../../deck/deck-keys';
import { createPairingToken } from '../../deck/sync-message';
import { fitContent, fitStage, SCROLL_VIEW_QUERY } from './canvas-fit';
import { createDeckController } from './deck-controller';
import { loadNotes } from './deck-notes';
import { claimDeckPairing, forgetPairing, readPairing, rememberPairing } from './pairing';
import { showStep, readSlides } from './slide-dom';
import { isLoaded, loadAllSlides, loadSlide } from './slide-loader';

/** The audience deck: one slide at a time, touch, fullscreen, notes overlay, presenter pairing, a bar that hides. */
const root = document.documentElement;
const stage = document.querySelector<HTMLElement>('[data-deck-stage]')!;
const slides = readSlides(stage);
const counter = document.querySelector<HTMLElement>('[data-deck-counter]')!;
const progress = document.querySelector<HTMLElement>('[data-deck-progress]')!;
const presenterLink = document.querySelector<HTMLAnchorElement>('[data-deck-presenter]')!;
const hint = document.querySelector<HTMLElement>('[data-deck-hint]')!;
const presenterBase = presenterLink.getAttribute('href')!;
const params = new URLSearchParams(location.search);

const inherited = readPairing();
let candidateToken = '';
/** Offer a presenter link for `token`; no slide in it: the presenter asks the deck where it is. */
function offer(token: string) {
  candidateToken = token;
  presenterLink.href = `${presenterBase}?pair=${token}`;
}
offer(inherited ?? createPairingToken());
let paired = false;
/** True while this window checks that no other window already is the deck of its inherited pair. */
let claiming = inherited !== null;
let hintTimer = 0;

root.classList.add('deck-live');

/** Put each slide's speaker notes (loaded apart) under it, for the n overlay and printed notes pages. */
async function attachNotes() {
  if (root.dataset.notes === 'ready') return;
  try {
    const notes = await loadNotes();
    for (const { el, key } of slides) {
      const note = notes.get(key);
      if (note && !el.querySelector('.slide__notes')) el.append(note);
    }
    root.dataset.notes = 'ready';
  } catch (error) {
    hint.textContent = `The speaker notes could not be loaded (${(error as Error).message}); reload the page to try again.`;
  }
}
/** Load every slide's content (print needs them all; the deck otherwise loads them as they come up). */
async function loadEverything() {
  try {
    await loadAllSlides(slides.map(({ el }) => el));
    root.dataset.slides = 'ready';
    hint.textContent = `All ${slides.length} slides are loaded: print now (Ctrl+P or ⌘+P).`;
  } catch (error) {
    hint.textContent = `Some slides could not be loaded (${(error as Error).message}); reload the page to print them all.`;
  }
}
if (params.has('notes')) {
  root.classList.add('deck-print-notes');
  void attachNotes();
}
if (params.has('notes') || params.has('print')) void loadEverything();

/** Load the slide at `index` and the next few (and the one before), so moving on never waits for the network. */
function loadAround(index: number) {
  for (const i of [index, index + 1, index + 2, index + 3, index - 1]) {
    const slide = slides[i];
    if (!slide || isLoaded(slide.el)) continue;
    loadSlide(slide.el).then(
      () => {
        // Its content arrived while it is on screen: draw it at the current step.
        if (deck.position.slide === i)
          if (deck.position.slide === i) {
            scrolledTo = scrollView.matches; // redrawn in place, not scrolled to
            deck.go(deck.position, false);
          }
      },
      () => {},
    );
  }
}
fitStage(stage);

// Astro puts a page's CSS in the page, so the stylesheet Vite would preload with the simulator's chunk is never
// written: the slide brings it itself (data-css), and the chunk loads without it.
window.addEventListener('vite:preloadError', (event) => {
  if (/preload CSS/.test(String((event as Event & { payload?: Error }).payload?.message))) event.preventDefault();
});

/** A live simulator on the slide loads (its own chunk: React, XState, the model's data) only once it is shown. */
function mountDemos(slide: HTMLElement) {
  const mount = slide.querySelector<HTMLElement>('[data-simulator-mount]:not([data-mounted])');
  if (!mount) return;
  mount.dataset.mounted = 'true';
  import('./slide-simulator')
    .then(({ mountSlideSimulator }) => mountSlideSimulator(mount))
    .catch((error: Error) => {
      delete mount.dataset.mounted;
      mount.textContent = `The simulator could not be loaded (${error.message}); come back to this slide to try again.`;
    });
}

// A talk with live slides shows the room's join code and the room-driven simulator there while the presenter
// runs a live session; on a static host (no companion server) the mount does nothing and the slides keep their text.
const liveJoin = document.querySelectorAll<HTMLElement>('[data-live-join]');
const liveSimulator = document.querySelectorAll<HTMLElement>('[data-live-simulator]');
if (liveJoin.length + liveSimulator.length > 0)
  void import('../live/mount').then(({ mountLiveJoin, mountLiveSimulator }) => {
    for (const el of liveJoin) void mountLiveJoin(el);
    for (const el of liveSimulator) void mountLiveSimulator(el);
  });

const scrollView = matchMedia(SCROLL_VIEW_QUERY);
/** True while the deck follows the reader's scrolling (the scroll view), so it does not scroll back. */
let scrolledTo = false;

const deck = createDeckController({
  from: 'deck',
  talk: root.dataset.talk ?? '',
  slides,
  render({ slide, step }) {
    slides.forEach((info, i) => info.el.classList.toggle('is-current', i === slide));
    const current = slides[slide];
    showStep(current.el, step);
    fitContent(current.el);
    loadAround(slide);
    mountDemos(current.el);
    // In the scroll view a key or a link moves the page to the slide; scrolling there itself does not.
    if (scrollView.matches && !scrolledTo) current.el.scrollIntoView({ block: 'start' });
    scrolledTo = false;
    counter.textContent = `${slide + 1} / ${slides.length}`;
    progress.style.setProperty('--deck-progress', String(slides.length > 1 ? slide / (slides.length - 1) : 1));
  },
  extra,
  say: (message) => (hint.textContent = message),
  // The presenter is there: its link hint has done its job and leaves the projector.
  joined: () => {
    if (hintTimer) hint.textContent = '';
  },
});

/** Pair with a presenter window on the offered token, which is this window's alone. */
function pair() {
  if (paired || claiming) return;
  paired = true;
  rememberPairing(candidateToken);
  void claimDeckPairing(candidateToken);
  deck.connect(candidateToken);
}

async function toggleFullscreen() {
  try {
    if (document.fullscreenElement) await document.exitFullscreen();
    else await root.requestFullscreen();
  } catch {
    // Fullscreen refused (e.g. in an iframe without permission): the deck still works windowed.
  }
}

function extra(action: DeckAction) {
  if (action === 'fullscreen') void toggleFullscreen();
  else if (action === 'notes') {
    root.classList.toggle('deck-notes-open');
    void attachNotes();
  } else if (action === 'presenter') {
    pair();
    presenterLink.focus();
    hint.textContent =
      'Presenter view: open this link in a new tab (Ctrl+Enter or ⌘+Enter, or middle-click), then move that tab to your screen.';
    clearTimeout(hintTimer);
    // Gone after a while even if no presenter joins: the audience should not read it all talk long.
    hintTimer = window.setTimeout(() => {
      if (hint.textContent?.startsWith('Presenter view')) hint.textContent = '';
    }, 8000);
  }
}

// Opening the presenter link in any way (click, middle-click, context menu) pairs this deck with it.
for (const type of ['click', 'auxclick', 'contextmenu']) presenterLink.addEventListener(type, pair);

// Swipe left for the next slide, right for the previous one.
let touchStart: { x: number; y: number } | null = null;
stage.addEventListener(
  'touchstart',
  (event) => {
    const touch = event.touches[0];
    touchStart = event.touches.length === 1 && touch ? { x: touch.clientX, y: touch.clientY } : null;
  },
  { passive: true },
);
stage.addEventListener('touchend', (event) => {
  const touch = event.changedTouches[0];
  if (!touchStart || !touch) return;
  const dx = touch.clientX - touchStart.x;
  const dy = touch.clientY - touchStart.y;
  touchStart = null;
  if (Math.abs(dx) > 40 && Math.abs(dx) > Math.abs(dy)) deck.run(dx < 0 ? 'next' : 'previous');
});

// A still mouse hides the bar and the cursor after two seconds; moving it brings them back.
let idleTimer = 0;
const wake = () => {
  root.classList.remove('deck-idle');
  clearTimeout(idleTimer);
  idleTimer = window.setTimeout(() => root.classList.add('deck-idle'), 2000);
};
for (const type of ['mousemove', 'mousedown', 'touchstart']) addEventListener(type, wake, { passive: true });
wake();

// Going fullscreen from a bar button leaves no focus ring on the projector.
document.addEventListener('fullscreenchange', () => {
  const focused = document.activeElement;
  if (focused instanceof HTMLElement && focused.closest('[data-deck-controls]')) focused.blur();
});
window.addEventListener('resize', () => fitContent(slides[deck.position.slide].el));
// Print shows every slide: shrink the ones not yet shown to fit their page, as the current one is on screen.
// Slides whose content has not loaded print their title and a note; ?print loads them all first.
window.addEventListener('beforeprint', () => {
  if (root.dataset.slides !== 'ready') {
    hint.textContent = 'Not every slide is loaded yet: open this deck with ?print to print them all.';
    void loadEverything();
  }
  for (const { el } of slides) {
    if (el.classList.contains('is-current')) continue;
    el.classList.add('is-current');
    fitContent(el);
    el.classList.remove('is-current');
  }
});

// A pair inherited from this tab's storage or address is this deck's only if no other window holds
// it: a tab opened from the paired deck, or a duplicate of it, inherits the token too.
if (inherited) {
  void claimDeckPairing(inherited).then((held) => {
    claiming = false;
    if (held) {
      paired = true;
      return deck.connect(inherited);
    }
    forgetPairing();
    offer(createPairingToken());
    hint.textContent =
      'This window is a copy of a paired deck, so it is not paired: the presenter view follows the other window. Press P to pair this one with a new presenter view.';
  });
}
// The scroll view: the topmost slide in the top third of the window is the current one (hash, counter, pairing).
const visible = new Set<Element>();
const inView = new IntersectionObserver(
  (entries) => {
    for (const entry of entries) visible[entry.isIntersecting ? 'add' : 'delete'](entry.target);
    if (!scrollView.matches) return;
    const index = slides.findIndex(({ el }) => visible.has(el));
    if (index < 0 || index === deck.position.slide) return;
    scrolledTo = true;
    deck.go({ slide: index, step: slides[index].steps });
  },
  { rootMargin: '0px 0px -66% 0px' },
);
for (const { el } of slides) inView.observe(el);
scrollView.addEventListener('change', () => deck.go(deck.position, false));

deck.go(deck.position, false);
