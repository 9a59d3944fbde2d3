// Build the deck's fixture site (tests/fixtures/deck-talk) into the folder given: the project's src/ and
// config over the fixture's content/. Usage: NODE_ENV=production node tests/e2e/deck-fixture-build.mjs <out-dir>
// (NODE_ENV: React renders islands with its production build, as `astro build` does.)
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'astro';
import siteConfig from '../../astro.config.mjs';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const outDir = process.argv[2];
if (!outDir) throw new Error('Usage: deck-fixture-build.mjs <out-dir>');

await build({
  ...siteConfig,
  configFile: false,
  root: join(projectRoot, 'tests/fixtures/deck-talk'),
  srcDir: join(projectRoot, 'src'),
  publicDir: join(projectRoot, 'public'),
  outDir,
  logLevel: 'error',
});
