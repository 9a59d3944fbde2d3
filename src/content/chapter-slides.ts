import GithubSlugger from 'github-slugger';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { mdxFromMarkdown, type MdxJsxFlowElement } from 'mdast-util-mdx';
import { toString } from 'mdast-util-to-string';
import { frontmatter } from 'micromark-extension-frontmatter';
import { mdxjs } from 'micromark-extension-mdxjs';
import { visit } from 'unist-util-visit';
import { parse } from 'yaml';
import { parseCodeSteps } from '../deck/code-steps.mjs';
import { planSteps, type StepUnit } from '../deck/slide-steps';

/** A `##` section of a chapter that shows a <Slide>. */
export interface SlideSection {
  /** The heading's anchor, slugged as the rendered page slugs it (github-slugger over the heading's text). */
  id: string;
  title: string;
  /** Key presses the slide takes to show in full (list items of <Slide steps>, code ranges after the first). */
  steps: number;
}

/** A chapter's planned minutes (its frontmatter's, 0 without one) and its slide sections in order. */
export interface ChapterSlideSections {
  minutes: number;
  slides: SlideSection[];
}

/** The step units of a <Slide> in document order, as the deck counts them in the browser (slide-dom.ts). */
function slideStepUnits(slide: MdxJsxFlowElement): StepUnit[] {
  const stepped = slide.attributes.some(
    (a) => a.type === 'mdxJsxAttribute' && a.name === 'steps' && a.value !== 'false',
  );
  const units: StepUnit[] = [];
  visit(slide, (node) => {
    if (
      stepped &&
      (node.type === 'listItem' || ((node as MdxJsxFlowElement).name === 'li' && node.type.startsWith('mdxJsx')))
    )
      units.push({ kind: 'item' });
    if (node.type === 'code') {
      const ranges = parseCodeSteps((node as { meta?: string | null }).meta);
      if (ranges) units.push({ kind: 'code', ranges: ranges.length });
    }
  });
  return units;
}

/**
 * Read an MDX chapter's slide sections from its syntax tree, for what must be known before the chapters render:
 * talk files name slides by these anchors, and a talk's deck lists its slides (title, steps) without their
 * content. Throws the parser's message on invalid MDX.
 */
export function findSlideSections(mdx: string): ChapterSlideSections {
  const tree = fromMarkdown(mdx, {
    extensions: [frontmatter(['yaml']), mdxjs()],
    mdastExtensions: [frontmatterFromMarkdown(['yaml']), mdxFromMarkdown()],
  });
  const slugger = new GithubSlugger();
  const slides: SlideSection[] = [];
  let minutes = 0;
  let current: { id: string; title: string } | null = null;
  for (const node of tree.children) {
    if (node.type === 'yaml') minutes = Number((parse(node.value) as { minutes?: unknown } | null)?.minutes) || 0;
    if (node.type === 'heading') {
      // Every heading takes a slug, so a later duplicate gets "-1" as on the page.
      const title = toString(node);
      const id = slugger.slug(title);
      if (node.depth === 2) current = { id, title };
    }
    if (node.type === 'mdxJsxFlowElement' && node.name === 'Slide' && current) {
      slides.push({ ...current, steps: planSteps(slideStepUnits(node)).total });
      current = null;
    }
  }
  return { minutes, slides };
}
