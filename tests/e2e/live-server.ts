// Start the companion server (`npm start`'s server) on a free port for one spec file, in its own process
// with an in-memory room store; the spec stops it in afterAll.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

export interface CompanionProcess {
  url: string;
  stop(): Promise<void>;
}

/** @throws {Error} when the server does not say where it listens within 30 s */
export async function startCompanion(): Promise<CompanionProcess> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['server/companion-server.ts', '--root', 'dist', '--port', '0', '--data', ':memory:'],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const url = await new Promise<string>((done, fail) => {
    let output = '';
    const timer = setTimeout(() => fail(new Error(`The companion server did not start: ${output}`)), 30_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /on (http:\/\/127\.0\.0\.1:\d+)\//.exec(output);
      if (match) {
        clearTimeout(timer);
        done(match[1]!);
      }
    });
    child.once('exit', (code) => fail(new Error(`The companion server exited (${code}): ${output}`)));
  });
  return {
    url,
    stop: () =>
      new Promise((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}
