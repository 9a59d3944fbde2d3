import { parseCodeSteps } from '../../deck/code-steps.mjs';
import { activeRange, planSteps, type StepUnit } from '../../deck/slide-steps';

/** A slide as the browser sees it: its element, hash key, chapter, overview group, step count and planned minutes. */
export interface SlideInfo {
  el: HTMLElement;
  key: string;
  /** The journey chapter (0-based), -1 for a talk's own slide. */
  chapterIndex: number;
  title: string;
  /** The overview's heading for it (its chapter, or the talk). */
  group: string;
  steps: number;
  minutes: number;
}

/** A slide's steppable parts in document order: list items (in <Slide steps>) and stepped code blocks. */
function stepParts(
  slide: HTMLElement,
): { el: HTMLElement; unit: StepUnit; ranges: ReturnType<typeof parseCodeSteps> }[] {
  const selector = slide.dataset.steps
    ? '.slide__content li, .slide__content pre[data-code-steps]'
    : '.slide__content pre[data-code-steps]';
  return [...slide.querySelectorAll<HTMLElement>(selector)].map((el) => {
    if (el.tagName !== 'PRE') return { el, unit: { kind: 'item' }, ranges: null };
    const ranges = parseCodeSteps(`{${el.dataset.codeSteps}}`);
    return { el, unit: { kind: 'code', ranges: ranges?.length ?? 1 }, ranges };
  });
}

/**
 * Read the deck's slides from the page, in order. The step count is the build's (data-step-count), so a slide
 * whose content has not loaded yet (slide-loader.ts) still steps as it will.
 */
export function readSlides(root: ParentNode): SlideInfo[] {
  return [...root.querySelectorAll<HTMLElement>('.slide')].map((el) => ({
    el,
    key: el.dataset.key ?? '',
    chapterIndex: Number(el.dataset.chapter ?? 0),
    title: el.dataset.title ?? '',
    group: el.dataset.group ?? '',
    steps: el.dataset.stepCount
      ? Number(el.dataset.stepCount)
      : planSteps(stepParts(el).map((part) => part.unit)).total,
    minutes: Number(el.dataset.minutes ?? 0),
  }));
}

/** Show a slide (or a copy of one) as it stands at a step: later items hidden, code on its current range. */
export function showStep(slide: HTMLElement, step: number): void {
  const parts = stepParts(slide);
  const plan = planSteps(parts.map((part) => part.unit));
  parts.forEach(({ el, unit, ranges }, i) => {
    const at = plan.appearsAt[i];
    if (unit.kind === 'item') {
      el.classList.toggle('step-future', step < at);
      return;
    }
    const range = ranges?.[activeRange(step, at, ranges.length)] ?? 'all';
    for (const line of el.querySelectorAll<HTMLElement>('.line[data-line]')) {
      const inRange = range === 'all' || range.includes(Number(line.dataset.line));
      line.classList.toggle('step-dim', !inRange);
      line.classList.toggle('step-focus', inRange && range !== 'all');
    }
  });
}

/** A copy of a slide's canvas for another view (presenter): no ids, nothing focusable. */
export function copyCanvas(slide: HTMLElement): HTMLElement {
  const copy = slide.cloneNode(true) as HTMLElement;
  copy.querySelector('.slide__notes')?.remove();
  for (const el of copy.querySelectorAll('[id]')) el.removeAttribute('id');
  copy.removeAttribute('aria-label');
  copy.removeAttribute('role');
  copy.removeAttribute('aria-roledescription');
  copy.inert = true;
  return copy;
}
