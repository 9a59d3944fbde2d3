import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parse } from 'yaml';
import { assertValidContent } from './content-check';

/** Turns a file's parsed YAML into [id, entry] pairs. */
export type YamlEntries = (data: unknown) => [string, unknown][];

/** A map of id → entry, as in content/glossary.yaml. */
export const mapEntries: YamlEntries = (data) => Object.entries((data ?? {}) as Record<string, unknown>);

/** A list of entries, each with an `id`, as in content/checklist.yaml. */
export const listEntries: YamlEntries = (data) => ((data ?? []) as { id: string }[]).map((entry) => [entry.id, entry]);

/** The whole file as one entry with the given id, as for content/running-example.yaml. */
export const singleEntry =
  (id: string): YamlEntries =>
  (data) => [[id, data]];

/**
 * Load one YAML file under the project root (e.g. "content/glossary.yaml") as a collection. Unlike Astro's
 * file() loader, which logs a YAML error and keeps the old or no entries, every content problem fails the
 * build (see assertValidContent), and the store is refilled on every load, so a warm cache cannot hide it.
 */
export function yamlFileLoader(path: string, entries: YamlEntries): Loader {
  async function sync({ config, store, parseData, generateDigest }: LoaderContext) {
    const root = fileURLToPath(config.root);
    assertValidContent(root);
    const data: unknown = parse(readFileSync(join(root, path), 'utf8'));
    store.clear();
    for (const [id, raw] of entries(data)) {
      const parsed = await parseData({ id, data: raw as Record<string, unknown>, filePath: path });
      store.set({ id, data: parsed, filePath: path, digest: generateDigest(parsed) });
    }
  }
  return {
    name: 'yaml-file-loader',
    async load(context) {
      await sync(context);
      const filePath = join(fileURLToPath(context.config.root), path);
      context.watcher?.add(filePath);
      context.watcher?.on('change', (changed) => {
        if (changed === filePath) sync(context).catch((error: Error) => context.logger.error(error.message));
      });
    },
  };
}
