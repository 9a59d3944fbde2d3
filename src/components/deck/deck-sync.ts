import type { DeckPosition } from '../../deck/deck-hash';
import { channelName, parseSyncMessage, type SyncOrigin } from '../../deck/sync-message';

/** The link between the paired deck and presenter windows of one browser. */
export interface DeckLink {
  send(position: DeckPosition): void;
  close(): void;
}

/**
 * Talk on the pair's own BroadcastChannel: announce ourselves, answer the other window's hello with
 * where we are, follow its moves. Messages that fail validation are dropped.
 */
export function openDeckLink(
  token: string,
  from: SyncOrigin,
  deck: {
    slideCount: number;
    stepCount: (slide: number) => number;
    position: () => DeckPosition;
    follow: (position: DeckPosition) => void;
  },
): DeckLink {
  const channel = new BroadcastChannel(channelName(token));
  const send = ({ slide, step }: DeckPosition) => channel.postMessage({ kind: 'goto', token, from, slide, step });
  channel.onmessage = (event: MessageEvent) => {
    const message = parseSyncMessage(event.data, { token, slideCount: deck.slideCount, stepCount: deck.stepCount });
    if (!message || message.from === from) return;
    if (message.kind === 'hello') send(deck.position());
    else deck.follow({ slide: message.slide, step: message.step });
  };
  channel.postMessage({ kind: 'hello', token, from });
  return { send, close: () => channel.close() };
}
