/** The size slides are designed at; every screen shows them scaled, letterboxed at 16:9. */
export const CANVAS_WIDTH = 1280;
export const CANVAS_HEIGHT = 720;

/**
 * The smallest a slide's content is shrunk to fit its canvas: 60 % of its design size. Body text (28 px on the
 * canvas) then stays at least 16.8 canvas px, 25 px on a 1920×1080 screen; code (22 px) at least 13.2, 20 px
 * there. A slide that needs more than this overflows, and the deck's fit test names it (deck-fit.spec.ts).
 */
export const MIN_CONTENT_SCALE = 0.6;

/** Below this window width the deck is a vertical scroll of slides at reading size, not a scaled canvas. */
export const SCROLL_VIEW_QUERY = '(max-width: 500px)';

/** Keep a stage's slides scaled to fit it: sets --deck-scale on the stage whenever it resizes. */
export function fitStage(stage: HTMLElement): void {
  const fit = () => {
    const scale = Math.min(stage.clientWidth / CANVAS_WIDTH, stage.clientHeight / CANVAS_HEIGHT);
    stage.style.setProperty('--deck-scale', String(Math.max(scale, 0.05)));
  };
  new ResizeObserver(fit).observe(stage);
  fit();
}

/** How far a slide's body spills past its canvas: the larger ratio of needed to available height or width (≤ 1 fits). */
function spill(canvas: HTMLElement, body: HTMLElement): number {
  // Rectangles: both carry the stage's scale and the body's zoom alike.
  const height = body.getBoundingClientRect().height / canvas.getBoundingClientRect().height;
  let width = body.getBoundingClientRect().width / canvas.getBoundingClientRect().width;
  // A wide code block scrolls inside itself, a wide table spills past the body: measure those too.
  const box = body.getBoundingClientRect();
  for (const wide of body.querySelectorAll<HTMLElement>('pre, table')) {
    if (wide.clientWidth === 0) continue;
    width = Math.max(
      width,
      wide.scrollWidth / wide.clientWidth,
      (wide.getBoundingClientRect().right - box.left) / box.width,
    );
  }
  return Math.max(height, width);
}

/**
 * Shrink a slide's content (never grow it) until it fits its canvas in height and width, down to
 * MIN_CONTENT_SCALE, so nothing scrolls, spills or is cut at the edge. Zoom reflows the text, so the fit is
 * measured again after each try. In the scroll view (narrow windows) slides keep their reading size.
 */
export function fitContent(slide: HTMLElement): void {
  const canvas = slide.querySelector<HTMLElement>('.slide__canvas');
  const body = slide.querySelector<HTMLElement>('.slide__body');
  if (!canvas || !body) return;
  body.style.removeProperty('zoom');
  if (matchMedia(SCROLL_VIEW_QUERY).matches || canvas.clientHeight === 0) return;
  let scale = 1;
  for (let tries = 0; tries < 4; tries += 1) {
    const ratio = spill(canvas, body);
    if (ratio <= 1.005 || scale <= MIN_CONTENT_SCALE) break;
    scale = Math.max(scale / ratio, MIN_CONTENT_SCALE);
    body.style.zoom = String(scale);
  }
}
