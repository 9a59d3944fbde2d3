/**
 * The live endpoint: WebSocket connections at /live/ws, rooms in memory backed by the room store.
 * Every frame is size-limited (ws closes a bigger one with 1009), parsed against the protocol's schemas,
 * rate-limited per connection and per room, and checked against the sender's role: only a connection
 * that created the room or presented its secret may open, close, apply or undo; attendees may only vote
 * on the open question, once per device id. Nothing an attendee sends is shown to anyone else.
 */
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';
import { networkInterfaces } from 'node:os';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import {
  MAX_MESSAGE_BYTES,
  ROOM_CODE_ALPHABET,
  parseClientMessage,
  type ClientMessage,
  type ErrorCode,
  type ServerMessage,
} from '../src/live/protocol.ts';
import { createBucket, LIMITS, take, type Bucket } from '../src/live/rate-limit.ts';
import {
  applyStep,
  castVote,
  closeQuestion,
  createRoom,
  openQuestion,
  publicQuestion,
  tallyOf,
  undoStep,
  type Room,
} from '../src/live/room.ts';
import type { RoomStore } from './room-store.ts';

export const LIVE_PATH = '/live/ws';
/** How often, at most, the projector's voter count is refreshed while a vote is open (ms). */
const SCREEN_TALLY_MS = 250;
const HEARTBEAT_MS = 30_000;

type Role = 'attendee' | 'screen' | 'presenter';

interface Connection {
  socket: WebSocket;
  bucket: Bucket;
  strikes: number;
  creates: number;
  /** Opened from the server's own machine: only such a connection may create rooms (see `roomsFrom`). */
  mayCreate: boolean;
  /** Answered the last ping: a phone that left the venue's Wi-Fi without closing stops answering. */
  alive: boolean;
  role?: Role;
  live?: LiveRoom;
  device?: string;
}

