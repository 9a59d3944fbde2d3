import { planSlideMinutes } from './pacing';
import type { ResolvedTalk } from './talk-plan';
import type { SpecialSlideKind } from './talk-schema';

/** A chapter as a talk's deck lists it: slug, title, journey position and its slides' titles and steps. */
export interface TalkChapter {
  slug: string;
  title: string;
  /** 0-based position in the journey. */
  index: number;
  slides: readonly { id: string; title: string; steps: number }[];
}

/** One slide of a talk's deck as its page lists it, before (or without) its content. */
export interface TalkSlide {
  kind: 'chapter' | 'section' | 'special';
  /** The hash key: "/<chapter>/<n>" (n = 0 for the chapter's title slide, as in the full deck), "/talk-<special>/0". */
  key: string;
  title: string;
  /** The journey chapter it comes from (0-based); -1 for a special slide. */
  chapterIndex: number;
  /** The group the overview files it under: its chapter's title, or the talk's. */
  group: string;
  steps: number;
  /** Planned minutes on stage (the talk's plan, summing to its duration). */
  minutes: number;
  /** Where its content loads from (the chapter's slide fragment); undefined for special slides, which are inline. */
  src?: string;
  special?: SpecialSlideKind;
}

/** The URL of a chapter's slide fragment: every slide of the chapter, loaded by the deck on demand. */
export const slideFragmentUrl = (slug: string) => `/talk/slides/${slug}/`;

/**
 * A resolved talk's slides with titles, steps, keys and planned minutes. Throws when an entry names a chapter
 * or section the chapters lack (the content check reports those first, with file and line).
 */
export function listTalkSlides(
  resolved: ResolvedTalk,
  chapters: readonly TalkChapter[],
  talkTitle: string,
  durationMinutes: number,
): TalkSlide[] {
  const bySlug = new Map(chapters.map((chapter) => [chapter.slug, chapter]));
  const minutes = planSlideMinutes(resolved.times, durationMinutes);
  return resolved.entries.map((entry, i): TalkSlide => {
    if (entry.kind === 'special') {
      const title = entry.special === 'title' ? talkTitle : SPECIAL_TITLES[entry.special];
      return {
        kind: 'special',
        key: `/talk-${entry.special}/0`,
        title,
        chapterIndex: -1,
        group: talkTitle,
        steps: 0,
        minutes: minutes[i]!,
        special: entry.special,
      };
    }
    const chapter = bySlug.get(entry.chapter);
    const n = entry.section === null ? 0 : (chapter?.slides.findIndex((s) => s.id === entry.section) ?? -1) + 1;
    const slide = n > 0 ? chapter?.slides[n - 1] : undefined;
    if (!chapter || (entry.section !== null && !slide))
      throw new Error(`Talk "${talkTitle}": no slide ${entry.chapter}#${entry.section ?? ''}`);
    return {
      kind: n === 0 ? 'chapter' : 'section',
      key: `/${chapter.slug}/${n}`,
      title: slide?.title ?? chapter.title,
      chapterIndex: chapter.index,
      group: `${chapter.index + 1}. ${chapter.title}`,
      steps: slide?.steps ?? 0,
      minutes: minutes[i]!,
      src: slideFragmentUrl(chapter.slug),
    };
  });
}

/** The titles special slides show in the overview and the jump box. */
export const SPECIAL_TITLES: Record<SpecialSlideKind, string> = {
  title: 'Title',
  closing: 'Questions?',
  'language-id-demo': 'Live: which language is this?',
  'live-simulator': 'Live: the decision simulator',
  'live-join': 'Join in: vote on the next decision',
};
