import { formatHash, parseHash, type DeckPosition } from '../../deck/deck-hash';
import { keyToAction, type DeckAction } from '../../deck/deck-keys';
import { nextPosition, previousPosition } from '../../deck/deck-navigation';
import type { SyncOrigin } from '../../deck/sync-message';
import { watchItem } from '../site-storage';
import { buildOverview } from './deck-overview';
import { setUpJump } from './deck-jump';
import { openDeckLink, type DeckLink } from './deck-sync';
import { keyBelongsToFocus } from './key-focus';
import { moveFocusInGrid } from './overview-grid';
import type { SlideInfo } from './slide-dom';

/** What a view (the audience deck or the presenter) gives the controller. */
export interface DeckView {
  from: SyncOrigin;
  /** The talk's id: deck and presenter of one talk pair, never of two. */
  talk: string;
  slides: readonly SlideInfo[];
  /** Draw the view at a position (the controller has already moved and will write the hash). */
  render: (position: DeckPosition) => void;
  /** The actions only this view knows (fullscreen, notes, presenter link); others are ignored. */
  extra?: (action: DeckAction) => void;
  /** Tell the speaker something (a role="status" line). */
  say: (message: string) => void;
  /** The other window of the pair has spoken. */
  joined?: () => void;
}

/** The shared controller: position, keys, hash, dialogs, blackout and pairing for one view. */
export interface DeckController {
  readonly position: DeckPosition;
  go(next: DeckPosition, announce?: boolean): void;
  run(action: DeckAction): void;
  /** Send and follow moves on the pair `token` from now on. */
  connect(token: string): void;
}

const root = document.documentElement;

/**
 * One controller for the deck and the presenter: both move, key, hash, sync and black out the same way.
 * Keys: a navigation key navigates unless a text field, an open select or a demo on a slide has focus; the
 * views' own controls ([data-deck-controls]) never keep one, and lose focus when it is pressed so Space
 * cannot press them. Esc hands keys back from a field, a demo, or a same-origin iframe.
 * The dialogs [data-deck-overview], [data-deck-help] and [data-deck-jump] are used when on the page.
 */
