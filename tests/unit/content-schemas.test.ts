import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

// The collections as src/content.config.ts wires them, without Astro's content layer (as Starlight's tests do).
vi.mock('astro:content', () => ({ defineCollection: <T>(collection: T) => collection }));

const { collections } = await import('../../src/content.config');

const source = {
  label: 'AWS Lambda quotas',
  title: 'Lambda quotas',
  url: 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html',
  publisher: 'AWS',
  date: '2026-11',
};
const schemaOf = (name: keyof typeof collections) => {
  const { schema } = collections[name] as { schema?: unknown };
  if (!schema || typeof schema !== 'object' || !('safeParse' in schema)) throw new Error(`${name} has no schema`);
  return schema as {
    safeParse: (value: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[] }[] } };
  };
};

describe('content schemas', () => {
  it('give every collection a schema and a loader', () => {
    for (const [name, collection] of Object.entries(collections)) {
      expect((collection as { loader?: unknown }).loader, name).toBeDefined();
      expect(() => schemaOf(name as keyof typeof collections), name).not.toThrow();
    }
  });

  it('accept an https: or http: source link', () => {
    expect(schemaOf('sources').safeParse(source).success).toBe(true);
    expect(schemaOf('sources').safeParse({ ...source, url: 'http://example.org/a?b=c#d' }).success).toBe(true);
  });

  it.each([
    'javascript:alert(document.cookie)',
    'JavaScript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.org/x',
    '//example.org/protocol-relative',
    '/relative/path',
    'not a url',
  ])('refuse a source link of %s, naming the url field', (url) => {
    const result = schemaOf('sources').safeParse({ ...source, url });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([['url']]);
  });

  it('refuse a glossary "see also" that is not a term id, and a too-short definition', () => {
    const result = schemaOf('glossary').safeParse({ term: 'Cold start', definition: 'short', seeAlso: ['Warm Pool'] });
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([['definition'], ['seeAlso', 0]]);
  });

  it('refuse a checklist question without a known chapter section', () => {
    const group = { title: 'T', order: 1, questions: [{ id: 'q', question: 'Q?', why: 'W', chapter: 'nowhere#x' }] };
    expect(
      schemaOf('checklist')
        .safeParse(group)
        .error?.issues.map((issue) => issue.path),
    ).toEqual([['questions', 0, 'chapter']]);
  });

  it('refuse a chapter whose minutes are not a whole positive number', () => {
    const chapter = { title: 'T', order: 1, stage: 'data', summary: 'S', minutes: 2.5, objectives: ['O'] };
    expect(
      schemaOf('chapters')
        .safeParse(chapter)
        .error?.issues.map((issue) => issue.path),
    ).toEqual([['minutes']]);
  });

  it('accept the running example, and refuse a figure it does not know', () => {
    const example = parse(readFileSync('content/running-example.yaml', 'utf8')) as Record<string, unknown>;
    expect(schemaOf('runningExample').safeParse(example).success).toBe(true);
    const result = schemaOf('runningExample').safeParse({ ...example, peakGpus: 4 });
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([[]]);
  });
});
