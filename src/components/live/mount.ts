/**
 * Mount points for the deck and the projector page: `mountLiveJoin(el)` fills a `[data-live-join]` element
 * with the join QR code and room code; `mountLiveSimulator(el)` shows, inside a `[data-live-simulator]`
 * element, the simulator driven by the room (what the element held is hidden while a room runs). Without
 * `room`, both follow the room the presenter's tab starts (its code is in localStorage, so a deck in another
 * tab of the same browser follows too). Both do nothing on a static host (no live endpoint).
 */
import type { Root } from 'react-dom/client';
import { watchItem } from '../site-storage';
import { liveStatus } from './live-connection';
import { currentRoom, ROOM_KEY } from './live-storage';

export interface MountOptions {
  /** A fixed room code (the projector page's ?room=); default: follow the presenter's room. */
  room?: string;
}

async function mountRoomView(
  element: HTMLElement,
  render: (root: Root, room: string, origin: string) => void,
  { room, hideOthers }: MountOptions & { hideOthers: boolean },
) {
  const status = await liveStatus();
  if (!status.live) return;
  const { createRoot } = await import('react-dom/client');
  const host = document.createElement('div');
  host.className = 'live-mount';
  element.append(host);
  let root: Root | undefined;
  const show = (code: string | null) => {
    root?.unmount();
    root = undefined;
    if (hideOthers)
      for (const child of element.children) if (child !== host) (child as HTMLElement).hidden = code !== null;
    if (code === null) return;
    root = createRoot(host);
    render(root, code, status.joinOrigin ?? location.origin);
  };
  show(room ?? currentRoom());
  if (!room) watchItem(ROOM_KEY, show);
}

/** Fill `element` with the join QR code and room code of the live room. */
export async function mountLiveJoin(element: HTMLElement, options: MountOptions = {}): Promise<void> {
  const [{ createElement }, { LiveJoin }] = await Promise.all([import('react'), import('./LiveJoin')]);
  await mountRoomView(element, (root, room, origin) => root.render(createElement(LiveJoin, { room, origin })), {
    ...options,
    hideOthers: false,
  });
}

/** Show the room-driven simulator in `element`, hiding what it held while a room runs. */
export async function mountLiveSimulator(element: HTMLElement, options: MountOptions = {}): Promise<void> {
  const [{ createElement }, { LiveSimulator }] = await Promise.all([import('react'), import('./LiveSimulator')]);
  await mountRoomView(element, (root, room) => root.render(createElement(LiveSimulator, { room })), {
    ...options,
    hideOthers: true,
  });
}
