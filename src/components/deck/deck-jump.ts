import { searchSlides } from '../../deck/slide-search';
import type { SlideInfo } from './slide-dom';

/**
 * The jump box (g): a combobox that takes a slide number or words of a slide's title, with its matches as a
 * listbox (↑ ↓ to pick, Enter to go) and their count announced. Calls `go` with a 0-based slide index.
 */
export function setUpJump(dialog: HTMLDialogElement, slides: readonly SlideInfo[], go: (slide: number) => void): void {
  const input = dialog.querySelector<HTMLInputElement>('[data-jump-input]')!;
  const list = dialog.querySelector<HTMLElement>('[data-jump-results]')!;
  const status = dialog.querySelector<HTMLElement>('[data-jump-status]')!;
  let matches: number[] = [];
  let active = 0;

  function show() {
    list.replaceChildren(
      ...matches.map((slide, i) => {
        const option = document.createElement('li');
        option.id = `deck-jump-option-${i}`;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', String(i === active));
        option.dataset.slide = String(slide);
        option.textContent = `${slide + 1}. ${slides[slide]!.title}`;
        option.addEventListener('click', () => choose(slide));
        return option;
      }),
    );
    input.setAttribute('aria-expanded', String(matches.length > 0));
    if (matches.length > 0) input.setAttribute('aria-activedescendant', `deck-jump-option-${active}`);
    else input.removeAttribute('aria-activedescendant');
    status.textContent = input.value.trim()
      ? matches.length === 0
        ? `No slide matches; type a number from 1 to ${slides.length} or words of a title.`
        : `${matches.length} slide${matches.length === 1 ? '' : 's'}: ↑ ↓ to pick, Enter to go.`
      : '';
  }

  function choose(slide: number) {
    dialog.close();
    go(slide);
  }

  input.addEventListener('input', () => {
    matches = searchSlides(input.value, slides);
    active = 0;
    show();
  });
  input.addEventListener('keydown', (event) => {
    if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && matches.length > 0) {
      event.preventDefault();
      active = (active + (event.key === 'ArrowDown' ? 1 : matches.length - 1)) % matches.length;
      show();
      list.children[active]?.scrollIntoView({ block: 'nearest' });
    }
  });
  dialog.querySelector('form')!.addEventListener('submit', (event) => {
    event.preventDefault();
    if (matches[active] !== undefined) choose(matches[active]);
    else show();
  });
  dialog.addEventListener('close', () => {
    input.value = '';
    matches = [];
    show();
  });
}
