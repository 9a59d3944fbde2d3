// npm run live:load: 1,000 simulated attendees on 127.0.0.1 against the companion server (a child process
// with its own SQLite file), ten votes. Reports votes sent = votes counted, the p95 time from a vote to the
// presenter's updated tally, and the server's memory and CPU. Along the way 10 % of attendees drop and
// reconnect (votes 3 and 7), and in vote 5 the server is killed (SIGKILL) after half the room voted and
// restarted on the same database: the room and its votes come back. Not a test with a time limit: a report.
// Usage: npm run live:load [-- --attendees 1000 --votes 10]   (run `npm run build` first)
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import WebSocket from 'ws';
import type { QuestionSpec, ServerMessage } from '../src/live/protocol.ts';

const { values } = parseArgs({
  options: {
    attendees: { type: 'string', default: '1000' },
    votes: { type: 'string', default: '10' },
    // A room taps over a few seconds, not in one millisecond; 0 sends every vote at once (a burst).
    'spread-ms': { type: 'string', default: '3000' },
  },
});
const SPREAD_MS = Number(values['spread-ms']);
const ATTENDEES = Number(values.attendees);
const VOTES = Number(values.votes);
const DROP_VOTES = new Set([3, 7]);
const RESTART_VOTE = 5;
const root = fileURLToPath(new URL('..', import.meta.url));
if (!existsSync(join(root, 'dist/_headers'))) throw new Error('dist/ is not built: run `npm run build` first');
const dataDir = mkdtempSync(join(tmpdir(), 'live-load-'));
const database = join(dataDir, 'rooms.sqlite');

// ---- the server, as a child process we can measure and kill --------------------------------------------
let server!: ChildProcess;
let port = 0;
const samples: { rssMB: number; cpuS: number; at: number }[] = [];
let cpuBefore = 0;

