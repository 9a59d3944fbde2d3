import { describe, expect, it } from 'vitest';
import { DEFAULT_DRIFT, driftingStream, windowMix } from '../../../src/lab/drift';
import { checkInput, MAX_INPUT_CHARS, verdictFor } from '../../../src/lab/input';
import { monitorWindows } from '../../../src/lab/monitor';

const languages = ['a', 'b'];
const samples = ['a', 'b'].flatMap((lang) =>
  [1, 2, 3].map((article) => ({ lang, article, text: 'one two three four five six seven eight' })),
);
const unseen = [{ lang: 'z', article: 1, text: 'nine ten eleven twelve thirteen' }];
const plan = {
  ...DEFAULT_DRIFT,
  windows: 3,
  perWindow: 400,
  growing: 'b',
  growingShareAtEnd: 0.8,
  unseenShareAtEnd: 0.1,
  wordsAtEnd: 2,
};

describe('drift generation', () => {
  it('mixes languages evenly at the start and as planned at the end', () => {
    expect(windowMix(languages, plan, 0)).toEqual([
      ['a', 0.5],
      ['b', 0.5],
    ]);
    const end = windowMix(languages, plan, 1);
    expect(end.map(([lang]) => lang)).toEqual(['a', 'b', 'unseen']);
    expect(end[0]![1]).toBeCloseTo(0.1, 10);
    expect(end[1]![1]).toBeCloseTo(0.8, 10);
    expect(end[2]![1]).toBeCloseTo(0.1, 10);
  });

  it('is reproducible from its seed, shortens texts and brings in the unseen language', () => {
    const stream = driftingStream(samples, unseen, languages, plan);
    expect(driftingStream(samples, unseen, languages, plan)).toEqual(stream);
    expect(stream).toHaveLength(3);
    expect(stream[0]!.every(({ text }) => text.split(' ').length === 8)).toBe(true);
    expect(stream[2]!.every(({ text }) => text.split(' ').length === 2)).toBe(true);
    expect(stream[0]!.some(({ lang }) => lang === 'z')).toBe(false);
    expect(stream[2]!.some(({ lang }) => lang === 'z')).toBe(true);
  });

  it('monitoring fires an alert when predictions shift, and none on the reference', () => {
    const steady = Array.from({ length: 400 }, (_, i) => ({ predicted: i % 2 ? 'a' : 'b', confidence: 0.95 }));
    const shifted = Array.from({ length: 400 }, (_, i) => ({ predicted: i % 5 ? 'b' : 'z', confidence: 0.45 }));
    const [reference, drifted] = monitorWindows([steady, shifted], languages, { psiWatch: 0.1, psiAlert: 0.25 });
    expect(reference!.level).toBe('stable');
    expect(reference!.labelPsi).toBe(0);
    expect(drifted!.level).toBe('alert');
    expect(drifted!.confidenceLevel.b).toBe('alert');
    // Too few messages of a language: no confidence PSI rather than a noisy one.
    const [, few] = monitorWindows([steady, steady.slice(0, 50)], languages, { psiWatch: 0.1, psiAlert: 0.25 });
    expect(few!.confidencePsi).toEqual({});
  });
});

describe('bad input gets a clear answer', () => {
  it('refuses empty and whitespace-only text', () => {
    expect(checkInput('')).toEqual({ ok: false, error: expect.stringMatching(/empty/) });
    expect(checkInput('  \n\t ')).toMatchObject({ ok: false });
    expect(checkInput(undefined)).toMatchObject({ ok: false });
  });

  it('removes control characters and says how many', () => {
    expect(checkInput('Hallo\u0000 Welt\u0007')).toEqual({
      ok: true,
      text: 'Hallo Welt',
      notes: ['Removed 2 control characters.'],
    });
  });

  it('cuts 100,000 characters to the cap and says so', () => {
    const result = checkInput('word '.repeat(20_000));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.text.length).toBeLessThanOrEqual(MAX_INPUT_CHARS);
    expect(result.notes.join(' ')).toMatch(/100,000 characters; the first 2,000 were classified/);
  });

  it('says when a language is not one of the set', () => {
    expect(verdictFor('sv', 0.9, ['en', 'de'])).toMatchObject({
      inSet: false,
      message: expect.stringMatching(/Swedish \(sv\).*not one of the 2 languages/),
    });
    expect(verdictFor('de', 0.987, ['en', 'de'])).toMatchObject({
      inSet: true,
      message: 'German (de), confidence 98.7 %.',
    });
  });
});
