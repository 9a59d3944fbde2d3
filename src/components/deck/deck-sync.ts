import type { DeckPosition } from '../../deck/deck-hash';
import { channelName, parseSyncMessage, type SyncOrigin } from '../../deck/sync-message';

/** The link between the paired deck and presenter windows of one browser. */
export interface DeckLink {
  send(position: DeckPosition): void;
  sendBlackout(on: boolean): void;
  close(): void;
}

/** What the link asks of the window it serves. */
export interface LinkedDeck {
  slideCount: number;
  stepCount: (slide: number) => number;
  position: () => DeckPosition;
  follow: (position: DeckPosition) => void;
  followBlackout: (on: boolean) => void;
  /** The other window of the pair has spoken (joined or moved). */
  joined: () => void;
}

/**
 * Talk on the pair's own BroadcastChannel: announce ourselves, answer the other window's hello with
 * where we are, follow its moves and its blackout. Messages that fail validation are dropped. One channel per
 * token and talk (the talk's id).
 */
export function openDeckLink(token: string, from: SyncOrigin, deck: LinkedDeck, talk = ''): DeckLink {
  const channel = new BroadcastChannel(channelName(token, talk));
  const send = ({ slide, step }: DeckPosition) => channel.postMessage({ kind: 'goto', token, from, slide, step });
  channel.onmessage = (event: MessageEvent) => {
    const message = parseSyncMessage(event.data, { token, slideCount: deck.slideCount, stepCount: deck.stepCount });
    if (!message || message.from === from) return;
    deck.joined();
    if (message.kind === 'hello') send(deck.position());
    else if (message.kind === 'blackout') deck.followBlackout(message.on);
    else deck.follow({ slide: message.slide, step: message.step });
  };
  channel.postMessage({ kind: 'hello', token, from });
  return {
    send,
    sendBlackout: (on) => channel.postMessage({ kind: 'blackout', token, from, on }),
    close: () => channel.close(),
  };
}
