import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readingPages } from './site-pages';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const html = (path: string) => readFileSync(`${dist}${path.slice(1)}index.html`, 'utf8');

/** The first chapter page that has a checkpoint, read from the built site. */
export function chapterWithCheckpoint(): string {
  const path = readingPages().find((page) => html(page).includes('data-checkpoint='));
  if (!path) throw new Error('no chapter in the built site has a <Checkpoint>');
  return path;
}

export const PROGRESS_KEY = 'nlp-journey:progress';
export const CHECKLIST_KEY = 'nlp-journey:checklist';
