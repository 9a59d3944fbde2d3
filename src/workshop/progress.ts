/**
 * The reader's progress as kept in the browser: chapters read, checkpoint answers, simulator
 * journeys finished. Pure data and functions, no DOM; `components/workshop/progress-store.ts`
 * reads and writes it.
 */

/** Bump when the stored shape changes; older data is reset with a notice. */
export const PROGRESS_VERSION = 1;
export const PROGRESS_STORAGE_KEY = 'nlp-journey:progress';
/** Only the most recent journeys are kept, so storage stays small. */
export const MAX_JOURNEYS = 20;

export interface CheckpointAnswer {
  /** The chosen answer's value (a hash of its label). */
  choice: string;
  correct: boolean;
  /** Chapter slug the checkpoint belongs to. */
  chapter: string;
  at: string;
}

export interface ChapterProgress {
  /** When the reader reached the end of the chapter or marked it read (ISO date). */
  readAt: string;
}

export interface JourneySummary {
  /** What the journey was, e.g. "XLM-R base, int8, Cloud Run". */
  label: string;
  /** A link that replays the journey in the simulator. */
  shareUrl?: string;
  pitfallsMet?: number;
  daysLost?: number;
  finishedAt: string;
}

export interface LastVisit {
  href: string;
  title: string;
  at: string;
}

export interface Progress {
  version: typeof PROGRESS_VERSION;
  chapters: Record<string, ChapterProgress>;
  checkpoints: Record<string, CheckpointAnswer>;
  journeys: JourneySummary[];
  lastVisit?: LastVisit;
}

export interface ParsedProgress {
  progress: Progress;
  /** Why some or all stored data was dropped; empty when it was read as it was. */
  problems: string[];
}

export const emptyProgress = (): Progress => ({
  version: PROGRESS_VERSION,
  chapters: {},
  checkpoints: {},
  journeys: [],
});

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown, max = 300): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= max;
const isDate = (value: unknown): value is string => isText(value, 40) && !Number.isNaN(Date.parse(value));
/** Keys come from our own pages (slugs, hashes); anything else is not ours. */
const isKey = (key: string) => /^[a-z0-9][a-z0-9-]{0,80}$/.test(key);
/** Only same-site paths: a stored link must never lead off the site or run script. */
const isSitePath = (value: unknown): value is string => isText(value, 300) && /^\/(?!\/)[^\s\\]*$/.test(value);
const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 && value < 100_000;

/** Convert anything found in storage into valid progress, dropping what does not fit and saying why. */
export function parseProgressWithProblems(value: unknown): ParsedProgress {
  const progress = emptyProgress();
  if (value === null || value === undefined) return { progress, problems: [] };
  if (!isRecord(value)) return { progress, problems: ['stored progress was not an object'] };
  if (value.version !== PROGRESS_VERSION) {
    return {
      progress,
      problems: [`stored progress has version ${String(value.version)}, expected ${PROGRESS_VERSION}`],
    };
  }
  const problems: string[] = [];
  const dropped = (what: string) => problems.push(`dropped ${what}`);

  if (isRecord(value.chapters)) {
    for (const [slug, entry] of Object.entries(value.chapters)) {
      if (isKey(slug) && isRecord(entry) && isDate(entry.readAt)) progress.chapters[slug] = { readAt: entry.readAt };
      else dropped(`chapter "${slug.slice(0, 40)}"`);
    }
  } else if (value.chapters !== undefined) dropped('chapters');

  if (isRecord(value.checkpoints)) {
    for (const [id, entry] of Object.entries(value.checkpoints)) {
      if (
        isKey(id) &&
        isRecord(entry) &&
        isText(entry.choice, 40) &&
        /^[a-z0-9-]+$/.test(entry.choice) &&
        typeof entry.correct === 'boolean' &&
        isText(entry.chapter, 80) &&
        isKey(entry.chapter) &&
        isDate(entry.at)
      ) {
        progress.checkpoints[id] = {
          choice: entry.choice,
          correct: entry.correct,
          chapter: entry.chapter,
          at: entry.at,
        };
      } else dropped(`checkpoint "${id.slice(0, 40)}"`);
    }
  } else if (value.checkpoints !== undefined) dropped('checkpoints');

  if (Array.isArray(value.journeys)) {
    for (const entry of value.journeys.slice(-MAX_JOURNEYS)) {
      const journey = parseJourney(entry);
      if (journey) progress.journeys.push(journey);
      else dropped('a journey');
    }
  } else if (value.journeys !== undefined) dropped('journeys');

  if (isRecord(value.lastVisit)) {
    const { href, title, at } = value.lastVisit;
    if (isSitePath(href) && isText(title, 200) && isDate(at)) progress.lastVisit = { href, title, at };
    else dropped('the last visited page');
  } else if (value.lastVisit !== undefined) dropped('the last visited page');

  return { progress, problems };
}

