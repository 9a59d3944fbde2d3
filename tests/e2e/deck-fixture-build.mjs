// Build the deck's fixture site (tests/fixtures/deck-talk) into the folder given.
// Usage: NODE_ENV=production node tests/e2e/deck-fixture-build.mjs <out-dir>
// (NODE_ENV: React renders islands with its production build, as `astro build` does.)
import { buildFixtureSite } from '../tools/fixture-site.mjs';

const outDir = process.argv[2];
if (!outDir) throw new Error('Usage: deck-fixture-build.mjs <out-dir>');

await buildFixtureSite('deck-talk', outDir);
