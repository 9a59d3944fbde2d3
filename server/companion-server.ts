// The companion server `npm start` runs: the built site (with its _headers) and the live endpoint
// (WebSocket at /live/ws, rooms kept in SQLite) from one Node process.
// Usage: node server/companion-server.ts [--root dist] [--host 127.0.0.1] [--port 4321] [--data .live/rooms.sqlite]
//        [--public-url http://venue-address:4321] [--rooms-from this-machine|anywhere]
//        (env: HOST, PORT, LIVE_DATA, LIVE_PUBLIC_URL, LIVE_ROOMS_FROM)
import { createServer, type Server, type ServerResponse } from 'node:http';
import { networkInterfaces } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { requestPath, staticHandler } from './static-server.mjs';
import { createLiveEndpoint } from './live-endpoint.ts';
import { openRoomStore } from './room-store.ts';

/** Where the site says the live endpoint is; a static host serves the built file, which says it is not. */
export const STATUS_PATH = '/live/status.json';

export interface CompanionOptions {
  /** The built site. */
  root: string;
  /** Default 127.0.0.1; 0.0.0.0 for a venue network. */
  host?: string;
  /** Default 0: a free port. */
  port?: number;
  /** The SQLite file for rooms; ':memory:' keeps nothing. */
  database: string;
  /** The address attendees' phones reach, for the join QR code; default: guessed from the host. */
  publicUrl?: string;
  /** Who may start a room: only this machine (default) or any device that reaches the server. */
  roomsFrom?: 'this-machine' | 'anywhere';
  /** Time a client has to send a request's headers (ms); a slow-drip client is answered 408 and dropped. */
  headersTimeoutMs?: number;
  /** Open connections at most, WebSockets included; more are dropped on arrival (5 rooms of 1,000 fit). */
  maxConnections?: number;
}

/**
 * Start serving the site and the live endpoint.
 * @returns `url` (the origin, without a slash) and `close()`, which ends connections and closes the store
 * @throws {Error} when the site is not built, the port is taken or the database cannot be opened
 */
export async function startCompanionServer({
  root,
  host = '127.0.0.1',
  port = 0,
  database,
  publicUrl,
  roomsFrom,
  headersTimeoutMs = 10_000,
  maxConnections = 10_000,
}: CompanionOptions) {
  const files = staticHandler(root);
  const store = openRoomStore(database);
  let joinOrigin = publicUrl?.replace(/\/$/, '') ?? null;
  const hostNames = [host, joinOrigin && URL.parse(joinOrigin)?.hostname].filter((name) => !!name) as string[];
  const live = createLiveEndpoint(store, { refusalHeaders: files.headersFor('/live/ws'), roomsFrom, hostNames });
  // Node's defaults (60 s for headers, checked every 30 s) let a few slow-drip clients hold sockets for minutes.
  const timeouts = {
    headersTimeout: headersTimeoutMs,
    requestTimeout: 3 * headersTimeoutMs,
    connectionsCheckingInterval: Math.min(1_000, headersTimeoutMs / 2),
  };
  const server: Server = createServer(timeouts, (request, response) => {
    // One bad request must never take the room down with it: answer 500 and keep serving.
    try {
      allowOwnWebSocket(request.headers.host, response);
      if (requestPath(request.url) !== STATUS_PATH) return files(request, response);
      for (const [name, value] of Object.entries(files.headersFor(STATUS_PATH))) response.setHeader(name, value);
      response
        .writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' })
        .end(JSON.stringify({ live: true, joinOrigin }));
    } catch (error) {
      console.error('companion server: request failed:', error);
      if (response.headersSent) return void response.destroy();
      for (const [name, value] of Object.entries(files.headersFor('/'))) response.setHeader(name, value);
      response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Server error\n');
    }
  });
  server.maxConnections = maxConnections;
  server.on('upgrade', (request, socket, head) => {
    try {
      live.upgrade(request, socket, head);
    } catch (error) {
      console.error('companion server: upgrade failed:', error);
      socket.destroy();
    }
  });
  // A request Node cannot parse still gets the site's headers (Node's own answer has none).
  const clientErrorHeaders = Object.entries(files.headersFor('/'))
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable || error.code === 'ECONNRESET') return void socket.destroy();
    const status =
      error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? '408 Request Timeout'
        : error.code === 'HPE_HEADER_OVERFLOW'
          ? '431 Request Header Fields Too Large'
          : '400 Bad Request';
    socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n${clientErrorHeaders}\r\n`);
  });
  await new Promise((done, fail) => server.once('error', fail).listen(port, host, () => done(undefined)));
  const { port: bound } = server.address() as import('node:net').AddressInfo;
  const shownHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  joinOrigin ??= host === '0.0.0.0' || host === '::' ? venueOrigin(bound) : null;
  return {
    server,
    url: `http://${shownHost}:${bound}`,
    joinOrigin,
    close: () =>
      new Promise<void>((done) => {
        live.close();
        server.closeAllConnections();
        server.close(() => {
          store.close();
          done();
        });
      }),
  };
}

