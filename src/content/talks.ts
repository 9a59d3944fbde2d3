import { getCollection } from 'astro:content';
import { resolveTalk } from '../deck/talk-plan';
import type { Talk } from '../deck/talk-schema';
import { listTalkSlides, type TalkChapter, type TalkSlide } from '../deck/talk-slides';
import { findSlideSections } from './chapter-slides';
import { getChapters } from './chapters';

/** A talk with its deck's slides, ready for its pages. */
export interface TalkWithSlides {
  id: string;
  talk: Talk;
  slides: TalkSlide[];
}

/** Every chapter as talks see it: slug, title, journey position, slides read from its MDX. */
export async function getTalkChapters(): Promise<TalkChapter[]> {
  return (await getChapters()).map((chapter, index) => ({
    slug: chapter.slug,
    title: chapter.data.title,
    index,
    slides: findSlideSections(chapter.body ?? '').slides,
  }));
}

/** Every talk in content/talks/, by title, with its slides (the content check has already vetted them). */
export async function getTalks(): Promise<TalkWithSlides[]> {
  const [entries, chapters] = await Promise.all([getCollection('talks'), getTalkChapters()]);
  const catalogue = (await getChapters()).map((chapter, i) => ({
    slug: chapter.slug,
    minutes: chapter.data.minutes,
    sections: chapters[i]!.slides.map((s) => s.id),
  }));
  return entries
    .map(({ id, data }) => ({
      id,
      talk: data,
      slides: listTalkSlides(resolveTalk(data, catalogue), chapters, data.title, data.duration),
    }))
    .sort((a, b) => a.talk.duration - b.talk.duration || a.id.localeCompare(b.id));
}

/** The static paths of a talk's pages (/talk/<id>/ and /talk/<id>/presenter/): one per talk, the talk as props. */
export async function talkStaticPaths() {
  return (await getTalks()).map((entry) => ({ params: { talk: entry.id }, props: entry }));
}
