import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { findChapterReferences } from '../../src/content/chapter-references';

describe('findChapterReferences', () => {
  it('finds <Source> and <Term> ids with their line in the file, frontmatter and tables included', () => {
    const mdx = [
      '---',
      'title: T',
      '---',
      '',
      '## A section',
      '',
      'Lambda allows 250 MB <Source id="aws-lambda-quotas" />, with a <Term id="cold-start">cold start</Term>.',
      '',
      '<Source id="hf-endpoints" />',
      '',
      '| a | <Term id="p95-latency">p95</Term> |',
      '| - | - |',
    ].join('\n');
    expect(findChapterReferences(mdx)).toEqual([
      { component: 'Source', id: 'aws-lambda-quotas', line: 7 },
      { component: 'Term', id: 'cold-start', line: 7 },
      { component: 'Source', id: 'hf-endpoints', line: 9 },
      { component: 'Term', id: 'p95-latency', line: 11 },
    ]);
  });

  it('reports an id that is not a plain string as undefined', () => {
    expect(findChapterReferences('<Source id={"x"} />')).toEqual([{ component: 'Source', id: undefined, line: 1 }]);
  });

  it('ignores components and words that merely look alike', () => {
    expect(findChapterReferences('The Source id="x" in prose, `<Term id="y">` in code, <Sources id="z" />.')).toEqual(
      [],
    );
  });

  it('parses every chapter of the site', () => {
    const folder = 'content/chapters';
    for (const name of readdirSync(folder)) {
      const references = findChapterReferences(readFileSync(`${folder}/${name}`, 'utf8'));
      expect(references.length, name).toBeGreaterThan(0);
      expect(references.every((r) => r.id !== undefined && r.line > 0)).toBe(true);
    }
  });
});
