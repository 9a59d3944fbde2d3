import { describe, expect, it } from 'vitest';
import { continueWith } from '../../src/workshop/continue-reading';
import { emptyProgress, markChapterRead, visit, type Progress } from '../../src/workshop/progress';

const at = '2026-11-30T08:00:00.000Z';
const chapters = ['a', 'b', 'c', 'd'].map((slug) => ({ slug, href: `/chapters/${slug}/`, title: slug.toUpperCase() }));
const progress = (read: string[], last?: string): Progress => {
  let result = emptyProgress();
  for (const slug of read) result = markChapterRead(result, slug, at);
  return last ? visit(result, { href: `/chapters/${last}/`, title: last, at }) : result;
};

describe('continueWith', () => {
  it('offers nothing to a reader without progress', () => {
    expect(continueWith(emptyProgress(), chapters)).toBeUndefined();
  });

  it('goes back into the last chapter while it is unread', () => {
    expect(continueWith(progress(['a'], 'b'), chapters)?.slug).toBe('b');
  });

  it('goes on to the next unread chapter once the last one is read, skipping read ones', () => {
    expect(continueWith(progress(['b'], 'b'), chapters)?.slug).toBe('c');
    expect(continueWith(progress(['b', 'c'], 'b'), chapters)?.slug).toBe('d');
  });

  it('wraps round to an earlier unread chapter after the last one', () => {
    expect(continueWith(progress(['b', 'c', 'd'], 'd'), chapters)?.slug).toBe('a');
  });

  it('starts from the first unread chapter when the last visit is not a chapter or is missing', () => {
    expect(continueWith(progress(['a']), chapters)?.slug).toBe('b');
    const elsewhere = visit(progress(['a']), { href: '/simulator/', title: 'Simulator', at });
    expect(continueWith(elsewhere, chapters)?.slug).toBe('b');
  });

  it('offers nothing when every chapter is read', () => {
    expect(continueWith(progress(['a', 'b', 'c', 'd'], 'c'), chapters)).toBeUndefined();
  });
});
