/**
 * Hook for the presenter view: `mountPresenterLive(el)` shows the live controls in `el` when the site is
 * served by the companion server, and leaves `el` empty and hidden on a static host (nothing else loads).
 */
import { liveStatus } from './live-connection';

export async function mountPresenterLive(element: HTMLElement | null): Promise<void> {
  if (!element) return;
  const status = await liveStatus();
  if (!status.live) return;
  const [{ createElement }, { createRoot }, { default: PresenterLivePanel }] = await Promise.all([
    import('react'),
    import('react-dom/client'),
    import('./PresenterLivePanel'),
  ]);
  element.hidden = false;
  createRoot(element).render(createElement(PresenterLivePanel, { joinOrigin: status.joinOrigin ?? location.origin }));
}
