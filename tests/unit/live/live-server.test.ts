// The companion server's live endpoint over real WebSockets on a free port of 127.0.0.1: only the
// presenter steers, attendees vote once on the open question, bad messages change nothing, and a
// restart on the same database brings the room back.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { connect as connectTcp, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { startCompanionServer } from '../../../server/companion-server';
import { createLiveEndpoint, isOwnAddress } from '../../../server/live-endpoint';
import { openRoomStore, type RoomStore } from '../../../server/room-store';
import type { ServerMessage } from '../../../src/live/protocol';
import { LIMITS } from '../../../src/live/rate-limit';
import { modelQuestion } from './model-question';

const site = mkdtempSync(join(tmpdir(), 'live-site-'));
writeFileSync(join(site, '_headers'), "/*\n  Content-Security-Policy: default-src 'self'; connect-src 'self' data:\n");
writeFileSync(join(site, '404.html'), '<!doctype html><title>Not found</title>');

// Two options: the counts below list every option.
const question = { ...modelQuestion, options: modelQuestion.options.slice(0, 2) };

type Server = Awaited<ReturnType<typeof startCompanionServer>>;
const servers: Server[] = [];
const sockets: WebSocket[] = [];
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.terminate();
  for (const server of servers.splice(0)) await server.close();
});

async function start(database = ':memory:') {
  const server = await startCompanionServer({ root: site, database });
  servers.push(server);
  return server;
}

/** A client that keeps every message it receives and can wait for one that matches. */
async function connect(server: Server, headers: Record<string, string> = {}) {
  const socket = new WebSocket(`${server.url.replace('http', 'ws')}/live/ws`, { headers });
  sockets.push(socket);
  const received: ServerMessage[] = [];
  const waiters: (() => void)[] = [];
  socket.on('message', (data) => {
    received.push(JSON.parse(data.toString()));
    waiters.splice(0).forEach((wake) => wake());
  });
  await new Promise((done, fail) => socket.once('open', done).once('error', fail));
  const next = async <T extends ServerMessage['t']>(
    t: T,
    test: (m: Extract<ServerMessage, { t: T }>) => boolean = () => true,
  ) => {
    for (let seen = 0; ;) {
      for (; seen < received.length; seen++) {
        const message = received[seen]!;
        if (message.t === t && test(message as Extract<ServerMessage, { t: T }>)) {
          received.splice(0, seen + 1);
          return message as Extract<ServerMessage, { t: T }>;
        }
      }
      await new Promise<void>((wake) => waiters.push(wake));
    }
  };
  return { socket, received, next, send: (message: unknown) => socket.send(JSON.stringify(message)) };
}

async function roomWithVote(server: Server) {
  const presenter = await connect(server);
  presenter.send({ t: 'create' });
  const { room, secret } = await presenter.next('created');
  presenter.send({ t: 'open', question });
  const opened = await presenter.next('state', (m) => m.question?.open === true);
  return { presenter, room, secret, id: opened.question!.id };
}

async function attendee(server: Server, room: string, device: string) {
  const client = await connect(server);
  client.send({ t: 'hello', role: 'attendee', room, device });
  await client.next('state');
  return client;
}

