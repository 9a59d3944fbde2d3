/**
 * Mount points for the deck: `mountLiveJoin(el)` fills a `[data-live-join]` slide with the join QR code
 * and room code; `mountLiveSimulator(el)` shows, inside a `[data-live-simulator]` slide, the simulator
 * driven by the room (the slide's own simulator is hidden while a room runs). Both follow the room the
 * presenter's tab starts (its code is in localStorage) and do nothing on a static host.
 */
import type { Root } from 'react-dom/client';
import { watchItem } from '../site-storage';
import { liveStatus } from './live-connection';
import { currentRoom, ROOM_KEY } from './live-storage';

async function mountFollowingRoom(
  element: HTMLElement,
  render: (root: Root, room: string, origin: string) => void,
  hideOthers: boolean,
) {
  const status = await liveStatus();
  if (!status.live) return;
  const { createRoot } = await import('react-dom/client');
  const host = document.createElement('div');
  host.className = 'live-mount';
  element.append(host);
  let root: Root | undefined;
  const show = (room: string | null) => {
    root?.unmount();
    root = undefined;
    for (const child of element.children)
      if (child !== host && hideOthers) (child as HTMLElement).hidden = room !== null;
    if (room === null) return;
    root = createRoot(host);
    render(root, room, status.joinOrigin ?? location.origin);
  };
  show(currentRoom());
  watchItem(ROOM_KEY, show);
}

/** Fill `element` with the join QR code and room code of the presenter's live room. */
export async function mountLiveJoin(element: HTMLElement): Promise<void> {
  const [{ createElement }, { LiveJoin }] = await Promise.all([import('react'), import('./LiveJoin')]);
  await mountFollowingRoom(
    element,
    (root, room, origin) => root.render(createElement(LiveJoin, { room, origin })),
    false,
  );
}

/** Show the room-driven simulator in `element`, hiding what it held while a room runs. */
export async function mountLiveSimulator(element: HTMLElement): Promise<void> {
  const [{ createElement }, { LiveSimulator }] = await Promise.all([import('react'), import('./LiveSimulator')]);
  await mountFollowingRoom(element, (root, room) => root.render(createElement(LiveSimulator, { room })), true);
}
