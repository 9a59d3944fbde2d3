import { describe, expect, it } from 'vitest';
import { minimumReadSeconds, reachedEndCountsAsRead, readRuleText, readableWords } from '../../src/workshop/read-rule';

describe('readableWords', () => {
  it('counts the prose a reader sees, not code, speaker notes, imports or tag syntax', () => {
    const body = [
      "import Thing from './thing';",
      '',
      '## A heading here',
      '',
      'Five words of plain prose.',
      '',
      '<Slide>',
      '- one point',
      '</Slide>',
      '',
      '<Notes>',
      'Speaker only, never read.',
      '</Notes>',
      '',
      '```python',
      'print("not counted")',
      '```',
      '',
      'It costs 1.1 GB <Source id="xlmr-paper" />.',
    ].join('\n');
    // "A heading here" 3 + 5 + "one point" 2 + "It costs 1.1 GB" 4
    expect(readableWords(body)).toBe(14);
  });
});

describe('the read rule', () => {
  it('asks for a third of the reading time at 250 words a minute', () => {
    expect(minimumReadSeconds(2500)).toBe(200); // 10 min to read → 200 s
    expect(minimumReadSeconds(0)).toBe(0);
  });

  it('counts reaching the end as read only after the minimum time', () => {
    expect(reachedEndCountsAsRead(199.9, 200)).toBe(false);
    expect(reachedEndCountsAsRead(200, 200)).toBe(true);
  });

  it('states the minimum in whole minutes', () => {
    expect(readRuleText(200)).toBe('about 3 minutes');
    expect(readRuleText(20)).toBe('about 1 minute');
  });
});
