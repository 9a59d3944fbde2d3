/**
 * Progress in localStorage: load (resetting corrupted or old data with a notice), save, and the
 * one call the simulator makes when a journey ends.
 */
import {
  PROGRESS_STORAGE_KEY,
  addJourney,
  emptyProgress,
  parseProgressWithProblems,
  type JourneySummary,
  type Progress,
} from './progress';

export interface LoadedProgress {
  progress: Progress;
  /** Set when stored data could not be used and was reset; show it to the reader. */
  notice?: string;
}

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined; // storage disabled (privacy settings): progress lives only as long as the page
  }
}

/** Read progress from storage; unusable data is replaced by a clean copy and reported once. */
export function loadProgress(): LoadedProgress {
  const raw = storage()?.getItem(PROGRESS_STORAGE_KEY);
  if (raw === null || raw === undefined) return { progress: emptyProgress() };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    value = Symbol('unreadable');
  }
  const { progress, problems } =
    typeof value === 'symbol'
      ? { progress: emptyProgress(), problems: ['stored progress was not valid JSON'] }
      : parseProgressWithProblems(value);
  if (problems.length === 0) return { progress };
  saveProgress(progress);
  return {
    progress,
    notice:
      'Your saved progress could not be read (it was damaged or saved by an older version of this site), so it was reset.',
  };
}

export function saveProgress(progress: Progress): void {
  try {
    storage()?.setItem(PROGRESS_STORAGE_KEY, JSON.stringify(progress));
  } catch {
    // quota exceeded or storage disabled: progress is a convenience, never a reason to break the page
  }
}

/** Load, change and save progress in one step. */
export function updateProgress(change: (progress: Progress) => Progress): Progress {
  const next = change(loadProgress().progress);
  saveProgress(next);
  return next;
}

/**
 * Record a finished simulator journey in the reader's progress.
 * `summary.label` names the journey; `shareUrl` (a path on this site) replays it.
 */
export function recordJourneyFinished(summary: Omit<JourneySummary, 'finishedAt'>): void {
  updateProgress((progress) => addJourney(progress, { ...summary, finishedAt: new Date().toISOString() }));
}