async function startServer() {
  server = spawn(
    process.execPath,
    ['server/companion-server.ts', '--root', 'dist', '--port', String(port), '--data', database],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const url = await new Promise<string>((done, fail) => {
    let out = '';
    server.stdout!.on('data', (chunk: Buffer) => {
      out += chunk;
      const match = /on (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (match) done(match[1]!);
    });
    server.once('exit', (code) => fail(new Error(`server exited ${code}: ${out}`)));
  });
  port = Number(new URL(url).port);
}
/** Resident memory (MB) and CPU seconds used so far by the server process, from /proc (Linux). */
function sample() {
  try {
    const status = readFileSync(`/proc/${server.pid}/status`, 'utf8');
    const stat = readFileSync(`/proc/${server.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    const ticks = Number(stat[11]) + Number(stat[12]);
    samples.push({
      rssMB: Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024,
      cpuS: cpuBefore + ticks / 100,
      at: Date.now(),
    });
  } catch {
    // Between a kill and the restart there is no process to read.
  }
}

// ---- clients -------------------------------------------------------------------------------------------
interface Client {
  device?: string;
  socket?: WebSocket;
  state?: Extract<ServerMessage, { t: 'state' }>;
  /** The vote this client means to have counted on the current question. */
  intent?: { question: number; option: string };
  onMessage?: (message: ServerMessage) => void;
  stopped?: boolean;
}

function connect(client: Client, hello: () => object | null): Promise<void> {
  return new Promise((done) => {
    const socket = new WebSocket(`ws://127.0.0.1:${port}/live/ws`);
    client.socket = socket;
    let first = true;
    socket.on('open', () => {
      const message = hello();
      if (message) socket.send(JSON.stringify(message));
    });
    socket.on('message', (data) => {
      const message = JSON.parse(data.toString()) as ServerMessage;
      if (message.t === 'state') {
        client.state = message;
        // Back after a drop or a restart: a vote the server does not have is sent again.
        const intent = client.intent;
        if (
          intent &&
          message.question?.open &&
          message.question.id === intent.question &&
          message.mine !== intent.option
        )
          socket.send(JSON.stringify({ t: 'vote', ...intent }));
      }
      client.onMessage?.(message);
      if (first && (message.t === 'state' || message.t === 'created')) {
        first = false;
        done();
      }
    });
    const retry = () => {
      if (client.stopped || client.socket !== socket) return;
      setTimeout(() => void connect(client, hello), 200 + Math.random() * 800);
    };
    socket.on('close', retry);
    socket.on('error', () => {});
  });
}

const until = async (test: () => boolean, what: string, ms = 60_000) => {
  const end = Date.now() + ms;
  while (!test()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
};

// ---- the run -------------------------------------------------------------------------------------------
await startServer();
const started = Date.now();
const sampler = setInterval(sample, 100);

const presenter: Client = {};
const tallies: { at: number; question: number; voters: number }[] = [];
let secret = '';
let room = '';
presenter.onMessage = (message) => {
  if (message.t === 'created') ({ room, secret } = message);
  if (message.t === 'tally')
    tallies.push({ at: performance.now(), question: message.question, voters: message.tally.voters });
};
await connect(presenter, () => (room ? { t: 'hello', role: 'presenter', room, secret } : { t: 'create' }));
await until(() => presenter.state !== undefined, 'the room');

const attendees: Client[] = Array.from({ length: ATTENDEES }, (_, i) => ({ device: `load-device-${i}-${room}` }));
const helloOf = (client: Client) => () => ({ t: 'hello', role: 'attendee', room, device: client.device });
for (let i = 0; i < attendees.length; i += 100)
  await Promise.all(attendees.slice(i, i + 100).map((client) => connect(client, helloOf(client))));
console.error(`${ATTENDEES} attendees connected in ${Date.now() - started} ms`);

const latencies: number[] = [];
let sent = 0;
let counted = 0;
const restartLatencies: number[] = [];

for (let vote = 1; vote <= VOTES; vote++) {
  const spec: QuestionSpec = {
    kind: 'choose',
    ref: `decision-${vote}`,
    prompt: `Load vote ${vote}`,
    options: ['a', 'b', 'c', 'd'].map((id) => ({ id, label: `Option ${id}`, preview: 'A one-line preview.' })),
  };
  presenter.socket!.send(JSON.stringify({ t: 'open', question: spec }));
  await until(() => presenter.state?.question?.open === true && presenter.state.question.ref === spec.ref, 'open');
  const question = presenter.state!.question!.id;
  await until(() => attendees.every((c) => c.state?.question?.id === question), 'every attendee sees the vote');

  const sends: number[] = [];
  const castBy = (client: Client) => {
    const option = spec.options[Math.floor(Math.random() * spec.options.length)]!.id;
    client.intent = { question, option };
    sends.push(performance.now());
    client.socket!.send(JSON.stringify({ t: 'vote', question, option }));
  };
  /** Each client votes at a random moment within the spread. */
  const castAll = (clients: Client[]) =>
    Promise.all(
      clients.map(
        (client) =>
          new Promise<void>((done) =>
            setTimeout(() => {
              castBy(client);
              done();
            }, Math.random() * SPREAD_MS),
          ),
      ),
    );
  const half = vote === RESTART_VOTE ? ATTENDEES / 2 : ATTENDEES;
  await castAll(attendees.slice(0, half));
  sent += ATTENDEES;

  if (DROP_VOTES.has(vote)) {
    // 10 % of the room lose their connection right after voting and come back.
    for (const client of attendees.filter((_, i) => i % 10 === 0)) client.socket!.terminate();
  }
  if (vote === RESTART_VOTE) {
    await until(
      () => tallies.some((t) => t.question === question && t.voters >= half / 2),
      'half of the first half counted before the kill',
    );
    sample();
    cpuBefore = samples.at(-1)!.cpuS;
    server.kill('SIGKILL');
    const killedAt = Date.now();
    await new Promise((r) => server.once('exit', r));
    await startServer();
    console.error(`server killed mid-vote and restarted in ${Date.now() - killedAt} ms`);
    await until(
      () => attendees.every((c) => c.socket!.readyState === WebSocket.OPEN && c.state?.question?.id === question),
      'reconnects',
    );
    await castAll(attendees.slice(half));
  }

  await until(
    () => tallies.some((t) => t.question === question && t.voters === ATTENDEES),
    `all ${ATTENDEES} votes on vote ${vote}`,
  );
  // The n-th vote sent is counted once a tally shows n voters (votes are counted in arrival order).
  const mine = tallies.filter((t) => t.question === question);
  sends
    .sort((x, y) => x - y)
    .forEach((at, n) => {
      const seen = mine.find((t) => t.voters >= n + 1 && t.at >= at);
      if (seen) (vote === RESTART_VOTE ? restartLatencies : latencies).push(seen.at - at);
    });
  presenter.socket!.send(JSON.stringify({ t: 'close' }));
  await until(() => presenter.state?.question?.id === question && presenter.state.question.open === false, 'close');
  const tally = presenter.state!.question!.tally!;
  const expected: Record<string, number> = { a: 0, b: 0, c: 0, d: 0 };
  for (const client of attendees) expected[client.intent!.option]! += 1;
  if (JSON.stringify(tally.counts) !== JSON.stringify(expected))
    throw new Error(`vote ${vote}: counted ${JSON.stringify(tally.counts)}, sent ${JSON.stringify(expected)}`);
  counted += tally.voters;
  presenter.socket!.send(JSON.stringify({ t: 'apply', step: { kind: 'choose', decision: spec.ref, option: 'a' } }));
  await until(() => presenter.state?.question === null && presenter.state.steps.length === vote, 'apply');
}

clearInterval(sampler);
sample();
const p = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
};
const wall = (Date.now() - started) / 1000;
const peakMB = Math.max(...samples.map((s) => s.rssMB));
const cpuS = samples.at(-1)!.cpuS;
console.log(`# Live load run, ${new Date().toISOString().slice(0, 10)}`);
console.log(
  `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}, clients and server on 127.0.0.1, load average at the end ${loadavg()[0]!.toFixed(1)}`,
);
console.log('');
console.log('| measure | value |');
console.log('|---|---|');
console.log(`| attendees | ${ATTENDEES} |`);
console.log(
  `| votes | ${VOTES}, each cast over ${SPREAD_MS / 1000} s (10 % drop and reconnect in votes ${[...DROP_VOTES].join(' and ')}; server killed and restarted in vote ${RESTART_VOTE}) |`,
);
console.log(`| votes sent / counted | ${sent} / ${counted} |`);
console.log(
  `| vote → tally on presenter, p50 / p95 / max | ${p(latencies, 0.5).toFixed(0)} / ${p(latencies, 0.95).toFixed(0)} / ${p(latencies, 1).toFixed(0)} ms |`,
);
console.log(
  `| same, in the vote with the restart | p95 ${p(restartLatencies, 0.95).toFixed(0)} ms (a vote cast just before the kill is counted after the restart and reconnect) |`,
);
console.log(`| server memory, peak RSS | ${peakMB.toFixed(0)} MB |`);
console.log(
  `| server CPU | ${cpuS.toFixed(1)} s over ${wall.toFixed(1)} s (${((cpuS / wall) * 100).toFixed(0)} % of one core) |`,
);
console.log(`| server CPU per vote counted (all its work included) | ${((cpuS / counted) * 1000).toFixed(2)} ms |`);

for (const client of [presenter, ...attendees]) {
  client.stopped = true;
  client.socket?.terminate();
}
server.kill('SIGTERM');
await new Promise((r) => server.once('exit', r));
rmSync(dataDir, { recursive: true, force: true });
if (sent !== counted) {
  console.error(`FAIL: ${sent - counted} votes lost`);
  process.exit(1);
}
