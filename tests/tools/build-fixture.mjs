// Build a fixture site: the project's own src/ and config over a fixture's content/, into a temporary folder.
// Usage: node tests/tools/build-fixture.mjs <fixture-name>
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'astro';
import siteConfig from '../../astro.config.mjs';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const fixture = process.argv[2];
if (!fixture) throw new Error('Usage: build-fixture.mjs <fixture-name>');

const outDir = await mkdtemp(join(tmpdir(), `fixture-${fixture}-`));
try {
  await build({
    ...siteConfig,
    configFile: false,
    root: join(projectRoot, 'tests/fixtures', fixture),
    srcDir: join(projectRoot, 'src'),
    publicDir: join(projectRoot, 'public'),
    outDir,
    logLevel: 'error',
  });
} finally {
  await rm(outDir, { recursive: true, force: true });
}
