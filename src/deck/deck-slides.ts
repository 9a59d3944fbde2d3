import type { DeckChapter } from './split-sections';

/** A chapter as the deck needs it: its metadata and its split HTML (code in notes already linked, see splitChapterHtml). */
export interface DeckChapterInput {
  slug: string;
  title: string;
  summary: string;
  minutes: number;
  split: DeckChapter;
}

/** One slide of the talk, in order. */
export interface DeckSlide {
  kind: 'chapter' | 'section';
  /** "/<chapter-slug>/<n>": n = 0 for the chapter's title slide, then 1, 2 … per slide. */
  key: string;
  chapterIndex: number;
  title: string;
  /** The audience's part of a section slide; null on a chapter title slide. */
  html: string | null;
  steps: boolean;
  /** Key presses the slide takes to show in full. */
  stepCount: number;
  notesHtml: string;
  chapter: { title: string; summary: string; minutes: number };
}

/**
 * Turn chapters into the talk's slides: a title slide per chapter (its intro prose as notes), then
 * one slide per section with a <Slide>. A section without one adds its prose to the previous slide's notes.
 */
export function buildDeckSlides(chapters: readonly DeckChapterInput[]): DeckSlide[] {
  const slides: DeckSlide[] = [];
  chapters.forEach(({ slug, title, summary, minutes, split }, chapterIndex) => {
    const chapter = { title, summary, minutes };
    let previous: DeckSlide = {
      kind: 'chapter',
      key: `/${slug}/0`,
      chapterIndex,
      title,
      html: null,
      steps: false,
      stepCount: 0,
      notesHtml: split.introHtml,
      chapter,
    };
    slides.push(previous);
    let n = 0;
    for (const section of split.sections) {
      const { notesHtml } = section;
      if (section.slideHtml === null) {
        const heading = `<p class="notes-heading">${escapeHtml(section.title)}</p>`;
        previous.notesHtml = [previous.notesHtml, heading, notesHtml].filter(Boolean).join('\n');
        continue;
      }
      n += 1;
      previous = {
        kind: 'section',
        key: `/${slug}/${n}`,
        chapterIndex,
        title: section.title,
        html: section.slideHtml,
        steps: section.steps,
        stepCount: section.stepCount,
        notesHtml,
        chapter,
      };
      slides.push(previous);
    }
  });
  return slides;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
