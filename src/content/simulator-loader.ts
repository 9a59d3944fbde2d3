import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { readSimulatorData } from './simulator-files';
import { assertValidContent } from './content-check';

/**
 * Content-collection loaders for content/simulator/: the whole decision model as one entry ("journey"),
 * or one entry per platform for pages such as a scorecard. Any schema or cross-reference problem fails
 * the build with a message naming the file and entry.
 */
export function simulatorLoader(kind: 'journey' | 'platforms'): Loader {
  return {
    name: `simulator-${kind}-loader`,
    async load({ config, store, parseData, generateDigest }) {
      const root = fileURLToPath(config.root);
      assertValidContent(root);
      store.clear();
      // A site without content/simulator/ (e.g. a fixture for chapter checks) has no simulator data;
      // the simulator page then fails with its own message.
      if (!existsSync(join(root, 'content/simulator'))) return;
      const data = readSimulatorData(root);
      const entries =
        kind === 'journey' ? [{ id: 'journey', raw: data }] : data.platforms.map((p) => ({ id: p.id, raw: p }));
      for (const { id, raw } of entries) {
        const parsed = await parseData({ id, data: raw as unknown as Record<string, unknown> });
        store.set({ id, data: parsed, digest: generateDigest(parsed) });
      }
    },
  };
}
