/**
 * The reader's progress in the browser, through the site's storage wrapper: load (resetting damaged
 * or old data, and telling the reader), save, update, follow other tabs, and the one call the
 * simulator makes when a journey ends.
 */
import {
  PROGRESS_RESET_NOTICE,
  PROGRESS_STORAGE_KEY,
  addJourney,
  emptyProgress,
  readStoredProgress,
  type JourneySummary,
  type Progress,
} from '../../workshop/progress';
import { showNotice } from '../site-notice';
import { readItem, watchItem, writeItem } from '../site-storage';

export interface LoadedProgress {
  progress: Progress;
  /** Set when stored data could not be used and was reset; already shown to the reader. */
  notice?: string;
}

/** Read progress; unusable data is replaced by a clean copy, and the reader is told on this page. */
export function loadProgress(): LoadedProgress {
  const { progress, problems } = readStoredProgress(readItem('localStorage', PROGRESS_STORAGE_KEY));
  if (problems.length === 0) return { progress };
  saveProgress(progress);
  showNotice(PROGRESS_RESET_NOTICE);
  return { progress, notice: PROGRESS_RESET_NOTICE };
}

/** Save progress; when the browser refuses, the reader is told and it is kept for this tab. */
export function saveProgress(progress: Progress): void {
  writeItem('localStorage', PROGRESS_STORAGE_KEY, JSON.stringify(progress));
}

/** Forget all progress. */
export const resetProgress = (): void => saveProgress(emptyProgress());

/**
 * Load, change and save progress in one step. Reading just before writing keeps what another tab
 * saved in the meantime.
 */
export function updateProgress(change: (progress: Progress) => Progress): Progress {
  const next = change(loadProgress().progress);
  saveProgress(next);
  return next;
}

/** Call `listener` with the new progress whenever another tab changes it. */
export function watchProgress(listener: (progress: Progress) => void): void {
  watchItem(PROGRESS_STORAGE_KEY, (raw) => listener(readStoredProgress(raw).progress));
}

/**
 * Record a finished simulator journey in the reader's progress.
 * `summary.label` names the journey; `shareUrl` (a path on this site) replays it.
 * Throws a TypeError when the summary is not one progress can keep.
 */
export function recordJourneyFinished(summary: Omit<JourneySummary, 'finishedAt'>): void {
  updateProgress((progress) => addJourney(progress, { ...summary, finishedAt: new Date().toISOString() }));
}
