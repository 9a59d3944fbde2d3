/**
 * The browser's side of the live endpoint: find out whether this site has one (a static host answers
 * /live/status.json with `live: false`), then keep a WebSocket to it open, reconnecting with backoff and
 * greeting the room again each time, so a dropped phone or a restarted server picks up where it was.
 */
import type { ClientMessage, ServerMessage } from '../../live/protocol';

export interface LiveStatus {
  live: boolean;
  /** Where phones reach this server (venue network), when the server knows better than this page's origin. */
  joinOrigin: string | null;
}

let status: Promise<LiveStatus> | undefined;
/** Whether the live endpoint is here, asked once per page; never throws (no endpoint, no network: `live: false`). */
export const liveStatus = (): Promise<LiveStatus> => (status ??= fetchStatus());

async function fetchStatus(): Promise<LiveStatus> {
  try {
    const response = await fetch('/live/status.json', { cache: 'no-store' });
    const body = (await response.json()) as Partial<LiveStatus>;
    return { live: body.live === true, joinOrigin: typeof body.joinOrigin === 'string' ? body.joinOrigin : null };
  } catch {
    return { live: false, joinOrigin: null };
  }
}

export type ConnectionState = 'connecting' | 'open' | 'reconnecting';

export interface LiveConnection {
  /** Send now, or drop it when the socket is not open (callers resend from state on reconnect). */
  send(message: ClientMessage): boolean;
  /** The first message on every (re)connection, e.g. a hello; changeable once the room is known. */
  setGreeting(message: ClientMessage | null): void;
  close(): void;
}

/**
 * Connect to /live/ws on this origin.
 * @param greeting sent on each (re)connection; null sends nothing
 * @param onMessage every message from the server
 * @param onState connection state changes
 */
export function connectLive(
  greeting: ClientMessage | null,
  onMessage: (message: ServerMessage) => void,
  onState: (state: ConnectionState) => void,
): LiveConnection {
  let socket: WebSocket | undefined;
  let closed = false;
  let delay = 250;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const url = `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/live/ws`;

  const open = () => {
    socket = new WebSocket(url);
    socket.addEventListener('open', () => {
      delay = 250;
      onState('open');
      if (greeting) socket?.send(JSON.stringify(greeting));
    });
    socket.addEventListener('message', (event) => {
      try {
        onMessage(JSON.parse(String(event.data)) as ServerMessage);
      } catch {
        // The server sends JSON only; anything else is not for this page.
      }
    });
    socket.addEventListener('close', () => {
      if (closed) return;
      onState('reconnecting');
      timer = setTimeout(open, delay);
      delay = Math.min(delay * 2, 4000);
    });
  };
  onState('connecting');
  open();
  return {
    send(message) {
      if (socket?.readyState !== WebSocket.OPEN) return false;
      socket.send(JSON.stringify(message));
      return true;
    },
    setGreeting(message) {
      greeting = message;
    },
    close() {
      closed = true;
      clearTimeout(timer);
      socket?.close();
    },
  };
}
