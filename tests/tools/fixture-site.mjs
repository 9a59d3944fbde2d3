// Build a fixture site: the project's src/, public/ and config over the project's content/, with the
// fixture's changes laid on top, so a fixture holds only what its scenario changes:
// - each entry a fixture has under content/ (a folder such as chapters/, or a file) replaces the project's;
// - an optional patch.yaml at the fixture's root changes single values in the project's files:
//     content/simulator/pitfalls.yaml:          # a file under the project root
//       set:                                    # values to set, each at a path of keys, list indexes,
//         - path: [{ id: lambda-zip-over-250mb }, source]    #   or { key: value } to pick a list item
//           value: aws-lambda-quota
//       append: "broken: [\n"                   # text added at the end (e.g. to break its YAML)
//   `set` edits the YAML document (comments and the rest kept); a path that leads nowhere is an error.
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { build } from 'astro';
import { isMap, isSeq, parse, parseDocument } from 'yaml';
import siteConfig from '../../astro.config.mjs';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
// Inside the project, so that a fixture's own components resolve the project's node_modules.
const sitesFolder = join(projectRoot, 'tests/fixtures/.sites');

/** Turn { id: x } segments of a patch path into list indexes of `doc`. */
function resolvePath(doc, path, where) {
  const resolved = [];
  for (const segment of path) {
    if (segment !== null && typeof segment === 'object') {
      const [[key, value]] = Object.entries(segment);
      const list = doc.getIn(resolved, true);
      const index = isSeq(list) ? list.items.findIndex((item) => isMap(item) && item.get(key) === value) : -1;
      if (index < 0) throw new Error(`${where}: no list item with ${key} "${value}" at [${resolved.join(', ')}]`);
      resolved.push(index);
    } else {
      resolved.push(segment);
    }
  }
  return resolved;
}

/** Apply a fixture's patch.yaml to the site at root. */
async function applyPatch(patchFile, root) {
  const patch = parse(await readFile(patchFile, 'utf8')) ?? {};
  for (const [path, { set = [], append = '' }] of Object.entries(patch)) {
    const file = join(root, path);
    if (!existsSync(file)) throw new Error(`${patchFile}: ${path} is not in the project`);
    let text = await readFile(file, 'utf8');
    if (set.length > 0) {
      const doc = parseDocument(text);
      for (const change of set) {
        const at = resolvePath(doc, change.path, `${patchFile} ${path}`);
        if (at.length > 1 && !doc.hasIn(at.slice(0, -1))) throw new Error(`${patchFile}: ${path} has no [${at}]`);
        doc.setIn(at, change.value);
      }
      text = doc.toString();
    }
    await writeFile(file, text + append);
  }
}

/** Lay the fixture over the project's content in root. */
async function layFixture(fixtureRoot, root) {
  const patch = join(fixtureRoot, 'patch.yaml');
  if (existsSync(join(fixtureRoot, 'content'))) {
    for (const entry of await readdir(join(fixtureRoot, 'content'))) {
      await rm(join(root, 'content', entry), { recursive: true, force: true });
    }
  }
  await cp(fixtureRoot, root, { recursive: true, filter: (source) => source !== patch });
  if (existsSync(patch)) await applyPatch(patch, root);
}

/** The Astro config of a fixture site at root: the project's config, src/ and public/, built into outDir. */
export function fixtureConfig(root, outDir) {
  return {
    ...siteConfig,
    configFile: false,
    root,
    srcDir: join(projectRoot, 'src'),
    publicDir: join(projectRoot, 'public'),
    outDir,
    logLevel: 'error',
  };
}

/**
 * Build tests/fixtures/<fixture> into outDir; throws what the build throws. With `warm`, the project's own
 * content is first loaded into the same root (its data store and cache), then the fixture is laid over it
 * and built: a fault must show even when the previous content is cached.
 */
export async function buildFixtureSite(fixture, outDir, { warm = false } = {}) {
  const fixtureRoot = join(projectRoot, 'tests/fixtures', fixture);
  if (!existsSync(fixtureRoot)) throw new Error(`No fixture at ${fixtureRoot}`);
  await mkdir(sitesFolder, { recursive: true });
  const root = await mkdtemp(join(sitesFolder, `${fixture}-`));
  try {
    await cp(join(projectRoot, 'content'), join(root, 'content'), { recursive: true });
    // The sync runs in its own process: it ends only once its data store is written, so no write of it can
    // land while the build below replaces that store (in one process, such a late write failed the build).
    if (warm) {
      const synced = spawnSync(
        process.execPath,
        [fileURLToPath(new URL('sync-fixture-site.mjs', import.meta.url)), root, outDir],
        {
          encoding: 'utf8',
        },
      );
      if (synced.status !== 0) throw new Error(`astro sync of ${fixture} failed:\n${synced.stderr}${synced.stdout}`);
    }
    await layFixture(fixtureRoot, root);
    await build(fixtureConfig(root, outDir));
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
