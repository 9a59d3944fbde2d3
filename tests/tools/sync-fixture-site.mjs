// Load a fixture site's content into its data store and cache (astro sync), then exit.
// Usage: node tests/tools/sync-fixture-site.mjs <site root> <out dir>   (see buildFixtureSite's `warm`)
import { sync } from 'astro';
import { fixtureConfig } from './fixture-site.mjs';

const [root, outDir] = process.argv.slice(2);
if (!root || !outDir) throw new Error('Usage: sync-fixture-site.mjs <site root> <out dir>');
await sync(fixtureConfig(root, outDir));
