import { describe, expect, it } from 'vitest';
import { chapterSlug, findDuplicateOrders } from '../../src/journey/chapter-order';

describe('findDuplicateOrders', () => {
  it('accepts chapters that each have their own order', () => {
    expect(
      findDuplicateOrders([
        { filePath: 'a.mdx', order: 1 },
        { filePath: 'b.mdx', order: 2 },
      ]),
    ).toEqual([]);
  });

  it('names every file that claims the same order', () => {
    const problems = findDuplicateOrders([
      { filePath: 'a.mdx', order: 1 },
      { filePath: 'b.mdx', order: 3 },
      { filePath: 'c.mdx', order: 3 },
    ]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('order 3');
    expect(problems[0]).toContain('b.mdx');
    expect(problems[0]).toContain('c.mdx');
  });
});

describe('chapterSlug', () => {
  it('drops the number that orders the files', () => {
    expect(chapterSlug('03-data')).toBe('data');
    expect(chapterSlug('07-deployment-platforms')).toBe('deployment-platforms');
  });

  it('leaves an id without a number alone', () => {
    expect(chapterSlug('glossary')).toBe('glossary');
  });
});
