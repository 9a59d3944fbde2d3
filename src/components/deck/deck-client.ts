import type { DeckAction } from '../../deck/deck-keys';
import { createPairingToken } from '../../deck/sync-message';
import { fitContent, fitStage } from './canvas-fit';
import { createDeckController } from './deck-controller';
import { loadNotes } from './deck-notes';
import { claimDeckPairing, forgetPairing, readPairing, rememberPairing } from './pairing';
import { showStep, readSlides } from './slide-dom';

/** The audience deck: one slide at a time, touch, fullscreen, notes overlay, presenter pairing, a bar that hides. */
const root = document.documentElement;
const stage = document.querySelector<HTMLElement>('[data-deck-stage]')!;
const slides = readSlides(stage);
const counter = document.querySelector<HTMLElement>('[data-deck-counter]')!;
const progress = document.querySelector<HTMLElement>('[data-deck-progress]')!;
const presenterLink = document.querySelector<HTMLAnchorElement>('[data-deck-presenter]')!;
const hint = document.querySelector<HTMLElement>('[data-deck-hint]')!;

const inherited = readPairing();
let candidateToken = '';
/** Offer a presenter link for `token`; no slide in it: the presenter asks the deck where it is. */
function offer(token: string) {
  candidateToken = token;
  presenterLink.href = `/talk/presenter/?pair=${token}`;
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
if (new URLSearchParams(location.search).has('notes')) {
  root.classList.add('deck-print-notes');
  void attachNotes();
}
fitStage(stage);

const deck = createDeckController({
  from: 'deck',
  slides,
  render({ slide, step }) {
    slides.forEach((info, i) => info.el.classList.toggle('is-current', i === slide));
    const current = slides[slide];
    showStep(current.el, step);
    fitContent(current.el);
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
window.addEventListener('beforeprint', () => {
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
deck.go(deck.position, false);