describe('only the presenter steers', () => {
  it('refuses open, close, apply and undo from an attendee and from the projector screen', async () => {
    const server = await start();
    const { presenter, room, id } = await roomWithVote(server);
    const guest = await attendee(server, room, 'device-aaaa-1');
    const screen = await connect(server);
    screen.send({ t: 'hello', role: 'screen', room });
    await screen.next('state');
    for (const client of [guest, screen]) {
      for (const message of [
        { t: 'close' },
        { t: 'open', question },
        { t: 'apply', step: { kind: 'choose', decision: 'model', option: 'xlmr' } },
        { t: 'undo' },
      ]) {
        client.send(message);
        expect((await client.next('error')).code).toBe('forbidden');
      }
    }
    presenter.send({ t: 'close' });
    const closed = await presenter.next('state', (m) => m.question?.open === false);
    expect(closed.question?.id).toBe(id);
    expect(closed.steps).toEqual([]);
  });

  it('refuses a presenter hello with a wrong secret, and accepts the right one after a restart', async () => {
    const database = join(mkdtempSync(join(tmpdir(), 'live-db-')), 'rooms.sqlite');
    const first = await start(database);
    const { room, secret, id } = await roomWithVote(first);
    const intruder = await connect(first);
    intruder.send({ t: 'hello', role: 'presenter', room, secret: 'A'.repeat(43) });
    expect((await intruder.next('error')).code).toBe('forbidden');
    intruder.send({ t: 'close' });
    expect((await intruder.next('error')).code).toBe('not-joined');
    const voter = await attendee(first, room, 'device-aaaa-1');
    voter.send({ t: 'vote', question: id, option: 'distil' });
    await voter.next('voted');
    await first.close();
    servers.length = 0;

    const second = await start(database);
    const presenter = await connect(second);
    presenter.send({ t: 'hello', role: 'presenter', room, secret });
    const state = await presenter.next('state');
    expect(state.question).toMatchObject({ id, open: true, tally: { counts: { distil: 1, xlmr: 0 }, voters: 1 } });
    const back = await attendee(second, room, 'device-aaaa-1');
    back.send({ t: 'vote', question: id, option: 'distil' });
    expect((await back.next('voted')).option).toBe('distil');
    presenter.send({ t: 'close' });
    expect((await presenter.next('state', (m) => !m.question?.open)).question?.tally?.voters).toBe(1);
  });
});

describe('attendees vote once, on the open question only', () => {
  it('de-duplicates by device, lets a vote change while open, and shows no counts until closed', async () => {
    const server = await start();
    const { presenter, room, id } = await roomWithVote(server);
    const phone = await attendee(server, room, 'device-aaaa-1');
    const sameDevice = await attendee(server, room, 'device-aaaa-1');
    const other = await attendee(server, room, 'device-bbbb-2');
    const screen = await connect(server);
    screen.send({ t: 'hello', role: 'screen', room });
    await screen.next('state');
    phone.send({ t: 'vote', question: id, option: 'xlmr' });
    await phone.next('voted');
    sameDevice.send({ t: 'vote', question: id, option: 'distil' });
    await sameDevice.next('voted');
    other.send({ t: 'vote', question: id, option: 'distil' });
    await other.next('voted');
    expect((await presenter.next('tally', (m) => m.tally.voters === 2)).tally.counts).toEqual({ xlmr: 0, distil: 2 });
    expect(other.received.some((m) => m.t === 'tally')).toBe(false);
    // The projector shows how many voted, not for what, until the vote closes.
    expect((await screen.next('tally', (m) => m.tally.voters === 2)).tally.counts).toEqual({});

    // A vote for another question, an unknown option or after closing counts for nothing.
    other.send({ t: 'vote', question: id + 1, option: 'xlmr' });
    expect((await other.next('error')).code).toBe('not-open');
    other.send({ t: 'vote', question: id, option: 'bert' });
    expect((await other.next('error')).code).toBe('invalid');
    presenter.send({ t: 'close' });
    const closed = await other.next('state', (m) => m.question?.open === false);
    expect(closed.question?.tally).toEqual({ counts: { xlmr: 0, distil: 2 }, voters: 2 });
    other.send({ t: 'vote', question: id, option: 'xlmr' });
    expect((await other.next('error')).code).toBe('not-open');
  });

  it('refuses a connection that tries to speak for a second device', async () => {
    const server = await start();
    const { presenter, room, id } = await roomWithVote(server);
    const stuffer = await attendee(server, room, 'device-aaaa-1');
    stuffer.send({ t: 'vote', question: id, option: 'xlmr' });
    await stuffer.next('voted');
    stuffer.send({ t: 'hello', role: 'attendee', room, device: 'device-bbbb-2' });
    expect((await stuffer.next('error')).code).toBe('forbidden');
    stuffer.send({ t: 'vote', question: id, option: 'xlmr' });
    await stuffer.next('voted');
    presenter.send({ t: 'close' });
    expect((await presenter.next('state', (m) => m.question?.open === false)).question?.tally?.voters).toBe(1);
  });

  it('tells a reconnecting device its vote', async () => {
    const server = await start();
    const { room, id } = await roomWithVote(server);
    const phone = await attendee(server, room, 'device-aaaa-1');
    phone.send({ t: 'vote', question: id, option: 'xlmr' });
    await phone.next('voted');
    phone.socket.terminate();
    const again = await connect(server);
    again.send({ t: 'hello', role: 'attendee', room, device: 'device-aaaa-1' });
    expect((await again.next('state')).mine).toBe('xlmr');
  });
});

