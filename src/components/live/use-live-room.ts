import { useEffect, useRef, useState } from 'react';
import type { ClientMessage, PublicQuestion, ServerMessage, Tally } from '../../live/protocol';
import { connectLive, type ConnectionState, type LiveConnection } from './live-connection';

export type RoomState = Extract<ServerMessage, { t: 'state' }>;

/**
 * Keep a live connection for the life of a component: the room's last state, the latest tally of its
 * question (presenter and screen), the connection's state and the last error. `greeting` is sent on every
 * (re)connection; a change of `key` reconnects. `onMessage` sees every message first.
 */
export function useLiveRoom(key: string, greeting: ClientMessage | null, onMessage?: (message: ServerMessage) => void) {
  const [state, setState] = useState<RoomState>();
  const [tally, setTally] = useState<{ question: number; tally: Tally }>();
  const [connection, setConnection] = useState<ConnectionState>('connecting');
  const [error, setError] = useState<Extract<ServerMessage, { t: 'error' }>>();
  const live = useRef<LiveConnection | undefined>(undefined);
  const handler = useRef(onMessage);
  handler.current = onMessage;

  useEffect(() => {
    const connected = connectLive(
      greeting,
      (message) => {
        handler.current?.(message);
        if (message.t === 'state') {
          setState(message);
          setError(undefined);
        } else if (message.t === 'tally') setTally(message);
        else if (message.t === 'error') setError(message);
      },
      setConnection,
    );
    live.current = connected;
    return () => connected.close();
    // The greeting belongs to the key: a new key, a new connection.
  }, [key]);

  return {
    state,
    connection,
    error,
    /** The question with its freshest tally. */
    question: withTally(state?.question ?? null, tally),
    send: (message: ClientMessage) => live.current?.send(message) ?? false,
    setGreeting: (message: ClientMessage) => live.current?.setGreeting(message),
  };
}

function withTally(question: PublicQuestion | null, tally?: { question: number; tally: Tally }) {
  if (!question || !tally || tally.question !== question.id || !question.open) return question;
  if (question.tally && question.tally.voters > tally.tally.voters) return question;
  return { ...question, tally: tally.tally };
}
