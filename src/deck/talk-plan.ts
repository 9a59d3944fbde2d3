import type { SlideTime } from './pacing';
import { SPECIAL_SLIDES, type SpecialSlideKind, type Talk } from './talk-schema';

/** What the talk check and the pages know of a chapter: its slug, planned minutes and the sections with a slide. */
export interface ChapterCatalogueEntry {
  slug: string;
  minutes: number;
  /** Section ids (heading anchors) of the `##` sections that show a <Slide>, in order. */
  sections: readonly string[];
}

/** One slide of a talk, in order: a chapter's title slide (section null), a chapter's slide, or a special slide. */
export type TalkEntry =
  { kind: 'chapter'; chapter: string; section: string | null } | { kind: 'special'; special: SpecialSlideKind };

/** A problem in a talk file, at a path into its YAML (for the line), e.g. ["items", 3, "sections", 1]. */
export interface TalkProblem {
  at: PropertyKey[];
  message: string;
}

/** A special slide's minutes when the talk does not say: enough to read a title, take questions, run a demo. */
export const SPECIAL_MINUTES: Record<SpecialSlideKind, number> = {
  title: 0.5,
  closing: 3,
  'language-id-demo': 2,
  'live-simulator': 4,
  'live-join': 1,
};

/** A talk resolved against the chapters: its slides in order, with the time each is planned to take. */
export interface ResolvedTalk {
  entries: TalkEntry[];
  times: SlideTime[];
  problems: TalkProblem[];
}

/**
 * Turn a talk's items into its slides, checking every chapter slug and section id against `chapters`. A whole
 * chapter brings its title slide and every slide; `sections` picks some, in the order given. Times: an item's
 * `minutes` are fixed and shared by its slides; a special slide's default is SPECIAL_MINUTES; a chapter slide's
 * weight is its chapter's minutes over the chapter's slides (scaled to the slot by planSlideMinutes).
 */
export function resolveTalk(talk: Talk, chapters: readonly ChapterCatalogueEntry[]): ResolvedTalk {
  const bySlug = new Map(chapters.map((chapter) => [chapter.slug, chapter]));
  const entries: TalkEntry[] = [];
  const times: SlideTime[] = [];
  const problems: TalkProblem[] = [];
  talk.items.forEach((item, index) => {
    if ('special' in item) {
      entries.push({ kind: 'special', special: item.special });
      times.push({ minutes: item.minutes ?? SPECIAL_MINUTES[item.special], fixed: true });
      return;
    }
    const chapter = bySlug.get(item.chapter);
    if (!chapter) {
      const known = chapters.map((c) => c.slug).join(', ');
      problems.push({ at: ['items', index, 'chapter'], message: `no chapter "${item.chapter}" (chapters: ${known})` });
      return;
    }
    const picked: TalkEntry[] = [];
    if (!item.sections) {
      picked.push({ kind: 'chapter', chapter: chapter.slug, section: null });
      for (const section of chapter.sections) picked.push({ kind: 'chapter', chapter: chapter.slug, section });
    }
    item.sections?.forEach((section, s) => {
      if (chapter.sections.includes(section)) picked.push({ kind: 'chapter', chapter: chapter.slug, section });
      else
        problems.push({
          at: ['items', index, 'sections', s],
          message: `chapter "${chapter.slug}" has no slide "${section}" (its slides: ${chapter.sections.join(', ')})`,
        });
    });
    const each = chapter.minutes / (chapter.sections.length + 1);
    for (const entry of picked) {
      entries.push(entry);
      times.push(
        item.minutes === undefined
          ? { minutes: each, fixed: false }
          : { minutes: item.minutes / picked.length, fixed: true },
      );
    }
  });
  const fixed = times.reduce((sum, t) => sum + (t.fixed ? t.minutes : 0), 0);
  if (fixed > talk.duration)
    problems.push({
      at: ['duration'],
      message: `the items' own minutes (${fixed}) exceed the talk's ${talk.duration}`,
    });
  const seen = new Set<string>();
  entries.forEach((entry) => {
    const id = talkEntryKey(entry);
    if (seen.has(id)) problems.push({ at: ['items'], message: `the slide ${id} is in the talk twice` });
    seen.add(id);
  });
  return { entries, times, problems };
}

/** A stable id of a talk's slide: "/<chapter>#<section>" ("#" alone: the title slide); "/talk-<special>/0". */
export function talkEntryKey(entry: TalkEntry): string {
  return entry.kind === 'special' ? `/talk-${entry.special}/0` : `/${entry.chapter}#${entry.section ?? ''}`;
}

export { SPECIAL_SLIDES };
