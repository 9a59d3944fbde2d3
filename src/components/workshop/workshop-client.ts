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

const chapterArticle = document.querySelector<HTMLElement>('[data-chapter-slug]');
const chapter = chapterArticle?.dataset.chapterSlug;

function showRead() {
  for (const status of document.querySelectorAll('[data-read-status]'))
    status.textContent = 'You have read this chapter.';
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-mark-read]')) button.hidden = true;
}

function markRead() {
  if (!chapter) return;
  updateProgress((progress) => markChapterRead(progress, chapter, new Date().toISOString()));
  showRead();
}

function run(action: Action) {
  if (action === 'search') void openSearch();
  else if (action === 'read' || action === 'end') markRead();
}

const { progress } = loadProgress();
if (chapter && chapterArticle) {
  const title = document.querySelector('h1')?.textContent?.trim() ?? chapter;
  updateProgress((current) => visit(current, { href: location.pathname, title, at: new Date().toISOString() }));
  if (progress.chapters[chapter]) showRead();
  setUpCheckpoints(progress, chapter);
  // Marked read in another tab: say so here too.
  watchProgress((current) => {
    if (current.chapters[chapter]) showRead();
  });
}

window.workshop = run;
for (const action of window.workshopQueue?.splice(0) ?? []) run(action);
