import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';
import { parseCodeSteps } from './code-steps.mjs';
import { linkCodeBlocks } from './notes-code';
import { planSteps, type StepUnit } from './slide-steps';

/** Tags the deck's MDX components wrap around their output, so the server can find it in the chapter HTML. */
export const SLIDE_TAG = 'deck-slide';
export const NOTES_TAG = 'deck-notes';

/** One `##` section of a chapter as the deck sees it. */
export interface DeckSection {
  /** The heading's text, tags removed: the slide's title. */
  title: string;
  /** The heading's id: the section's anchor on the chapter's reading page. */
  id: string;
  /** What the audience sees: the inside of the section's <Slide>, or null when the section has none. */
  slideHtml: string | null;
  /** Whether the <Slide> asked for its list items to appear one step at a time. */
  steps: boolean;
  /** Key presses the slide takes to show in full: list items of a stepped slide, code ranges after the first. */
  stepCount: number;
  /** The rest of the section (prose, callouts, code) with <Notes> kept: the speaker's notes. */
  notesHtml: string;
}

/** A chapter split for the deck: the prose before the first `##`, then each section. */
export interface DeckChapter {
  introHtml: string;
  sections: DeckSection[];
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Turn HTML into its text: tags dropped, entities decoded, whitespace collapsed. */
export function htmlToText(html: string): string {
  return collapse(toText(fromHtml(html, { fragment: true })));
}

const isElement = (node: RootContent | ElementContent, tagName: string): node is Element =>
  node.type === 'element' && node.tagName === tagName;

const classes = (node: Element) => ([] as unknown[]).concat(node.properties.className ?? []).map(String);

/** A slide's step units in document order, as the browser counts them (src/components/deck/slide-dom.ts). */
function stepUnits(slide: Element, stepped: boolean): StepUnit[] {
  const units: StepUnit[] = [];
  visit(slide, 'element', (node) => {
    if (stepped && node.tagName === 'li') units.push({ kind: 'item' });
    if (node.tagName === 'pre' && node.properties.dataCodeSteps !== undefined) {
      units.push({ kind: 'code', ranges: parseCodeSteps(`{${String(node.properties.dataCodeSteps)}}`)?.length ?? 1 });
    }
  });
  return units;
}

/** Notes as HTML: <Notes> marked speaker-only, code blocks linked to the chapter when its href is given. */
function notesToHtml(nodes: RootContent[], href: string | undefined): string {
  const tree: Root = { type: 'root', children: nodes };
  visit(tree, 'element', (node) => {
    if (node.tagName !== NOTES_TAG) return;
    node.tagName = 'div';
    node.properties = { className: ['speaker-only', ...classes(node).filter((c) => c !== 'speaker-only')] };
  });
  if (href !== undefined) linkCodeBlocks(tree, href);
  return toHtml(tree).trim();
}

/**
 * Split a chapter's rendered HTML into the deck's sections in one pass over its syntax tree: each top-level
 * `<h2>` opens a section; the section's `<deck-slide>` is the slide (its steps counted from the tree), the rest
 * its notes. With `chapterHref` ("/chapters/service/"), code blocks in the notes become links to the section.
 */
export function splitChapterHtml(html: string, chapterHref?: string): DeckChapter {
  const tree = fromHtml(html, { fragment: true });
  const intro: RootContent[] = [];
  const parts: { heading: Element; body: RootContent[] }[] = [];
  for (const node of tree.children) {
    if (isElement(node, 'h2')) parts.push({ heading: node, body: [] });
    else (parts.at(-1)?.body ?? intro).push(node);
  }
  return {
    introHtml: notesToHtml(intro, chapterHref),
    sections: parts.map(({ heading, body }): DeckSection => {
      const id = String(heading.properties.id ?? '');
      const title = collapse(toText(heading));
      const href = chapterHref === undefined ? undefined : `${chapterHref}#${id}`;
      const at = body.findIndex((node) => isElement(node, SLIDE_TAG));
      if (at === -1)
        return { title, id, slideHtml: null, steps: false, stepCount: 0, notesHtml: notesToHtml(body, href) };
      const slide = body[at] as Element;
      const steps = slide.properties.dataSteps !== undefined;
      return {
        title,
        id,
        slideHtml: toHtml(slide.children).trim(),
        steps,
        stepCount: planSteps(stepUnits(slide, steps)).total,
        notesHtml: notesToHtml([...body.slice(0, at), ...body.slice(at + 1)], href),
      };
    }),
  };
}
