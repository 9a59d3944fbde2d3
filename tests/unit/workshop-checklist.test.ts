import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_NOTE,
  emptyChecklistState,
  parseChecklistWithProblems,
  readStoredChecklist,
  setChecklistAnswer,
} from '../../src/workshop/checklist';

const stored = (answers: Record<string, unknown>) => JSON.stringify({ version: 1, answers });

describe('readStoredChecklist', () => {
  it('reads nothing stored as an empty checklist without a problem', () => {
    expect(readStoredChecklist(null)).toEqual({ state: emptyChecklistState(), problems: [] });
  });

  it('reads a saved checklist back as it was, long notes included', () => {
    const answers = {
      'platform/limits': { done: true, note: 'x'.repeat(MAX_NOTE) },
      'use/decision': { done: false, note: '' },
    };
    expect(readStoredChecklist(stored(answers))).toEqual({ state: { version: 1, answers }, problems: [] });
  });

  it.each([
    ['text that is not JSON', '{{{', 'stored checklist was not valid JSON'],
    ['a number', '42', 'stored checklist was not an object'],
    ['another version', '{"version":0,"done":["a"]}', 'stored checklist has version 0, expected 1'],
    ['no answers', '{"version":1,"answers":[]}', 'stored checklist has no answers'],
  ])('resets %s and says why', (_, raw, problem) => {
    expect(readStoredChecklist(raw)).toEqual({ state: emptyChecklistState(), problems: [problem] });
  });

  it('drops only the answers it cannot use, and names each', () => {
    const { state, problems } = readStoredChecklist(
      stored({
        'a/ok': { done: true, note: 'kept' },
        '<img src=x onerror=alert(1)>': { done: true, note: '' },
        'a/odd': { done: 'yes', note: '' },
        'a/no-note': { done: true },
        'a/too-long': { done: true, note: 'x'.repeat(MAX_NOTE + 1) },
      }),
    );
    expect(state.answers).toEqual({ 'a/ok': { done: true, note: 'kept' } });
    expect(problems).toEqual([
      'dropped the answer "<img src=x onerror=alert(1)>"',
      'dropped the answer "a/odd"',
      'dropped the answer "a/no-note"',
      'dropped the answer "a/too-long"',
    ]);
  });

  it('never throws, and what it returns reads back without a problem', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (raw) => {
        const { state } = readStoredChecklist(raw);
        expect(parseChecklistWithProblems(JSON.parse(JSON.stringify(state))).problems).toEqual([]);
      }),
    );
  });
});

describe('setChecklistAnswer', () => {
  it("changes one answer and keeps every other, so one tab's save keeps another tab's", () => {
    const otherTab = setChecklistAnswer(emptyChecklistState(), 'a/one', { done: true, note: 'from the other tab' });
    const merged = setChecklistAnswer(otherTab, 'a/two', { done: true, note: '' });
    expect(merged.answers).toEqual({
      'a/one': { done: true, note: 'from the other tab' },
      'a/two': { done: true, note: '' },
    });
    expect(otherTab.answers['a/two']).toBeUndefined();
  });

  it('refuses a note longer than the limit instead of cutting it', () => {
    expect(() =>
      setChecklistAnswer(emptyChecklistState(), 'a/one', { done: false, note: 'x'.repeat(MAX_NOTE + 1) }),
    ).toThrow(RangeError);
  });
});
