import type { DeckPosition } from '../../deck/deck-hash';
import { LIVE_START_EVENT } from '../../deck/deck-keys';
import { nextPosition } from '../../deck/deck-navigation';
import { computePace, describePace, formatDuration } from '../../deck/pacing';
import { createPairingToken } from '../../deck/sync-message';
import { fitContent, fitStage } from './canvas-fit';
import { createDeckController } from './deck-controller';
import { readPairing, rememberPairing } from './pairing';
import { loadNotes } from './deck-notes';
import { readItem, writeItem } from '../site-storage';
import { PresenterTimer } from './presenter-timer';
import { copyCanvas, readSlides, showStep } from './slide-dom';
import { isLoaded, loadSlide } from './slide-loader';

/** The presenter view: current and next slide, notes, timer with pacing, clock; in step with the paired deck. */
const source = document.querySelector<HTMLElement>('[data-deck-source]')!;
const slides = readSlides(source);
const stepCounts = slides.map((slide) => slide.steps);
const currentStage = document.querySelector<HTMLElement>('[data-current-stage]')!;
const nextStage = document.querySelector<HTMLElement>('[data-next-stage]')!;
const notes = document.querySelector<HTMLElement>('[data-notes]')!;
const counter = document.querySelector<HTMLElement>('[data-counter]')!;
const elapsed = document.querySelector<HTMLElement>('[data-elapsed]')!;
const pace = document.querySelector<HTMLElement>('[data-pace]')!;
const clock = document.querySelector<HTMLElement>('[data-clock]')!;
const toggle = document.querySelector<HTMLButtonElement>('[data-timer-toggle]')!;
const audienceLink = document.querySelector<HTMLAnchorElement>('[data-audience-link]')!;
const pairStatus = document.querySelector<HTMLElement>('[data-pair-status]')!;

// The talk's plan: each slide's minutes, summing to the talk's slot (built from content/talks/<id>.yaml).
const slideMinutes = slides.map((slide) => slide.minutes);
const audienceBase = audienceLink.getAttribute('href')!;

const token = readPairing() ?? createPairingToken();
rememberPairing(token);
// No slide in the link: the deck asks the presenter where it is as soon as it opens.
audienceLink.href = `${audienceBase}?pair=${token}`;
// One stopwatch per talk, kept in localStorage: closing the presenter tab mid-talk loses no time.
const timer = new PresenterTimer(`nlp-journey-timer:${location.pathname}`);

document.documentElement.classList.add('presenter-live');
fitStage(currentStage);
fitStage(nextStage);

function showIn(stage: HTMLElement, at: DeckPosition | null) {
  if (!at) {
    stage.replaceChildren(
      Object.assign(document.createElement('p'), { className: 'presenter__end', textContent: 'End of the talk' }),
    );
    return;
  }
  const source = slides[at.slide].el;
  if (!isLoaded(source)) {
    // Drawn again, complete, once its chapter's slides arrive.
    loadSlide(source).then(
      () => presenter.go(presenter.position, false),
      () => {},
    );
  }
  const copy = copyCanvas(source);
  stage.replaceChildren(copy);
  showStep(copy, at.step);
  fitContent(copy);
}

function updateTime() {
  const ms = timer.elapsedMs();
  elapsed.textContent = formatDuration(ms);
  toggle.textContent = timer.running ? 'Pause' : ms > 0 ? 'Resume' : 'Start';
  const planned = computePace(slideMinutes, presenter.position.slide, ms);
  pace.textContent =
    ms > 0 || timer.running
      ? describePace(planned)
      : `Slide ${planned.slide} should be done by ${formatDuration(planned.slideEndsAtMs)} of ${formatDuration(planned.talkEndsAtMs)}. Start the timer when you begin.`;
  clock.textContent = new Date().toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}

let notesByKey: Map<string, HTMLElement> | null = null;
let notesMessage = 'Loading the notes…';
const paragraph = (text: string) => Object.assign(document.createElement('p'), { textContent: text });

/** The current slide's notes, without their label and ids (they stay unique in the page). */
function showNotes() {
  const source = notesByKey?.get(slides[presenter.position.slide].key);
  const copy = source?.cloneNode(true) as HTMLElement | undefined;
  copy?.querySelector('.slide__notes-label')?.remove();
  for (const el of copy?.querySelectorAll('[id]') ?? []) el.removeAttribute('id');
  notes.replaceChildren(
    ...(copy ? copy.childNodes : [paragraph(notesByKey ? 'No notes for this slide.' : notesMessage)]),
  );
  notes.scrollTop = 0;
}

const presenter = createDeckController({
  from: 'presenter',
  talk: document.documentElement.dataset.talk ?? '',
  slides,
  render(position) {
    const { slide, step } = position;
    const ahead = nextPosition(position, stepCounts);
    showIn(currentStage, position);
    showIn(nextStage, ahead.slide === slide && ahead.step === step ? null : ahead);
    // The slides after the next one load ahead too, so the next preview never waits.
    for (const later of slides.slice(slide + 2, slide + 4))
      if (!isLoaded(later.el)) loadSlide(later.el).catch(() => {});
    showNotes();
    counter.textContent = `${slide + 1} / ${slides.length}${stepCounts[slide] ? ` · step ${step} of ${stepCounts[slide]}` : ''}`;
    updateTime();
  },
  say: (message) => (pairStatus.textContent = message),
  joined: () => (pairStatus.textContent = 'In step with the audience window.'),
  // The live panel (src/components/live/) starts a session on this event, so `l` follows the deck's key rule.
  extra: (action) => {
    if (action === 'live') document.dispatchEvent(new CustomEvent(LIVE_START_EVENT));
  },
});
presenter.connect(token);
loadNotes().then(
  (loaded) => {
    notesByKey = loaded;
    showNotes();
  },
  (error: Error) => {
    notesMessage = `The notes could not be loaded (${error.message}); reload this view to try again.`;
    showNotes();
  },
);

toggle.addEventListener('click', () => {
  timer.toggle();
  updateTime();
});
document.querySelector('[data-timer-reset]')?.addEventListener('click', () => {
  timer.reset();
  updateTime();
});
// Notes text size (Smaller / Larger text), in rem, remembered for the next talk.
const NOTES_SIZE_KEY = 'nlp-journey-notes-size';
let notesSize = Number(readItem('localStorage', NOTES_SIZE_KEY)) || 1.15;
const applyNotesSize = () => notes.style.setProperty('--notes-size', `${notesSize}rem`);
applyNotesSize();
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-notes-size]')) {
  button.addEventListener('click', () => {
    notesSize = Math.min(Math.max(notesSize + 0.15 * Number(button.dataset.notesSize), 0.8), 2.5);
    applyNotesSize();
    writeItem('localStorage', NOTES_SIZE_KEY, notesSize.toFixed(2));
  });
}
setInterval(updateTime, 1000);
presenter.go(presenter.position, false);
