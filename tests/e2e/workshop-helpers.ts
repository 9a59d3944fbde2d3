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

/**
 * Let the page's clock run past the chapter's minimum reading time, so reaching the end then marks it
 * read. The page needs `page.clock.install()` before it loads.
 */
export async function spendReadingTime(page: import('@playwright/test').Page): Promise<number> {
  const seconds = Number(await page.locator('[data-chapter-end]').getAttribute('data-min-read-seconds'));
  if (!(seconds > 0)) throw new Error('the chapter states no minimum reading time');
  await page.clock.fastForward(seconds * 1000);
  return seconds;
}

/** The chapters' paths in journey order, as the built progress page lists them. */
export function chaptersInOrder(): string[] {
  const paths = [...html('/progress/').matchAll(/data-progress-chapter="[^"]+"[^>]*>\s*<a href="([^"]+)"/g)].map(
    (match) => match[1]!,
  );
  if (paths.length === 0) throw new Error('the built progress page lists no chapters');
  return paths;
}
