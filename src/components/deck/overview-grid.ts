/** Arrow keys move focus between the overview's slide buttons: ←/→ one slide, ↑/↓ one row. */
export function moveFocusInGrid(event: KeyboardEvent, container: HTMLElement): void {
  const buttons = [...container.querySelectorAll<HTMLElement>('[data-goto]')];
  const current = buttons.indexOf(document.activeElement as HTMLElement);
  if (current === -1 || !['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'].includes(event.key)) return;
  const top = (el: HTMLElement) => el.getBoundingClientRect().top;
  const left = (el: HTMLElement) => el.getBoundingClientRect().left;
  let target: number;
  if (event.key === 'ArrowLeft') target = current - 1;
  else if (event.key === 'ArrowRight') target = current + 1;
  else if (event.key === 'Home') target = 0;
  else if (event.key === 'End') target = buttons.length - 1;
  else {
    // The nearest button in the row above or below, by horizontal position.
    const direction = event.key === 'ArrowDown' ? 1 : -1;
    const here = buttons[current];
    const candidates = buttons.filter((b) => direction * (top(b) - top(here)) > 4);
    const rowTop = candidates.length ? (direction > 0 ? Math.min : Math.max)(...candidates.map(top)) : null;
    const row = candidates.filter((b) => rowTop !== null && Math.abs(top(b) - rowTop) < 4);
    const nearest = row.sort((a, b) => Math.abs(left(a) - left(here)) - Math.abs(left(b) - left(here)))[0];
    target = nearest ? buttons.indexOf(nearest) : current;
  }
  event.preventDefault();
  buttons[Math.min(Math.max(target, 0), buttons.length - 1)]?.focus();
}
