import type { SlideInfo } from './slide-dom';

/** Fill the overview dialog's grid from the slides: a heading per group (chapter or talk), a numbered button per slide. */
export function buildOverview(grid: HTMLElement, slides: readonly SlideInfo[]): void {
  let list: HTMLOListElement | null = null;
  let group: string | null = null;
  slides.forEach((slide, index) => {
    if (slide.group !== group || !list) {
      group = slide.group;
      const heading = document.createElement('h3');
      heading.textContent = slide.group;
      list = document.createElement('ol');
      list.className = 'deck-overview__list';
      grid.append(heading, list);
    }
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'deck-overview__slide';
    button.dataset.goto = String(index);
    const number = document.createElement('span');
    number.className = 'deck-overview__number';
    number.textContent = String(index + 1);
    button.append(number, ` ${slide.title}`);
    item.append(button);
    list.append(item);
  });
}
