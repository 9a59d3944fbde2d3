/** The size slides are designed at; every screen shows them scaled, letterboxed at 16:9. */
export const CANVAS_WIDTH = 1280;
export const CANVAS_HEIGHT = 720;

/** Keep a stage's slides scaled to fit it: sets --deck-scale on the stage whenever it resizes. */
export function fitStage(stage: HTMLElement): void {
  const fit = () => {
    const scale = Math.min(stage.clientWidth / CANVAS_WIDTH, stage.clientHeight / CANVAS_HEIGHT);
    stage.style.setProperty('--deck-scale', String(Math.max(scale, 0.05)));
  };
  new ResizeObserver(fit).observe(stage);
  fit();
}

/** Shrink a slide's content (never grow it) until it fits its canvas, so nothing scrolls or spills. */
export function fitContent(slide: HTMLElement): void {
  const canvas = slide.querySelector<HTMLElement>('.slide__canvas');
  const body = slide.querySelector<HTMLElement>('.slide__body');
  if (!canvas || !body) return;
  body.style.removeProperty('zoom');
  const available = canvas.clientHeight;
  const needed = body.scrollHeight;
  if (available > 0 && needed > available) body.style.zoom = String(Math.max(available / needed, 0.4));
}
