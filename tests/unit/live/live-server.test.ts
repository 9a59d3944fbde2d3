// The companion server's live endpoint over real WebSockets on a free port of 127.0.0.1: only the
// presenter steers, attendees vote once on the open question, bad messages change nothing, and a
// restart on the same database brings the room back.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startCompanionServer } from '../../../server/companion-server';
import type { ServerMessage } from '../../../src/live/protocol';
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