interface LiveRoom {
  room: Room;
  secretHash: string;
  members: Set<Connection>;
  bucket: Bucket;
  screenTimer?: NodeJS.Timeout;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Whether `address` (a socket's remote address) is this machine: loopback, or one of its own interfaces'
 * addresses (the speaker's laptop reaching itself through the venue address). Phones on the Wi-Fi are not.
 */
export function isOwnAddress(address: string | undefined, interfaces = networkInterfaces()): boolean {
  if (!address || !isIP(address)) return false;
  const plain = address.replace(/^::ffff:(?=\d+\.)/, '');
  if (plain === '::1' || /^127\./.test(plain)) return true;
  return Object.values(interfaces)
    .flat()
    .some((i) => i?.address === plain);
}

/**
 * Attach the live endpoint to an HTTP server's upgrade requests.
 * @param store where rooms and votes are kept
 * @param options.refusalHeaders headers (the site's CSP and the rest) on the 403 that refuses an upgrade
 * @param options.roomsFrom 'this-machine' (default): only connections from this machine's own addresses
 *   may create rooms; 'anywhere' lets any connection (a presenter on another device)
 * @param options.hostNames names the server is reached by besides localhost and its own IP addresses (the
 *   public URL's host); an upgrade with another Host is refused, so a DNS-rebinding page cannot connect
 * @returns `close()` ends every connection
 */
export function createLiveEndpoint(
  store: RoomStore,
  {
    refusalHeaders = {},
    roomsFrom = 'this-machine',
    hostNames = [],
  }: {
    refusalHeaders?: Record<string, string>;
    /** Host names (besides localhost and this machine's addresses) pages may reach the endpoint by. */
    hostNames?: string[];
    /** Who may create rooms: connections from the server's own machine (default), or anyone who reaches it. */
    roomsFrom?: 'this-machine' | 'anywhere';
  } = {},
) {
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  const rooms = new Map<string, LiveRoom>();
  const connections = new WeakMap<WebSocket, Connection>();

  /**
   * A page of evil.example whose name an attacker re-points at this machine (DNS rebinding) is same-origin
   * with itself; its Host header still says evil.example, which is none of this server's names.
   */
  const knownHost = (host: string | undefined) => {
    const name = URL.parse(`http://${host ?? ''}`)?.hostname.replace(/^\[(.*)\]$/, '$1');
    return !!name && (name === 'localhost' || hostNames.includes(name) || isOwnAddress(name));
  };
  const send = (connection: Connection, message: ServerMessage) => {
    if (connection.socket.readyState === connection.socket.OPEN) connection.socket.send(JSON.stringify(message));
  };
  const refuse = (connection: Connection, code: ErrorCode, message: string) => {
    send(connection, { t: 'error', code, message });
  };
  const strike = (connection: Connection) => {
    connection.strikes += 1;
    if (connection.strikes > LIMITS.strikes) connection.socket.close(1008, 'Too many refused messages');
  };

  const stateFor = (connection: Connection): ServerMessage | undefined => {
    const live = connection.live;
    if (!live || !connection.role) return undefined;
    const { room } = live;
    const question = publicQuestion(room, connection.role);
    const mine =
      connection.role === 'attendee' && room.question ? room.question.votes.get(connection.device!) : undefined;
    return {
      t: 'state',
      room: room.code,
      role: connection.role,
      steps: room.steps,
      question,
      ...(mine ? { mine } : {}),
      ...(connection.role === 'presenter' ? { results: room.results } : {}),
    };
  };
  const broadcastState = (live: LiveRoom) => {
    for (const member of live.members) {
      const state = stateFor(member);
      if (state) send(member, state);
    }
  };
  /** The open question's tally to presenters; to screens only the voter count (counts stay hidden until closed). */
  const sendTally = (live: LiveRoom, role: 'presenter' | 'screen') => {
    const question = live.room.question;
    if (!question) return;
    const tally = tallyOf(question);
    const message: ServerMessage = {
      t: 'tally',
      question: question.id,
      tally: role === 'presenter' ? tally : { counts: {}, voters: tally.voters },
    };
    const text = JSON.stringify(message);
    for (const member of live.members)
      if (member.role === role && member.socket.readyState === member.socket.OPEN) member.socket.send(text);
  };

  /**
   * Whether one more room fits in memory, after dropping the rooms nobody is connected to: they are in the
   * store (state and every vote), and come back on the next hello. Without this, a server left running across
   * rehearsals and talks would one day refuse every new room, and every stored one after a restart.
   */
  const roomInMemory = () => {
    if (rooms.size < LIMITS.roomsInMemory) return true;
    for (const [code, live] of rooms)
      if (live.members.size === 0) {
        clearTimeout(live.screenTimer);
        rooms.delete(code);
      }
    return rooms.size < LIMITS.roomsInMemory;
  };
  const roomFor = (code: string): LiveRoom | undefined => {
    const loaded = rooms.get(code);
    if (loaded) return loaded;
    if (!roomInMemory()) return undefined;
    const stored = store.load(code);
    if (!stored) return undefined;
    const live: LiveRoom = {
      ...stored,
      members: new Set(),
      bucket: createBucket(LIMITS.room.capacity, LIMITS.room.perSecond, Date.now()),
    };
    rooms.set(code, live);
    return live;
  };

  const join = (connection: Connection, live: LiveRoom, role: Role, device?: string) => {
    connection.live?.members.delete(connection);
    Object.assign(connection, { live, role, device });
    live.members.add(connection);
    send(connection, stateFor(connection)!);
  };

  const create = (connection: Connection) => {
    // On a venue network every phone reaches the endpoint: a room is started from the speaker's machine.
    if (!connection.mayCreate) {
      strike(connection);
      return refuse(connection, 'forbidden', 'Rooms are started from the machine that runs the server.');
    }
    if (connection.creates >= LIMITS.createsPerConnection || !roomInMemory())
      return refuse(connection, 'room-limit', 'No more rooms can be created now.');
    connection.creates += 1;
    const secret = randomBytes(32).toString('base64url');
    for (;;) {
      const code = Array.from({ length: 6 }, () => ROOM_CODE_ALPHABET[randomInt(ROOM_CODE_ALPHABET.length)]).join('');
      const room = createRoom(code);
      if (!store.create(room, sha256(secret))) continue;
      const live: LiveRoom = {
        room,
        secretHash: sha256(secret),
        members: new Set(),
        bucket: createBucket(LIMITS.room.capacity, LIMITS.room.perSecond, Date.now()),
      };
      rooms.set(code, live);
      send(connection, { t: 'created', room: code, secret });
      return join(connection, live, 'presenter');
    }
  };

  const control = (connection: Connection, live: LiveRoom, message: ClientMessage) => {
    const { room } = live;
    const outcome =
      message.t === 'open'
        ? openQuestion(room, message.question)
        : message.t === 'close'
          ? closeQuestion(room)
          : message.t === 'apply'
            ? applyStep(room, message.step)
            : undoStep(room);
    if (!outcome.ok) return refuse(connection, outcome.code, outcome.message);
    store.save(room);
    clearTimeout(live.screenTimer);
    live.screenTimer = undefined;
    broadcastState(live);
  };

  const vote = (connection: Connection, live: LiveRoom, question: number, option: string) => {
    if (!take(live.bucket, Date.now())) return refuse(connection, 'rate-limited', 'The room is busy: vote again.');
    const outcome = castVote(live.room, connection.device!, question, option);
    if (!outcome.ok) return refuse(connection, outcome.code, outcome.message);
    store.saveVote(live.room.code, question, connection.device!, option);
    send(connection, { t: 'voted', question, option });
    sendTally(live, 'presenter');
    live.screenTimer ??= setTimeout(() => {
      live.screenTimer = undefined;
      sendTally(live, 'screen');
    }, SCREEN_TALLY_MS);
  };

  const receive = (connection: Connection, data: RawData, isBinary: boolean) => {
    if (!take(connection.bucket, Date.now())) {
      strike(connection);
      return refuse(connection, 'rate-limited', 'Too many messages: slow down.');
    }
    const message = isBinary ? undefined : parseClientMessage(data.toString());
    if (!message) {
      strike(connection);
      return refuse(connection, 'invalid', 'Not a valid message.');
    }
    if (message.t === 'ping') return send(connection, { t: 'pong' });
    if (message.t === 'create') return create(connection);
    if (message.t === 'hello') {
      // One connection speaks for one device: switching ids on an open socket would let it vote many times.
      if (connection.device && (message.role !== 'attendee' || message.device !== connection.device)) {
        strike(connection);
        return refuse(connection, 'forbidden', 'This connection already speaks for a device.');
      }
      const live = roomFor(message.room);
      if (!live) return refuse(connection, 'no-room', `No room ${message.room}.`);
      if (!live.members.has(connection) && live.members.size >= LIMITS.membersPerRoom)
        return refuse(connection, 'room-limit', 'This room is full.');
      if (message.role === 'presenter') {
        const given = Buffer.from(sha256(message.secret), 'hex');
        if (!timingSafeEqual(given, Buffer.from(live.secretHash, 'hex'))) {
          strike(connection);
          return refuse(connection, 'forbidden', 'Wrong room secret.');
        }
      }
      return join(connection, live, message.role, message.role === 'attendee' ? message.device : undefined);
    }
    const live = connection.live;
    if (!live) return refuse(connection, 'not-joined', 'Join a room first.');
    if (message.t === 'vote') {
      if (connection.role !== 'attendee') return refuse(connection, 'forbidden', 'Only attendees vote.');
      return vote(connection, live, message.question, message.option);
    }
    if (connection.role !== 'presenter') {
      strike(connection);
      return refuse(connection, 'forbidden', 'Only the presenter steers the room.');
    }
    control(connection, live, message);
  };

  wss.on('connection', (socket: WebSocket, request: IncomingMessage) => {
    const connection: Connection = {
      socket,
      mayCreate: roomsFrom === 'anywhere' || isOwnAddress(request.socket.remoteAddress),
      bucket: createBucket(LIMITS.connection.capacity, LIMITS.connection.perSecond, Date.now()),
      strikes: 0,
      creates: 0,
      alive: true,
    };
    socket.on('message', (data, isBinary) => {
      // A handler that throws (a full disk, a bug) fails this message, not the process and every room in it.
      try {
        receive(connection, data, isBinary);
      } catch (error) {
        console.error('live endpoint: message failed:', error);
        refuse(connection, 'server-error', 'The server could not handle this message: try again.');
      }
    });
    socket.on('pong', () => (connection.alive = true));
    connections.set(socket, connection);
    socket.on('close', () => connection.live?.members.delete(connection));
    socket.on('error', () => socket.terminate());
  });

  // Every 30 s, drop connections that did not answer the previous ping, and ping the rest.
  const heartbeat = setInterval(() => {
    for (const socket of wss.clients) {
      const connection = connections.get(socket);
      if (!connection) continue;
      if (!connection.alive) socket.terminate();
      else {
        connection.alive = false;
        socket.ping();
      }
    }
  }, HEARTBEAT_MS);
  heartbeat.unref();

  return {
    /** Take over an upgrade request for {@link LIVE_PATH}; other paths and other origins' pages are refused. */
    upgrade(request: IncomingMessage, socket: Duplex, head: Buffer) {
      const url = URL.parse(request.url ?? '/', 'http://host');
      const origin = request.headers.origin;
      // A page of another site must not act for the visitor (browsers always send Origin; scripts may not).
      const sameOrigin = origin === undefined || URL.parse(origin)?.host === request.headers.host;
      if (url?.pathname !== LIVE_PATH || !sameOrigin || !knownHost(request.headers.host)) {
        const headers = Object.entries(refusalHeaders).map(([name, value]) => `${name}: ${value}\r\n`);
        socket.end(
          'HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\n' +
            `Content-Length: 10\r\n${headers.join('')}\r\nForbidden\n`,
        );
        return;
      }
      wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
    },
    close() {
      clearInterval(heartbeat);
      for (const live of rooms.values()) clearTimeout(live.screenTimer);
      for (const client of wss.clients) client.terminate();
      wss.close();
    },
  };
}
