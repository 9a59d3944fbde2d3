import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { frontmatter } from 'micromark-extension-frontmatter';
import { mdxjs } from 'micromark-extension-mdxjs';
import { visit } from 'unist-util-visit';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';

/** A `<Source id>` or `<Term id>` in a chapter, with its 1-based line in the .mdx file. */
export interface ChapterReference {
  component: 'Source' | 'Term';
  /** The id, or undefined when it is not a plain string (e.g. an expression). */
  id: string | undefined;
  line: number;
}

/**
 * Every `<Source id="…">` and `<Term id="…">` in an MDX chapter, read from its syntax tree (frontmatter
 * included, so lines are the file's). Throws the parser's message, with line and column, on invalid MDX.
 */
export function findChapterReferences(mdx: string): ChapterReference[] {
  const tree = fromMarkdown(mdx, {
    extensions: [frontmatter(['yaml']), mdxjs()],
    mdastExtensions: [frontmatterFromMarkdown(['yaml']), mdxFromMarkdown()],
  });
  const references: ChapterReference[] = [];
  visit(tree, ['mdxJsxFlowElement', 'mdxJsxTextElement'], (node) => {
    const element = node as MdxJsxFlowElement | MdxJsxTextElement;
    if (element.name !== 'Source' && element.name !== 'Term') return;
    const attribute = element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
    const value = attribute?.value;
    references.push({
      component: element.name,
      id: typeof value === 'string' ? value : undefined,
      line: element.position?.start.line ?? 0,
    });
  });
  return references;
}
