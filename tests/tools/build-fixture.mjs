// Build a fixture site into a temporary folder and discard it: for tests that only ask whether it builds.
// Usage: node tests/tools/build-fixture.mjs <fixture-name>
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildFixtureSite } from './fixture-site.mjs';

const fixture = process.argv[2];
if (!fixture) throw new Error('Usage: build-fixture.mjs <fixture-name>');

const outDir = await mkdtemp(join(tmpdir(), `fixture-${fixture}-`));
try {
  await buildFixtureSite(fixture, outDir);
} finally {
  await rm(outDir, { recursive: true, force: true });
}