describe('the site beside the endpoint', () => {
  it("says the live endpoint is here, and lets pages connect to this server's own WebSocket origin", async () => {
    const server = await start();
    const status = await fetch(`${server.url}/live/status.json`);
    expect(await status.json()).toEqual({ live: true, joinOrigin: null });
    const host = new URL(server.url).host;
    expect(status.headers.get('content-security-policy')).toBe(
      `default-src 'self'; connect-src 'self' ws://${host} wss://${host} data:`,
    );
  });
});

describe('bad messages change nothing', () => {
  it('refuses malformed, forged and binary messages and closes on an oversized one; the tally is untouched', async () => {
    const server = await start();
    const { presenter, room, id } = await roomWithVote(server);
    const bad = await attendee(server, room, 'device-aaaa-1');
    for (const text of [
      'not json',
      '{"t":"vote"}',
      JSON.stringify({ t: 'vote', question: id, option: 'xlmr', device: 'someone-else' }),
      JSON.stringify({ t: 'tally', question: id, tally: { counts: { xlmr: 500 }, voters: 500 } }),
      JSON.stringify({ t: 'hello', role: 'attendee', room, device: '<script>' }),
    ]) {
      bad.socket.send(text);
      expect((await bad.next('error')).code).toBe('invalid');
    }
    bad.socket.send(Buffer.from([1, 2, 3]));
    expect((await bad.next('error')).code).toBe('invalid');
    const closing = new Promise<number>((done) => bad.socket.once('close', done));
    bad.socket.send(JSON.stringify({ t: 'vote', question: id, option: 'x'.repeat(20_000) }));
    expect(await closing).toBe(1009);

    const good = await attendee(server, room, 'device-bbbb-2');
    good.send({ t: 'vote', question: id, option: 'distil' });
    await good.next('voted');
    presenter.send({ t: 'close' });
    const closed = await presenter.next('state', (m) => m.question?.open === false);
    expect(closed.question?.tally).toEqual({ counts: { xlmr: 0, distil: 1 }, voters: 1 });
  });

  it('rate-limits a flooding connection and closes it, while other attendees still vote', async () => {
    const server = await start();
    const { presenter, room, id } = await roomWithVote(server);
    const flood = await attendee(server, room, 'device-aaaa-1');
    const closing = new Promise<number>((done) => flood.socket.once('close', done));
    for (let i = 0; i < 200; i++) flood.send({ t: 'vote', question: id, option: i % 2 ? 'xlmr' : 'distil' });
    expect(await closing).toBe(1008);
    expect(flood.received.filter((m) => m.t === 'error' && m.code === 'rate-limited').length).toBeGreaterThan(0);
    const calm = await attendee(server, room, 'device-bbbb-2');
    calm.send({ t: 'vote', question: id, option: 'xlmr' });
    await calm.next('voted');
    presenter.send({ t: 'close' });
    expect((await presenter.next('state', (m) => m.question?.open === false)).question?.tally?.voters).toBe(2);
  });

  it("refuses a WebSocket from another site's page", async () => {
    const server = await start();
    const socket = new WebSocket(`${server.url.replace('http', 'ws')}/live/ws`, {
      headers: { Origin: 'https://evil.example' },
    });
    sockets.push(socket);
    await expect(new Promise((done, fail) => socket.once('open', done).once('error', fail))).rejects.toThrow(/403/);
  });
});

