import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parse } from 'yaml';
import { assertValidContent } from './content-check';

/**
 * Load every YAML file in a folder as one map of source id → source, so that authors can group sources by
 * topic. Any content problem (a YAML error, an id defined in two files, a bad field) fails the build
 * first, naming the file and line (see assertValidContent).
 */
export function sourcesLoader(base: string): Loader {
  return {
    name: 'sources-loader',
    async load({ config, store, parseData, generateDigest }) {
      const root = fileURLToPath(config.root);
      assertValidContent(root);
      const folder = fileURLToPath(new URL(base, config.root));
      const files = (await readdir(folder)).filter((name) => /\.ya?ml$/.test(name)).sort();
      store.clear();
      for (const name of files) {
        const filePath = relative(root, join(folder, name));
        const entries = (parse(await readFile(join(folder, name), 'utf8')) ?? {}) as Record<string, unknown>;
        for (const [id, raw] of Object.entries(entries)) {
          const data = await parseData({ id, data: raw as Record<string, unknown>, filePath });
          store.set({ id, data, filePath, digest: generateDigest(data) });
        }
      }
    },
  };
}
