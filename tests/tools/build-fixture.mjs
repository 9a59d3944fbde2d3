// Build a fixture site into a temporary folder and discard it: for tests that only ask whether it builds.
// Usage: node tests/tools/build-fixture.mjs <fixture-name> [--warm]
// (--warm: load the project's own content into the same cache first; see buildFixtureSite.)
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildFixtureSite } from './fixture-site.mjs';

const [fixture, flag] = process.argv.slice(2);
if (!fixture) throw new Error('Usage: build-fixture.mjs <fixture-name> [--warm]');

const outDir = await mkdtemp(join(tmpdir(), `fixture-${fixture}-`));
try {
  await buildFixtureSite(fixture, outDir, { warm: flag === '--warm' });
} finally {
  await rm(outDir, { recursive: true, force: true });
}
