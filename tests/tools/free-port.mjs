// A TCP port that is free on 127.0.0.1 right now, for a server started a moment later.
import { createServer } from 'node:net';

/** @returns {Promise<number>} a port the system just handed out and released */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer().once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (probe.address());
      probe.close(() => resolve(port));
    });
  });
}
