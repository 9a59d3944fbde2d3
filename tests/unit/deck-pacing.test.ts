import { describe, expect, it } from 'vitest';
import { computePace, describePace, formatDuration, planSlideMinutes } from '../../src/deck/pacing';
import { resolveTalk, SPECIAL_MINUTES } from '../../src/deck/talk-plan';
import { talkSchema } from '../../src/deck/talk-schema';

const chapters = [
  { slug: 'intro', minutes: 6, sections: ['a', 'b'] },
  { slug: 'deep', minutes: 12, sections: ['c', 'd', 'e'] },
];
const talk = (items: unknown[], duration = 20) =>
  talkSchema.parse({ title: 'T', speaker: 'S', event: 'E', duration, items });

describe('a talk resolved against the chapters', () => {
  it('brings a whole chapter with its title slide, picked sections in the given order, and special slides', () => {
    const { entries, problems } = resolveTalk(
      talk([
        { special: 'title' },
        { chapter: 'intro' },
        { chapter: 'deep', sections: ['e', 'c'] },
        { special: 'closing' },
      ]),
      chapters,
    );
    expect(problems).toEqual([]);
    expect(entries).toEqual([
      { kind: 'special', special: 'title' },
      { kind: 'chapter', chapter: 'intro', section: null },
      { kind: 'chapter', chapter: 'intro', section: 'a' },
      { kind: 'chapter', chapter: 'intro', section: 'b' },
      { kind: 'chapter', chapter: 'deep', section: 'e' },
      { kind: 'chapter', chapter: 'deep', section: 'c' },
      { kind: 'special', special: 'closing' },
    ]);
  });

  it('names the item and field of an unknown chapter or slide, and of a slide used twice', () => {
    const { problems } = resolveTalk(
      talk([{ chapter: 'nope' }, { chapter: 'deep', sections: ['c', 'zz'] }, { chapter: 'deep', sections: ['c'] }]),
      chapters,
    );
    expect(problems.map((p) => [p.at.join('.'), p.message.split(' (')[0]])).toEqual([
      ['items.0.chapter', 'no chapter "nope"'],
      ['items.1.sections.1', 'chapter "deep" has no slide "zz"'],
      ['items', 'the slide /deep#c is in the talk twice'],
    ]);
  });

  it('refuses fixed minutes beyond the slot', () => {
    const { problems } = resolveTalk(talk([{ special: 'live-simulator', minutes: 30 }], 20), chapters);
    expect(problems).toEqual([{ at: ['duration'], message: "the items' own minutes (30) exceed the talk's 20" }]);
  });
});

describe('pacing against the talk', () => {
  it('fills the slot exactly: fixed minutes kept, the rest shared by chapter weight', () => {
    const resolved = resolveTalk(
      talk([{ special: 'title' }, { chapter: 'intro' }, { chapter: 'deep', sections: ['c'] }]),
      chapters,
    );
    const minutes = planSlideMinutes(resolved.times, 20);
    expect(minutes.reduce((a, b) => a + b, 0)).toBeCloseTo(20, 10);
    expect(minutes[0]).toBe(SPECIAL_MINUTES.title);
    // An intro slide weighs 6/3 = 2, a deep slide 12/4 = 3: four slides share 19.5 minutes as 2:2:2:3.
    expect(minutes.slice(1)).toEqual([2, 2, 2, 3].map((w) => (w / 9) * 19.5));
  });

  it('is on time within the slide’s window, behind after it, ahead before it', () => {
    const plan = [1, 4, 5];
    expect(computePace(plan, 1, 3 * 60_000)).toEqual({
      slide: 2,
      slideEndsAtMs: 5 * 60_000,
      talkEndsAtMs: 10 * 60_000,
      behindByMs: 0,
    });
    expect(describePace(computePace(plan, 1, 7 * 60_000))).toBe(
      'Slide 2 should be done by 5:00 of 10:00; you are 2 min behind.',
    );
    expect(describePace(computePace(plan, 2, 2 * 60_000))).toBe(
      'Slide 3 should be done by 10:00 of 10:00; you are 3 min ahead.',
    );
  });

  it('formats durations', () => {
    expect([formatDuration(0), formatDuration(65_000), formatDuration(3_725_000)]).toEqual(['0:00', '1:05', '1:02:05']);
  });
});
