import { describe, expect, it } from 'vitest';
import { resultsMarkdown } from '../../../src/live/markdown';
import { parseClientMessage } from '../../../src/live/protocol';
import { createBucket, take } from '../../../src/live/rate-limit';
import {
  applyStep,
  castVote,
  closeQuestion,
  createRoom,
  leaders,
  openQuestion,
  publicQuestion,
  restoreRoom,
  storedRoom,
  undoStep,
} from '../../../src/live/room';
import { modelQuestion } from './model-question';

const spec = modelQuestion;

function openRoom() {
  const room = createRoom('ABCDEF');
  const opened = openQuestion(room, spec);
  if (!opened.ok) throw new Error(opened.message);
  return { room, question: opened.value };
}

describe('votes', () => {
  it('counts one vote per device, and a changed vote moves between options', () => {
    const { room, question } = openRoom();
    expect(castVote(room, 'device-1', question, 'xlmr')).toEqual({ ok: true, value: { changed: false } });
    castVote(room, 'device-2', question, 'xlmr');
    castVote(room, 'device-1', question, 'xlmr');
    expect(castVote(room, 'device-2', question, 'distil')).toEqual({ ok: true, value: { changed: true } });
    const closed = closeQuestion(room);
    expect(closed.ok && closed.value).toEqual({ counts: { xlmr: 1, distil: 1, fasttext: 0 }, voters: 2 });
  });

  it('refuses votes on a closed or another question and for options the question does not have', () => {
    const { room, question } = openRoom();
    expect(castVote(room, 'device-1', question + 1, 'xlmr')).toMatchObject({ ok: false, code: 'not-open' });
    expect(castVote(room, 'device-1', question, 'bert')).toMatchObject({ ok: false, code: 'invalid' });
    closeQuestion(room);
    expect(castVote(room, 'device-1', question, 'xlmr')).toMatchObject({ ok: false, code: 'not-open' });
    expect(publicQuestion(room, 'attendee')?.tally?.voters).toBe(0);
  });

  it('hides the counts from attendees and the screen while the vote is open', () => {
    const { room, question } = openRoom();
    castVote(room, 'device-1', question, 'xlmr');
    expect(publicQuestion(room, 'attendee')?.tally).toBeUndefined();
    expect(publicQuestion(room, 'screen')?.tally).toBeUndefined();
    expect(publicQuestion(room, 'presenter')?.tally?.counts.xlmr).toBe(1);
  });

  it('refuses a second open vote until the first is closed', () => {
    const { room } = openRoom();
    expect(openQuestion(room, spec)).toMatchObject({ ok: false, code: 'conflict' });
  });
});

describe('applying results', () => {
  it('records the clear winner, the speaker pick among tied leaders and an override', () => {
    const { room, question } = openRoom();
    castVote(room, 'a', question, 'xlmr');
    castVote(room, 'b', question, 'distil');
    closeQuestion(room);
    expect(leaders(room.results[0]!.tally)).toEqual(['xlmr', 'distil']);
    expect(applyStep(room, { kind: 'choose', decision: 'model', option: 'distil' })).toEqual({
      ok: true,
      value: 'speaker-pick',
    });
    const second = openQuestion(room, { ...spec, ref: 'runtime' });
    castVote(room, 'a', second.ok ? second.value : 0, 'fasttext');
    closeQuestion(room);
    expect(
      applyStep(room, { kind: 'choose', decision: 'runtime', option: 'xlmr' }).ok && room.results[1]!.applied,
    ).toEqual({ option: 'xlmr', how: 'override' });
    expect(room.steps).toHaveLength(2);
  });

  it('undoes the last step and marks its vote undone; refuses to apply or undo while a vote is open', () => {
    const { room, question } = openRoom();
    castVote(room, 'a', question, 'xlmr');
    expect(applyStep(room, { kind: 'choose', decision: 'model', option: 'xlmr' })).toMatchObject({ ok: false });
    closeQuestion(room);
    expect(applyStep(room, { kind: 'choose', decision: 'model', option: 'xlmr' })).toEqual({
      ok: true,
      value: 'winner',
    });
    expect(undoStep(room)).toEqual({ ok: true, value: { kind: 'choose', decision: 'model', option: 'xlmr' } });
    expect(room.steps).toEqual([]);
    expect(room.results[0]).toMatchObject({ applied: { option: 'xlmr', how: 'winner' }, undone: true });
    expect(undoStep(room)).toMatchObject({ ok: false, code: 'conflict' });
  });

  it('comes back whole from what the store keeps', () => {
    const { room, question } = openRoom();
    castVote(room, 'a', question, 'xlmr');
    const copy = restoreRoom(JSON.parse(JSON.stringify(storedRoom(room))), room.question!.votes);
    expect(copy).toEqual(room);
  });
});

describe('the Markdown export', () => {
  it('lists each vote with counts and shares, what was applied, and the journey', () => {
    const { room, question } = openRoom();
    castVote(room, 'a', question, 'xlmr');
    castVote(room, 'b', question, 'xlmr');
    castVote(room, 'c', question, 'distil');
    closeQuestion(room);
    applyStep(room, { kind: 'choose', decision: 'model', option: 'xlmr' });
    const markdown = resultsMarkdown('ABCDEF', room.results, room.steps, new Date('2026-11-30T08:00:00Z'));
    expect(markdown).toContain('# Live votes, room ABCDEF');
    expect(markdown).toContain('| XLM-R | 2 | 67 % |');
    expect(markdown).toContain('| DistilmBERT | 1 | 33 % |');
    expect(markdown).toContain('Applied: XLM-R, the winner.');
    expect(markdown).toContain('1. model: xlmr');
  });
});

describe('messages', () => {
  it('parses valid messages and refuses malformed, unknown, extra-field and oversized ones', () => {
    expect(parseClientMessage('{"t":"vote","question":1,"option":"xlmr"}')).toEqual({
      t: 'vote',
      question: 1,
      option: 'xlmr',
    });
    expect(parseClientMessage('{"t":"vote","question":1')).toBeUndefined();
    expect(parseClientMessage('{"t":"steal"}')).toBeUndefined();
    expect(parseClientMessage('{"t":"vote","question":1,"option":"xlmr","counts":99}')).toBeUndefined();
    expect(parseClientMessage('{"t":"hello","role":"presenter","room":"ABCDEF"}')).toBeUndefined();
    expect(parseClientMessage(JSON.stringify({ t: 'open', question: { ...spec, prompt: 'x'.repeat(20_000) } }))).toBe(
      undefined,
    );
  });
});

describe('rate limits', () => {
  it('allows a burst up to the bucket size, then the steady rate', () => {
    const bucket = createBucket(3, 2, 0);
    expect([take(bucket, 0), take(bucket, 0), take(bucket, 0), take(bucket, 0)]).toEqual([true, true, true, false]);
    expect(take(bucket, 400)).toBe(false);
    expect(take(bucket, 500)).toBe(true);
  });
});
