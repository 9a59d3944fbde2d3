/**
 * The workshop's one script for every page, fetched by the inline loader (WorkshopLoader.astro)
 * only when the reader acts: opens search, answers a checkpoint, reaches a chapter's end, marks it
 * read, or already has progress to show. It then handles those actions itself.
 */
import { markChapterRead, visit } from '../../workshop/progress';
import { setUpCheckpoints } from './checkpoints-client';
import { loadProgress, updateProgress, watchProgress } from './progress-store';
import { openSearch } from './search-dialog';

type Action = 'search' | 'read' | 'end' | 'answer' | 'restore';

declare global {
  interface Window {
    workshop?: (action: Action) => void;
    workshopQueue?: Action[];
  }
}

let chapter: string | undefined;

function showRead() {
  for (const status of document.querySelectorAll('[data-read-status]'))
    status.textContent = 'You have read this chapter.';
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-mark-read]')) button.hidden = true;
}

function markRead() {
  const slug = chapter;
  if (!slug) return;
  updateProgress((progress) => markChapterRead(progress, slug, new Date().toISOString()));
  showRead();
}

function run(action: Action) {
  if (action === 'search') void openSearch();
  else if (action === 'read' || action === 'end') markRead();
}

/** Wire the page once its markup is all there (the loader may fetch this script while it is still parsed). */
function start() {
  const chapterArticle = document.querySelector<HTMLElement>('[data-chapter-slug]');
  chapter = chapterArticle?.dataset.chapterSlug;
  const { progress } = loadProgress();
  if (chapter && chapterArticle) {
    const slug = chapter;
    const title = document.querySelector('h1')?.textContent?.trim() ?? slug;
    updateProgress((current) => visit(current, { href: location.pathname, title, at: new Date().toISOString() }));
    if (progress.chapters[slug]) showRead();
    setUpCheckpoints(progress, slug);
    // Marked read in another tab: say so here too.
    watchProgress((current) => {
      if (current.chapters[slug]) showRead();
    });
  }
  window.workshop = run;
  for (const action of window.workshopQueue?.splice(0) ?? []) run(action);
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
else start();