describe('attacks on the HTTP side', () => {
  /** A raw HTTP/1.1 request with this exact target (fetch would normalise it); the whole answer as text. */
  const raw = (server: Server, target: string, extra = '') =>
    new Promise<string>((done, fail) => {
      const { port } = new URL(server.url);
      const socket = connectTcp(Number(port), '127.0.0.1', () =>
        socket.write(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n${extra}\r\n`),
      );
      let text = '';
      socket
        .on('data', (chunk) => (text += chunk.toString()))
        .on('end', () => done(text))
        .on('error', fail);
    });

  it('answers a target that is no URL path with 400 and its headers, and keeps serving', async () => {
    const server = await start();
    const answer = await raw(server, '//');
    expect(answer).toMatch(/^HTTP\/1\.1 400/);
    expect(answer).toMatch(/content-security-policy: default-src 'self'/i);
    const upgrade = await raw(server, '//', 'Upgrade: websocket\r\nConnection: Upgrade\r\n');
    expect(upgrade).toMatch(/^HTTP\/1\.1 (400|403)/);
    expect((await fetch(`${server.url}/live/status.json`)).status).toBe(200);
  });

  it('serves nothing outside the site and never its _headers, however the path is spelled', async () => {
    const server = await start();
    for (const target of [
      '/_headers',
      '/%5Fheaders',
      '/%5fheaders/',
      '/_headers/',
      '/../../../../etc/passwd',
      '/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
      '/..%2f..%2f..%2f..%2fetc%2fpasswd',
      '/404.html%00.txt',
      '/%00',
      '/%E0%A4%A',
    ]) {
      const answer = await raw(server, target);
      expect(answer, target).toMatch(/^HTTP\/1\.1 40[04]/);
      expect(answer, target).not.toMatch(/Content-Security-Policy: default-src 'self'; connect-src 'self' data:\n/);
      expect(answer, target).not.toContain('root:');
      expect(answer, target).toMatch(/content-security-policy:/i);
    }
  });

  it("refuses another site's WebSocket with the site's security headers", async () => {
    const server = await start();
    const answer = await raw(
      server,
      '/live/ws',
      'Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n' +
        'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nOrigin: https://evil.example\r\n',
    );
    expect(answer).toMatch(/^HTTP\/1\.1 403/);
    expect(answer).toMatch(/content-security-policy: default-src 'self'/i);
    const nullOrigin = await raw(
      server,
      '/live/ws',
      'Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n' +
        'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nOrigin: null\r\n',
    );
    expect(nullOrigin).toMatch(/^HTTP\/1\.1 403/);
  });
});

describe('a failing handler fails one message, not the server', () => {
  it('answers server-error when the store throws on a vote, and the room goes on', async () => {
    const inner = openRoomStore(':memory:');
    let broken = true;
    const store: RoomStore = {
      ...inner,
      saveVote: (...args) => {
        if (broken) throw new Error('disk I/O error');
        inner.saveVote(...args);
      },
    };
    const live = createLiveEndpoint(store);
    const http = createHttpServer((_, response) => response.end());
    http.on('upgrade', (request, socket, head) => live.upgrade(request, socket, head));
    await new Promise<void>((done) => http.listen(0, '127.0.0.1', done));
    const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    const server = { url } as Server;
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const { presenter, room, id } = await roomWithVote(server);
      const phone = await attendee(server, room, 'device-aaaa-1');
      phone.send({ t: 'vote', question: id, option: 'xlmr' });
      expect((await phone.next('error')).code).toBe('server-error');
      expect(logged).toHaveBeenCalled();
      broken = false;
      phone.send({ t: 'vote', question: id, option: 'xlmr' });
      await phone.next('voted');
      presenter.send({ t: 'close' });
      expect((await presenter.next('state', (m) => m.question?.open === false)).question?.tally?.voters).toBe(1);
    } finally {
      logged.mockRestore();
      live.close();
      http.closeAllConnections();
      await new Promise((done) => http.close(done));
      inner.close();
    }
  });
});

describe('who may start a room', () => {
  const venue = { eth0: [{ address: '10.0.0.5', family: 'IPv4', internal: false }] } as never;

  it("counts loopback and the machine's own venue address as the speaker's machine, a phone's address not", () => {
    for (const own of ['127.0.0.1', '127.0.0.2', '::1', '::ffff:127.0.0.1', '10.0.0.5', '::ffff:10.0.0.5'])
      expect(isOwnAddress(own, venue), own).toBe(true);
    for (const phone of ['10.0.0.23', '::ffff:10.0.0.23', 'fe80::1', '', undefined, 'localhost'])
      expect(isOwnAddress(phone, venue), String(phone)).toBe(false);
  });

  it('refuses to create a room for a connection from another device, and still lets it vote', async () => {
    const inner = openRoomStore(':memory:');
    const live = createLiveEndpoint(inner);
    const http = createHttpServer((_, response) => response.end());
    // The phone's connection, as the server sees it: from an address that is not this machine's.
    http.on('upgrade', (request, socket, head) => {
      Object.defineProperty(request.socket, 'remoteAddress', { value: '10.0.0.23' });
      live.upgrade(request, socket, head);
    });
    await new Promise<void>((done) => http.listen(0, '127.0.0.1', done));
    const server = { url: `http://127.0.0.1:${(http.address() as AddressInfo).port}` } as Server;
    const own = await start();
    try {
      const phone = await connect(server);
      phone.send({ t: 'create' });
      expect((await phone.next('error')).code).toBe('forbidden');
      expect(phone.received.some((m) => m.t === 'created')).toBe(false);
      // The speaker's own machine creates rooms as before.
      const speaker = await connect(own);
      speaker.send({ t: 'create' });
      expect((await speaker.next('created')).room).toMatch(/^[2-9A-HJKMNP-Z]{6}$/);
    } finally {
      live.close();
      http.closeAllConnections();
      await new Promise((done) => http.close(done));
      inner.close();
    }
  });
});

describe('the room store file', () => {
  it('refuses a damaged or unusable file at start, naming it and what to do', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'live-db-'));
    const garbage = join(dir, 'garbage.sqlite');
    writeFileSync(garbage, 'not a database, just some text that a careless copy left here\n'.repeat(100));
    await expect(start(garbage)).rejects.toThrow(
      /Cannot use .*garbage\.sqlite as the live room store: .*not a database.*--data/,
    );
    // A valid SQLite header over damaged pages.
    const damaged = join(dir, 'damaged.sqlite');
    const store = openRoomStore(damaged);
    store.create({ code: 'ABCDEF', steps: [], questionCount: 0, question: null, results: [] }, 'ab'.repeat(32));
    store.close();
    const bytes = readFileSync(damaged);
    bytes.fill(0xff, 100, Math.min(bytes.length, 8192));
    writeFileSync(damaged, bytes);
    await expect(start(damaged)).rejects.toThrow(/Cannot use .*damaged\.sqlite as the live room store/);
    // A path whose folder is a file.
    await expect(start(join(garbage, 'rooms.sqlite'))).rejects.toThrow(/Cannot use .* as the live room store/);
  });

  it('keeps SQL in a device id or room state as data (bound parameters)', () => {
    const store = openRoomStore(':memory:');
    const prompt = "x'); DROP TABLE votes; --";
    store.create({ code: 'ABCDEF', steps: [], questionCount: 0, question: null, results: [] }, 'ab'.repeat(32));
    store.save({
      code: 'ABCDEF',
      steps: [],
      questionCount: 1,
      question: { id: 1, spec: { ...question, prompt }, open: true, votes: new Map() },
      results: [],
    });
    store.saveVote('ABCDEF', 1, "d'); DELETE FROM rooms; --", 'xlmr');
    const loaded = store.load('ABCDEF')!;
    expect(loaded.room.question?.spec.prompt).toBe(prompt);
    expect([...loaded.room.question!.votes]).toEqual([["d'); DELETE FROM rooms; --", 'xlmr']]);
    store.close();
  });
});

