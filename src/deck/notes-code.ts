import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { SKIP, visit } from 'unist-util-visit';

const isCodeBlock = (node: Element) =>
  node.tagName === 'pre' && ([] as unknown[]).concat(node.properties.className ?? []).includes('astro-code');

/**
 * In speaker notes (a hast tree, changed in place), replace each highlighted code block by a link to it in the
 * chapter ("python, 24 lines, in the chapter"): a speaker glances at notes rather than reads listings, and the
 * notes stay light to load.
 */
export function linkCodeBlocks(tree: Root | Element, chapterHref: string): void {
  visit(tree, 'element', (node, index, parent) => {
    if (!isCodeBlock(node) || !parent || index === undefined) return;
    const language = String(node.properties.dataLanguage ?? 'code');
    let lines = 0;
    visit(node, 'element', (line) => {
      if (([] as unknown[]).concat(line.properties.className ?? []).includes('line')) lines += 1;
    });
    const link: Element = {
      type: 'element',
      tagName: 'p',
      properties: { className: ['notes-code'] },
      children: [
        {
          type: 'element',
          tagName: 'a',
          properties: { href: chapterHref },
          children: [{ type: 'text', value: `${language}, ${lines} line${lines === 1 ? '' : 's'}, in the chapter` }],
        },
      ],
    };
    parent.children.splice(index, 1, link);
    return [SKIP, index + 1];
  });
}

/** linkCodeBlocks over an HTML string: the same notes with code blocks as links. */
export function linkCodeInNotes(notesHtml: string, chapterHref: string): string {
  const tree = fromHtml(notesHtml, { fragment: true });
  linkCodeBlocks(tree, chapterHref);
  return toHtml(tree);
}
