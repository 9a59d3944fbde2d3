/**
 * The workshop's one script for every page, fetched by the inline loader (WorkshopLoader.astro)
 * only when the reader acts: opens search, answers a checkpoint, reaches a chapter's end, marks it
 * read, or already has progress to show. It then handles those actions itself.
 */
import { markChapterRead, visit } from '../../workshop/progress';
import { reachedEndCountsAsRead, readRuleText } from '../../workshop/read-rule';
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
let endTimer: ReturnType<typeof setTimeout> | undefined;

function setStatus(text: string, read: boolean) {
  for (const status of document.querySelectorAll<HTMLElement>('[data-read-status]')) {
    status.textContent = text;
    status.dataset.read = String(read);
  }
}

function showRead() {
  clearTimeout(endTimer);
  setStatus('You have read this chapter.', true);
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-mark-read]')) button.hidden = true;
}

function markRead() {
  const slug = chapter;
  if (!slug) return;
  clearTimeout(endTimer);
  updateProgress((progress) => markChapterRead(progress, slug, new Date().toISOString()));
  showRead();
}

/**
 * The reader reached the chapter's end: it counts as read once they have been on the page for the
 * chapter's minimum time (read-rule.ts; performance.now() is the time since the page opened). Too soon,
 * and it is marked when that time is up, if the page is still open; the button stays until then.
 */
function reachEnd() {
  const end = document.querySelector<HTMLElement>('[data-chapter-end]');
  const minimum = Number(end?.dataset.minReadSeconds ?? 0);
  const onPage = performance.now() / 1000;
  if (!chapter || endTimer !== undefined) return;
  if (loadProgress().progress.chapters[chapter]) return showRead();
  if (reachedEndCountsAsRead(onPage, minimum)) return markRead();
  setStatus(
    `You reached the end quickly: this chapter counts as read after ${readRuleText(minimum)} on the page, or mark it read now.`,
    false,
  );
  endTimer = setTimeout(markRead, (minimum - onPage) * 1000);
}

function run(action: Action) {
  if (action === 'search') void openSearch();
  else if (action === 'read') markRead();
  else if (action === 'end') reachEnd();
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
