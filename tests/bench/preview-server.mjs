// Serve the built site with `astro preview` on a free port of 127.0.0.1, for measurements in a browser.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** End a server process and wait for it to exit. */
function stopServer(server) {
  if (server.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    server.once('exit', resolve);
    server.kill();
  });
}

/** A TCP port nobody is listening on right now. */
function freePort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Start the preview server and wait until it answers; returns its origin and a stop() that resolves
 * once the server has exited (Astro refuses a second preview server of the same project).
 */
export async function startPreview() {
  const port = await freePort();
  const server = spawn(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'preview', '--host', '127.0.0.1', '--port', String(port)],
    {
      cwd: root,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: 'ignore',
    },
  );
  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (server.exitCode !== null) break;
    try {
      if ((await fetch(`${origin}/`)).ok) return { origin, stop: () => stopServer(server) };
    } catch {
      // Not up yet.
    }
    await sleep(200);
  }
  await stopServer(server);
  throw new Error('astro preview did not start (is another `astro preview` of this project running?)');
}
