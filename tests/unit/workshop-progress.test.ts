import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_JOURNEYS,
  addJourney,
  answerCheckpoint,
  chapterStatus,
  emptyProgress,
  markChapterRead,
  parseProgress,
  parseProgressWithProblems,
  readStoredProgress,
  visit,
} from '../../src/workshop/progress';

const at = '2026-11-25T01:00:00.000Z';

describe('parseProgress', () => {
  it('keeps valid progress as it is', () => {
    let progress = markChapterRead(emptyProgress(), 'platforms', at);
    progress = answerCheckpoint(progress, 'cp-abc', { choice: 'c-1', correct: true, chapter: 'platforms', at });
    progress = addJourney(progress, {
      label: 'Lambda, int8',
      shareUrl: '/simulator/?j=1',
      daysLost: 3,
      finishedAt: at,
    });
    progress = visit(progress, { href: '/chapters/platforms/', title: 'Platforms', at });
    const stored = JSON.parse(JSON.stringify(progress));
    expect(parseProgressWithProblems(stored)).toEqual({ progress, problems: [] });
  });

  it('treats nothing stored as a fresh start without a problem', () => {
    expect(parseProgressWithProblems(null)).toEqual({ progress: emptyProgress(), problems: [] });
  });

  it.each([
    ['a string', 'hello'],
    ['an array', [1, 2]],
    ['an older version', { version: 0, chapters: { data: { readAt: at } } }],
    ['a newer version', { version: 2 }],
  ])('resets %s and reports it', (_, value) => {
    const { progress, problems } = parseProgressWithProblems(value);
    expect(progress).toEqual(emptyProgress());
    expect(problems).toHaveLength(1);
  });

  it('drops hostile or malformed parts and keeps the rest', () => {
    const { progress, problems } = parseProgressWithProblems({
      version: 1,
      chapters: { data: { readAt: at }, __proto__x: { readAt: at }, model: { readAt: 'yesterday' } },
      checkpoints: { 'cp-1': { choice: '"><img>', correct: true, chapter: 'data', at } },
      journeys: [
        { label: 'x', finishedAt: at, shareUrl: 'javascript:alert(1)' },
        { label: 'y', finishedAt: at, shareUrl: '//evil.example/' },
      ],
      lastVisit: { href: 'https://evil.example/', title: 'Evil', at },
    });
    expect(progress.chapters).toEqual({ data: { readAt: at } });
    expect(progress.checkpoints).toEqual({});
    expect(progress.journeys).toEqual([]);
    expect(progress.lastVisit).toBeUndefined();
    expect(problems.length).toBeGreaterThanOrEqual(5);
  });

  it('never throws and always returns the current version, whatever is stored', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const progress = parseProgress(value);
        return progress.version === 1 && Array.isArray(progress.journeys);
      }),
    );
    fc.assert(fc.property(fc.anything(), (value) => parseProgress(value).version === 1));
  });
});

describe('progress changes', () => {
  it('keeps the first date a chapter was read', () => {
    const once = markChapterRead(emptyProgress(), 'data', at);
    expect(markChapterRead(once, 'data', '2027-01-01T00:00:00Z').chapters.data!.readAt).toBe(at);
  });

  it('keeps only the latest journeys', () => {
    let progress = emptyProgress();
    for (let i = 0; i < MAX_JOURNEYS + 5; i++) progress = addJourney(progress, { label: `j${i}`, finishedAt: at });
    expect(progress.journeys).toHaveLength(MAX_JOURNEYS);
    expect(progress.journeys.at(-1)!.label).toBe(`j${MAX_JOURNEYS + 4}`);
  });

  it('refuses a journey whose link leaves the site', () => {
    expect(() =>
      addJourney(emptyProgress(), { label: 'x', shareUrl: 'https://evil.example/', finishedAt: at }),
    ).toThrow(TypeError);
  });

  it("counts a chapter's answers and right answers", () => {
    let progress = answerCheckpoint(emptyProgress(), 'cp-1', { choice: 'c-1', correct: true, chapter: 'data', at });
    progress = answerCheckpoint(progress, 'cp-2', { choice: 'c-2', correct: false, chapter: 'data', at });
    progress = answerCheckpoint(progress, 'cp-2', { choice: 'c-3', correct: true, chapter: 'data', at });
    progress = answerCheckpoint(progress, 'cp-3', { choice: 'c-3', correct: true, chapter: 'model', at });
    expect(chapterStatus(progress, 'data')).toEqual({ read: false, answered: 2, correct: 2 });
  });
});

describe('readStoredProgress', () => {
  it('reads nothing stored as fresh progress without a problem', () => {
    expect(readStoredProgress(null)).toEqual({ progress: emptyProgress(), problems: [] });
  });

  it('reads stored progress back as it was saved', () => {
    const progress = markChapterRead(emptyProgress(), 'platforms', at);
    expect(readStoredProgress(JSON.stringify(progress))).toEqual({ progress, problems: [] });
  });

  it.each(['{"version":1,"chapters":', '', 'undefined'])('resets text that is not JSON (%j) and says why', (raw) => {
    expect(readStoredProgress(raw)).toEqual({
      progress: emptyProgress(),
      problems: ['stored progress was not valid JSON'],
    });
  });

  it('resets progress saved by another version and says which', () => {
    expect(readStoredProgress('{"version":0,"read":["use-case"]}').problems).toEqual([
      'stored progress has version 0, expected 1',
    ]);
  });
});
