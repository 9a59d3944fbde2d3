// Build a fixture site: the project's src/, public/ and config over the project's content/, with the
// fixture's own files laid on top. Each entry a fixture has under content/ (a folder such as chapters/,
// or a file) replaces the project's, so a fixture holds only what its scenario changes.
import { cp, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'astro';
import siteConfig from '../../astro.config.mjs';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
// Inside the project, so that a fixture's own components resolve the project's node_modules.
const sitesFolder = join(projectRoot, 'tests/fixtures/.sites');

/** Build tests/fixtures/<fixture> into outDir; throws what the build throws. */
export async function buildFixtureSite(fixture, outDir) {
  const fixtureRoot = join(projectRoot, 'tests/fixtures', fixture);
  if (!existsSync(fixtureRoot)) throw new Error(`No fixture at ${fixtureRoot}`);
  await mkdir(sitesFolder, { recursive: true });
  const root = await mkdtemp(join(sitesFolder, `${fixture}-`));
  try {
    await cp(fixtureRoot, root, { recursive: true });
    await mkdir(join(root, 'content'), { recursive: true });
    for (const entry of await readdir(join(projectRoot, 'content'))) {
      if (!existsSync(join(root, 'content', entry))) {
        await cp(join(projectRoot, 'content', entry), join(root, 'content', entry), { recursive: true });
      }
    }
    await build({
      ...siteConfig,
      configFile: false,
      root,
      srcDir: join(projectRoot, 'src'),
      publicDir: join(projectRoot, 'public'),
      outDir,
      logLevel: 'error',
    });
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
