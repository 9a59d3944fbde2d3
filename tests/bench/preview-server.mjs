// Serve the built site on a free port of 127.0.0.1 as a host would (server/static-server.mjs), for
// measurements in a browser.
import { fileURLToPath } from 'node:url';
import { startStaticServer } from '../../server/static-server.mjs';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

/** Start serving dist/; returns its origin and a stop() that resolves once the server has closed. */
export async function startPreview() {
  const { server, url } = await startStaticServer({ root: dist });
  const stop = () =>
    new Promise((resolve) => {
      server.close(resolve);
      // The browser may hold keep-alive connections open; close() alone would wait for them.
      server.closeAllConnections();
    });
  return { origin: url, stop };
}
