import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parse } from 'yaml';

/**
 * Load every YAML file in a folder as one map of source id → source, so that authors can group
 * sources by topic. An id defined twice fails the build, naming both files.
 */
export function sourcesLoader(base: string): Loader {
  return {
    name: 'sources-loader',
    async load({ config, store, parseData, generateDigest }) {
      const folder = fileURLToPath(new URL(base, config.root));
      const files = (await readdir(folder)).filter((name) => /\.ya?ml$/.test(name)).sort();
      const definedIn = new Map<string, string>();
      store.clear();
      for (const name of files) {
        const filePath = relative(fileURLToPath(config.root), join(folder, name));
        const entries: unknown = parse(await readFile(join(folder, name), 'utf8'));
        if (entries === null) continue;
        if (typeof entries !== 'object' || Array.isArray(entries)) {
          throw new Error(`${filePath}: expected a map of source id → { title, url, publisher, date }`);
        }
        for (const [id, raw] of Object.entries(entries as Record<string, Record<string, unknown>>)) {
          const earlier = definedIn.get(id);
          if (earlier) throw new Error(`Source "${id}" is defined twice: in ${earlier} and in ${filePath}`);
          definedIn.set(id, filePath);
          const data = await parseData({ id, data: raw, filePath });
          store.set({ id, data, filePath, digest: generateDigest(data) });
        }
      }
    },
  };
}
