import { describe, expect, it } from 'vitest';
import { searchSlides } from '../../src/deck/slide-search';

const slides = [
  { title: 'The NLP Deployment Journey', group: 'Talk' },
  { title: 'Cold starts', group: '7. Platforms' },
  { title: 'Scale to zero', group: '7. Platforms' },
  { title: 'Drift, one language at a time', group: '8. Monitoring' },
  { title: 'Why int8 barely shrinks a multilingual model', group: '5. Optimisation' },
];

describe('the jump box search', () => {
  it('takes a whole number as a slide number, 1-based, and nothing out of range', () => {
    expect(searchSlides('3', slides)).toEqual([2]);
    expect(searchSlides(' 1 ', slides)).toEqual([0]);
    expect(searchSlides('0', slides)).toEqual([]);
    expect(searchSlides('6', slides)).toEqual([]);
  });

  it('finds titles holding every word, case and accents ignored, titles before chapters', () => {
    expect(searchSlides('COLD', slides)).toEqual([1]);
    expect(searchSlides('multilingual int8', slides)).toEqual([4]);
    expect(searchSlides('drïft', slides)).toEqual([3]);
    expect(searchSlides('platforms', slides)).toEqual([1, 2]);
    expect(searchSlides('zero platforms', slides)).toEqual([2]);
  });

  it('finds nothing for an empty query or words no slide has, and keeps to the limit', () => {
    expect(searchSlides('   ', slides)).toEqual([]);
    expect(searchSlides('kubernetes', slides)).toEqual([]);
    expect(searchSlides('a', slides, 2)).toHaveLength(2);
  });
});