/** What the reader is told when stored progress could not be used as it was. */
export const PROGRESS_RESET_NOTICE =
  'Your saved progress could not be read (it was damaged or saved by an older version of this site), so it was reset.';

/**
 * Progress from the text kept in storage (null: nothing stored, which is no problem); text that is
 * not JSON, or JSON that is not progress, gives clean progress and the reasons in `problems`.
 */
export function readStoredProgress(raw: string | null): ParsedProgress {
  if (raw === null) return { progress: emptyProgress(), problems: [] };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { progress: emptyProgress(), problems: ['stored progress was not valid JSON'] };
  }
  return parseProgressWithProblems(value);
}

/** Convert anything found in storage into valid progress; unknown or malformed parts become empty. */
export const parseProgress = (value: unknown): Progress => parseProgressWithProblems(value).progress;

function parseJourney(entry: unknown): JourneySummary | undefined {
  if (!isRecord(entry) || !isText(entry.label, 200) || !isDate(entry.finishedAt)) return undefined;
  const journey: JourneySummary = { label: entry.label, finishedAt: entry.finishedAt };
  if (entry.shareUrl !== undefined) {
    if (!isSitePath(entry.shareUrl)) return undefined;
    journey.shareUrl = entry.shareUrl;
  }
  if (entry.pitfallsMet !== undefined) {
    if (!isCount(entry.pitfallsMet)) return undefined;
    journey.pitfallsMet = entry.pitfallsMet;
  }
  if (entry.daysLost !== undefined) {
    if (!isCount(entry.daysLost)) return undefined;
    journey.daysLost = entry.daysLost;
  }
  return journey;
}

/** Progress with a chapter marked read (the first time counts; re-reading keeps the date). */
export function markChapterRead(progress: Progress, slug: string, at: string): Progress {
  if (progress.chapters[slug]) return progress;
  return { ...progress, chapters: { ...progress.chapters, [slug]: { readAt: at } } };
}

/** Progress with one checkpoint's latest answer. */
export function answerCheckpoint(progress: Progress, id: string, answer: CheckpointAnswer): Progress {
  return { ...progress, checkpoints: { ...progress.checkpoints, [id]: answer } };
}

/** Progress with a finished simulator journey added; the oldest drop out beyond MAX_JOURNEYS. */
export function addJourney(progress: Progress, journey: JourneySummary): Progress {
  const parsed = parseJourney(journey);
  if (!parsed)
    throw new TypeError('recordJourneyFinished: a journey needs a label, and shareUrl must be a path on this site');
  return { ...progress, journeys: [...progress.journeys, parsed].slice(-MAX_JOURNEYS) };
}

/** Progress remembering the page the reader was last on, for "continue where you left off". */
export function visit(progress: Progress, lastVisit: LastVisit): Progress {
  return { ...progress, lastVisit };
}

export interface ChapterStatus {
  read: boolean;
  answered: number;
  correct: number;
}

/** How far the reader got in one chapter. */
export function chapterStatus(progress: Progress, slug: string): ChapterStatus {
  const answers = Object.values(progress.checkpoints).filter((answer) => answer.chapter === slug);
  return {
    read: Boolean(progress.chapters[slug]),
    answered: answers.length,
    correct: answers.filter((answer) => answer.correct).length,
  };
}