describe('many and slow connections', () => {
  it('drops a client that drips its headers, with a 408, and keeps serving others', async () => {
    const server = await startCompanionServer({ root: site, database: ':memory:', headersTimeoutMs: 500 });
    servers.push(server);
    const { port } = new URL(server.url);
    const slow = connectTcp(Number(port), '127.0.0.1');
    let answer = '';
    slow.on('data', (chunk) => (answer += chunk.toString()));
    await new Promise((done) => slow.once('connect', done));
    // Slowloris: a header line now and then, never the blank line that ends them.
    slow.write('GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n');
    const drip = setInterval(() => slow.writable && slow.write('X-Drip: 1\r\n'), 200);
    const ended = await Promise.race([
      new Promise<boolean>((done) => slow.once('close', () => done(true))),
      new Promise<boolean>((done) => setTimeout(() => done(false), 5_000)),
    ]);
    clearInterval(drip);
    slow.destroy();
    expect(ended).toBe(true);
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect((await fetch(`${server.url}/live/status.json`)).status).toBe(200);
  });

  it('drops connections beyond its cap, and takes new ones once others leave', async () => {
    const server = await startCompanionServer({ root: site, database: ':memory:', maxConnections: 3 });
    servers.push(server);
    const held = await Promise.all([connect(server), connect(server), connect(server)]);
    const extra = new WebSocket(`${server.url.replace('http', 'ws')}/live/ws`);
    sockets.push(extra);
    await expect(new Promise((done, fail) => extra.once('open', done).once('error', fail))).rejects.toThrow();
    const gone = new Promise((done) => held[0]!.socket.once('close', done));
    held[0]!.socket.close();
    await gone;
    const after = await connect(server);
    after.send({ t: 'ping' });
    await after.next('pong');
  });
});