/**
 * Name this server's own WebSocket origins in the page's connect-src. CSP Level 3 lets 'self' cover ws:/wss:
 * on the page's host, but not every browser follows it (MDN's connect-src page says so; Safari was one), and
 * the static site's policy cannot name a host it does not know. Only a plain host[:port] Host header is used.
 */
function allowOwnWebSocket(host: string | undefined, response: ServerResponse) {
  if (!host || !/^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:]+\](:\d{1,5})?$/.test(host)) return;
  const setHeader = response.setHeader.bind(response);
  response.setHeader = (name, value) =>
    setHeader(
      name,
      name.toLowerCase() === 'content-security-policy'
        ? String(value).replace("connect-src 'self'", `connect-src 'self' ws://${host} wss://${host}`)
        : value,
    );
}

/** http://<first non-internal IPv4 address>:port, the address phones on the venue's network reach. */
function venueOrigin(port: number): string | null {
  const address = Object.values(networkInterfaces())
    .flat()
    .find((a) => a && a.family === 'IPv4' && !a.internal);
  return address ? `http://${address.address}:${port}` : null;
}

if (fileURLToPath(import.meta.url) === resolve(process.argv[1] ?? '')) {
  const { values } = parseArgs({
    options: {
      root: { type: 'string', default: 'dist' },
      host: { type: 'string', default: process.env.HOST ?? '127.0.0.1' },
      port: { type: 'string', default: process.env.PORT ?? '4321' },
      data: { type: 'string', default: process.env.LIVE_DATA ?? '.live/rooms.sqlite' },
      'public-url': { type: 'string', default: process.env.LIVE_PUBLIC_URL },
      'rooms-from': { type: 'string', default: process.env.LIVE_ROOMS_FROM ?? 'this-machine' },
    },
  });
  const roomsFrom = values['rooms-from'];
  if (roomsFrom !== 'this-machine' && roomsFrom !== 'anywhere')
    throw new Error(`--rooms-from ${roomsFrom}: expected this-machine or anywhere`);
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`--port ${values.port}: not a port number`);
  const server = await startCompanionServer({
    root: resolve(values.root),
    host: values.host,
    port,
    database: values.data === ':memory:' ? values.data : resolve(values.data),
    publicUrl: values['public-url'],
    roomsFrom,
  }).catch((error: unknown) => {
    // The reason in one line (a missing build, a taken port, an unusable room store), not a stack trace.
    console.error(`The companion server cannot start: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  });
  console.log(`Serving ${values.root}/ and the live endpoint on ${server.url}/`);
  if (server.joinOrigin) console.log(`Attendees join at ${server.joinOrigin}/live/`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => void server.close().then(() => process.exit(0)));
}