export function createDeckController(view: DeckView): DeckController {
  const { slides } = view;
  const keys = slides.map((slide) => slide.key);
  const stepCounts = slides.map((slide) => slide.steps);
  const overview = document.querySelector<HTMLDialogElement>('[data-deck-overview]');
  const help = document.querySelector<HTMLDialogElement>('[data-deck-help]');
  const jump = document.querySelector<HTMLDialogElement>('[data-deck-jump]');
  const dialogs = [overview, help, jump].filter((d): d is HTMLDialogElement => d !== null);
  let position = parseHash(location.hash, keys, stepCounts);
  let link: DeckLink | null = null;
  let blackout = false;

  function render(announce: boolean) {
    view.render(position);
    const hash = formatHash(keys[position.slide], position.step);
    if (location.hash !== hash) history.replaceState(null, '', hash);
    for (const button of overview?.querySelectorAll<HTMLElement>('[data-goto]') ?? []) {
      if (Number(button.dataset.goto) === position.slide) button.setAttribute('aria-current', 'true');
      else button.removeAttribute('aria-current');
    }
    if (announce) link?.send(position);
  }

  function go(next: DeckPosition, announce = true) {
    position = next;
    render(announce);
  }

  function setBlackout(on: boolean, announce = true) {
    blackout = on;
    root.classList.toggle('deck-blackout', on);
    if (announce) link?.sendBlackout(on);
  }

  function toggleDialog(dialog: HTMLDialogElement | null) {
    if (!dialog) return;
    for (const other of dialogs) if (other !== dialog && other.open) other.close();
    if (dialog.open) return dialog.close();
    dialog.showModal();
    if (dialog === overview) overview.querySelector<HTMLElement>(`[data-goto="${position.slide}"]`)?.focus();
    if (dialog === jump) {
      const input = jump.querySelector<HTMLInputElement>('input')!;
      input.value = '';
      input.focus();
    }
  }

  const moves: Partial<Record<DeckAction, () => DeckPosition>> = {
    next: () => nextPosition(position, stepCounts),
    previous: () => previousPosition(position, stepCounts),
    first: () => ({ slide: 0, step: 0 }),
    last: () => ({ slide: slides.length - 1, step: 0 }),
    reveal: () => ({ slide: position.slide, step: stepCounts[position.slide] ?? 0 }),
  };

  function run(action: DeckAction) {
    const move = moves[action];
    // As on a projector's blank button: the first key after a blackout brings the slide back, unmoved.
    if (move) return blackout ? setBlackout(false) : go(move());
    if (action === 'blackout') setBlackout(!blackout);
    else if (action === 'overview') toggleDialog(overview);
    else if (action === 'help') toggleDialog(help);
    else if (action === 'jump') toggleDialog(jump);
    else view.extra?.(action);
  }

  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented) return;
    const action = keyToAction(event);
    const open = dialogs.find((dialog) => dialog.open);
    if (open) {
      // o closes the overview and ? the help, as they opened them; the dialogs keep every other key.
      if ((open === overview && action === 'overview') || (open === help && action === 'help')) {
        event.preventDefault();
        open.close();
      }
      return;
    }
    let target = event.target;
    // Focus can linger for a moment on a control of a dialog that just closed: it no longer holds keys.
    if (target instanceof HTMLElement && target.closest('dialog:not([open])')) {
      target.blur();
      target = document.body;
    }
    if (keyBelongsToFocus(target, event.key)) {
      if (event.key === 'Escape' && target instanceof HTMLElement) target.blur();
      return;
    }
    if (!action) return;
    event.preventDefault();
    // A control clicked a moment ago must not keep the clicker's keys, nor show its focus ring.
    if (target instanceof HTMLElement && target.closest('[data-deck-controls]')) target.blur();
    run(action);
  });

  // Focus that leaves the page into an iframe on a slide: Esc there hands the keys back when the
  // frame is this site's; a frame from elsewhere keeps them until a click outside it.
  const watched = new WeakSet<Window>();
  window.addEventListener('blur', () => {
    setTimeout(() => {
      const frame = document.activeElement;
      if (!(frame instanceof HTMLIFrameElement) || !frame.contentWindow) return;
      try {
        const inner = frame.contentWindow;
        if (watched.has(inner)) return;
        inner.addEventListener('keydown', (event) => {
          if (event.key !== 'Escape') return;
          frame.blur();
          window.focus();
        });
        watched.add(inner);
        view.say('Keys go to the embedded page now: press Esc or click the slide to give them back.');
      } catch {
        view.say('Keys go to the embedded page now: click the slide to give them back.');
      }
    });
  });

  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-deck-action]')) {
    button.addEventListener('click', () => run(button.dataset.deckAction as DeckAction));
  }
  const grid = overview?.querySelector<HTMLElement>('[data-deck-overview-grid]');
  if (overview && grid) {
    buildOverview(grid, slides);
    for (const button of grid.querySelectorAll<HTMLButtonElement>('[data-goto]')) {
      button.addEventListener('click', () => {
        overview.close();
        go({ slide: Number(button.dataset.goto), step: 0 });
      });
    }
    overview.addEventListener('keydown', (event) => moveFocusInGrid(event, overview));
  }
  for (const dialog of dialogs) {
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog || (event.target as Element).closest('[data-dialog-close]')) dialog.close();
    });
  }
  if (jump) setUpJump(jump, slides, (slide) => go({ slide, step: 0 }));

  window.addEventListener('hashchange', () => go(parseHash(location.hash, keys, stepCounts)));

  // A theme picked in the other window (deck or presenter) applies here too.
  watchItem('theme', (value) => {
    const choice = value === 'light' || value === 'dark' ? value : 'auto';
    const dark = matchMedia('(prefers-color-scheme: dark)').matches;
    root.dataset.themeChoice = choice;
    root.dataset.theme = choice === 'auto' ? (dark ? 'dark' : 'light') : choice;
    const select = document.getElementById('theme-select') as HTMLSelectElement | null;
    if (select) select.value = choice;
  });

  return {
    get position() {
      return position;
    },
    go,
    run,
    connect(token) {
      link = openDeckLink(
        token,
        view.from,
        {
          slideCount: slides.length,
          stepCount: (slide) => stepCounts[slide] ?? 0,
          position: () => position,
          follow: (next) => go(next, false),
          followBlackout: (on) => setBlackout(on, false),
          joined: () => view.joined?.(),
        },
        view.talk,
      );
    },
  };
}