describe('a page that rebinds its own name to this machine', () => {
  it('cannot open the socket: its Host is none of the server’s names', async () => {
    const server = await start();
    const { port } = new URL(server.url);
    const rebound = new WebSocket(`${server.url.replace('http', 'ws')}/live/ws`, {
      headers: { Host: `evil.example:${port}`, Origin: `http://evil.example:${port}` },
    });
    sockets.push(rebound);
    await expect(new Promise((done, fail) => rebound.once('open', done).once('error', fail))).rejects.toThrow(/403/);
    // The server's own names still connect.
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`]) {
      const own = await connect(server, { Host: host, Origin: `http://${host}` });
      own.send({ t: 'ping' });
      await own.next('pong');
    }
  });
});

describe('payloads built to confuse the parser', () => {
  it('refuses prototype-polluting, deeply nested and control-character messages without touching the room', async () => {
    const server = await start();
    const { presenter, room, id } = await roomWithVote(server);
    const bad = await attendee(server, room, 'device-aaaa-1');
    const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
    for (const text of [
      `{"__proto__":{"t":"close"},"t":"close"}`,
      `{"t":"vote","question":${id},"option":"xlmr","__proto__":{"role":"presenter"}}`,
      `{"t":"vote","question":${id},"option":"__proto__"}`,
      `{"t":"vote","question":${id},"option":"constructor"}`,
      `{"t":"hello","role":"presenter","room":"${room}","secret":"${'A'.repeat(43)}","__proto__":{"secret":"x"}}`,
      `{"t":"vote","question":${id},"option":${nested(7000)}}`,
      nested(8000),
      `{"t":"vote","question":${id},"option":"xlmr\\u0000"}`,
    ]) {
      bad.socket.send(text);
      expect(['invalid', 'forbidden', 'not-open']).toContain((await bad.next('error')).code);
    }
    expect(({} as Record<string, unknown>).role).toBeUndefined();
    expect(({} as Record<string, unknown>).t).toBeUndefined();
    presenter.send({ t: 'close' });
    const closed = await presenter.next('state', (m) => m.question?.open === false);
    expect(closed.question?.tally).toEqual({ counts: { xlmr: 0, distil: 0 }, voters: 0 });
  });
});

describe('a server left running across many talks', () => {
  it('still starts a room, and brings back an old one, once the rooms in memory reach their limit', async () => {
    const server = await start();
    const first = await roomWithVote(server);
    const voter = await attendee(server, first.room, 'device-aaaa-1');
    voter.send({ t: 'vote', question: first.id, option: 'distil' });
    await voter.next('voted');
    voter.socket.close();
    first.presenter.socket.close();
    // Fill the rooms in memory, each speaker leaving afterwards (three rooms a connection at most).
    for (let made = 1; made < LIMITS.roomsInMemory;) {
      const speaker = await connect(server);
      for (let i = 0; i < LIMITS.createsPerConnection && made < LIMITS.roomsInMemory; i++, made++) {
        speaker.send({ t: 'create' });
        await speaker.next('created');
      }
      speaker.socket.close();
    }
    const late = await connect(server);
    late.send({ t: 'create' });
    expect((await late.next('created')).room).toMatch(/^[2-9A-HJKMNP-Z]{6}$/);
    const back = await connect(server);
    back.send({ t: 'hello', role: 'presenter', room: first.room, secret: first.secret });
    expect((await back.next('state')).question?.tally).toEqual({ counts: { xlmr: 0, distil: 1 }, voters: 1 });
  });
});
