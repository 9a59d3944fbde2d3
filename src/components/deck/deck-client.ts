import { formatHash, parseHash, type DeckPosition } from '../../deck/deck-hash';
import { keyToAction, type DeckAction } from '../../deck/deck-keys';
import { nextPosition, previousPosition } from '../../deck/deck-navigation';
import { createPairingToken } from '../../deck/sync-message';
import { fitContent, fitStage } from './canvas-fit';
import { openDeckLink, type DeckLink } from './deck-sync';
import { keyBelongsToFocus } from './key-focus';
import { claimDeckPairing, forgetPairing, readPairing, rememberPairing } from './pairing';
import { showStep, readSlides } from './slide-dom';
import { moveFocusInGrid } from './overview-grid';

/** The audience deck: one slide at a time, keyboard, touch, hash, overview, help, notes overlay and presenter pairing. */
const root = document.documentElement;
const stage = document.querySelector<HTMLElement>('[data-deck-stage]')!;
const slides = readSlides(stage);
const stepCounts = slides.map((slide) => slide.steps);
const counter = document.querySelector<HTMLElement>('[data-deck-counter]')!;
const progress = document.querySelector<HTMLElement>('[data-deck-progress]')!;
const presenterLink = document.querySelector<HTMLAnchorElement>('[data-deck-presenter]')!;
const hint = document.querySelector<HTMLElement>('[data-deck-hint]')!;
const overview = document.querySelector<HTMLDialogElement>('[data-deck-overview]')!;
const help = document.querySelector<HTMLDialogElement>('[data-deck-help]')!;

let position: DeckPosition = parseHash(
  location.hash,
  slides.map((s) => s.key),
  stepCounts,
);
const inherited = readPairing();
let candidateToken = '';
/** Offer a presenter link for `token`; no slide in it: the presenter asks the deck where it is. */
function offer(token: string) {
  candidateToken = token;
  presenterLink.href = `/talk/presenter/?pair=${token}`;
}
offer(inherited ?? createPairingToken());
let link: DeckLink | null = null;
/** True while this window checks that no other window already is the deck of its inherited pair. */
let claiming = inherited !== null;

root.classList.add('deck-live');
if (new URLSearchParams(location.search).has('notes')) root.classList.add('deck-print-notes');
fitStage(stage);

function render(announce = true) {
  const { slide, step } = position;
  slides.forEach((info, i) => info.el.classList.toggle('is-current', i === slide));
  const current = slides[slide];
  showStep(current.el, step);
  fitContent(current.el);
  counter.textContent = `${slide + 1} / ${slides.length}`;
  progress.style.setProperty('--deck-progress', String(slides.length > 1 ? slide / (slides.length - 1) : 1));
  const hash = formatHash(current.key, step);
  if (location.hash !== hash) history.replaceState(null, '', hash);
  for (const button of overview.querySelectorAll<HTMLElement>('[data-goto]')) {
    if (Number(button.dataset.goto) === slide) button.setAttribute('aria-current', 'true');
    else button.removeAttribute('aria-current');
  }
  if (announce) link?.send(position);
}

function go(next: DeckPosition, announce = true) {
  position = next;
  render(announce);
}

/** From now on this deck sends its moves on the pair's channel and follows the presenter's. */
function connect(token: string) {
  link = openDeckLink(token, 'deck', {
    slideCount: slides.length,
    stepCount: (slide) => stepCounts[slide] ?? 0,
    position: () => position,
    follow: (next) => go(next, false),
  });
}

/** Pair with a presenter window on the offered token, which is this window's alone. */
function pair() {
  if (link || claiming) return;
  rememberPairing(candidateToken);
  void claimDeckPairing(candidateToken);
  connect(candidateToken);
}

function openDialog(dialog: HTMLDialogElement) {
  for (const other of [overview, help]) if (other !== dialog && other.open) other.close();
  if (dialog.open) return dialog.close();
  dialog.showModal();
  if (dialog === overview) overview.querySelector<HTMLElement>(`[data-goto="${position.slide}"]`)?.focus();
}

async function toggleFullscreen() {
  try {
    if (document.fullscreenElement) await document.exitFullscreen();
    else await root.requestFullscreen();
  } catch {
    // Fullscreen refused (e.g. in an iframe without permission): the deck still works windowed.
  }
}

function run(action: DeckAction) {
  const last = slides.length - 1;
  if (action === 'next') go(nextPosition(position, stepCounts));
  else if (action === 'previous') go(previousPosition(position, stepCounts));
  else if (action === 'first') go({ slide: 0, step: 0 });
  else if (action === 'last') go({ slide: last, step: 0 });
  else if (action === 'overview') openDialog(overview);
  else if (action === 'help') openDialog(help);
  else if (action === 'fullscreen') void toggleFullscreen();
  else if (action === 'notes') root.classList.toggle('deck-notes-open');
  else if (action === 'presenter') {
    pair();
    presenterLink.focus();
    hint.textContent =
      'Presenter view: open this link in a new tab (Ctrl+Enter or ⌘+Enter, or middle-click), then move that tab to your screen.';
  }
}

document.addEventListener('keydown', (event) => {
  if (event.defaultPrevented || overview.open || help.open) return;
  if (keyBelongsToFocus(event.target, event.key)) {
    // Esc hands the keys back to the deck from a field or demo on a slide.
    if (event.key === 'Escape' && event.target instanceof HTMLElement && stage.contains(event.target))
      event.target.blur();
    return;
  }
  const action = keyToAction(event);
  if (!action) return;
  event.preventDefault();
  run(action);
});

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-deck-action]')) {
  button.addEventListener('click', () => run(button.dataset.deckAction as DeckAction));
}
for (const button of overview.querySelectorAll<HTMLButtonElement>('[data-goto]')) {
  button.addEventListener('click', () => {
    overview.close();
    go({ slide: Number(button.dataset.goto), step: 0 });
  });
}
overview.addEventListener('keydown', (event) => moveFocusInGrid(event, overview));
for (const dialog of [overview, help]) {
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog || (event.target as Element).closest('[data-dialog-close]')) dialog.close();
  });
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
  if (Math.abs(dx) > 40 && Math.abs(dx) > Math.abs(dy)) run(dx < 0 ? 'next' : 'previous');
});

window.addEventListener('hashchange', () =>
  go(
    parseHash(
      location.hash,
      slides.map((s) => s.key),
      stepCounts,
    ),
  ),
);
window.addEventListener('resize', () => fitContent(slides[position.slide].el));
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
    if (held) return connect(inherited);
    forgetPairing();
    offer(createPairingToken());
    hint.textContent =
      'This window is a copy of a paired deck, so it is not paired: the presenter view follows the other window. Press P to pair this one with a new presenter view.';
  });
}
render(false);
