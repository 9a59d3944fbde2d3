import { describe, expect, it, vi } from 'vitest';

// astro:content as a page sees it, with the terms a test gives (as Starlight's tests mock it).
const terms = vi.hoisted(() => [
  { id: 'scale-to-zero', data: { term: 'Scale to zero' } },
  { id: 'cold-start', data: { term: 'cold start' } },
  { id: 'p95-latency', data: { term: 'P95 latency' } },
]);
vi.mock('astro:content', () => ({
  getCollection: (name: string) => Promise.resolve(name === 'glossary' ? [...terms] : []),
}));

const { getGlossary } = await import('../../src/content/glossary');

describe('getGlossary', () => {
  it('lists terms alphabetically whatever their case', async () => {
    expect((await getGlossary()).map(({ id }) => id)).toEqual(['cold-start', 'p95-latency', 'scale-to-zero']);
  });
});
