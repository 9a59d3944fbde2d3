/**
 * A live room's rules, as pure functions over a plain object: open a vote on a question, one vote per
 * device (a later vote from the same device replaces its earlier one while the vote is open), close it,
 * tally it, apply the winner or the speaker's pick or an override as a journey step, undo the last step.
 * No I/O: the server persists what these functions change (server/room-store.ts).
 */
import type { AppliedHow, ErrorCode, LiveStep, PublicQuestion, QuestionSpec, Tally, VoteResult } from './protocol.ts';

export interface RoomQuestion {
  id: number;
  spec: QuestionSpec;
  open: boolean;
  /** device id → option id */
  votes: Map<string, string>;
}

export interface Room {
  code: string;
  /** The journey so far: the steps the presenter applied, in order. */
  steps: LiveStep[];
  /** The number of the last question opened (question ids count up from 1). */
  questionCount: number;
  /** The question open now, or the one closed last until a step is applied; null between questions. */
  question: RoomQuestion | null;
  results: VoteResult[];
}

export type Outcome<T = undefined> = { ok: true; value: T } | { ok: false; code: ErrorCode; message: string };

const ok = <T>(value: T): Outcome<T> => ({ ok: true, value });
const fail = (code: ErrorCode, message: string): Outcome<never> => ({ ok: false, code, message });

/** An empty room with this code. */
export const createRoom = (code: string): Room => ({ code, steps: [], questionCount: 0, question: null, results: [] });

/** Open a vote on `spec`; refused while another vote is open. Returns the new question's id. */
export function openQuestion(room: Room, spec: QuestionSpec): Outcome<number> {
  if (room.question?.open) return fail('conflict', 'A vote is already open: close it first.');
  room.questionCount += 1;
  room.question = { id: room.questionCount, spec, open: true, votes: new Map() };
  return ok(room.questionCount);
}

/**
 * Record `device`'s vote for `option` on question `questionId`. Only the open question takes votes,
 * only for one of its options; voting again replaces the device's earlier vote (`changed` says so).
 */
export function castVote(
  room: Room,
  device: string,
  questionId: number,
  option: string,
): Outcome<{ changed: boolean }> {
  const question = room.question;
  if (!question || question.id !== questionId || !question.open) return fail('not-open', 'This vote is not open.');
  if (!question.spec.options.some((o) => o.id === option)) return fail('invalid', 'No such option in this vote.');
  const before = question.votes.get(device);
  question.votes.set(device, option);
  return ok({ changed: before !== undefined && before !== option });
}

/** Votes per option (every option present, 0 when none) and the number of devices that voted. */
export function tallyOf(question: RoomQuestion): Tally {
  const counts = Object.fromEntries(question.spec.options.map((o) => [o.id, 0]));
  for (const option of question.votes.values()) counts[option] = (counts[option] ?? 0) + 1;
  return { counts, voters: question.votes.size };
}

/** The options with the most votes: one for a clear winner, several for a tie, none when nobody voted. */
export function leaders(tally: Tally): string[] {
  const top = Math.max(0, ...Object.values(tally.counts));
  return top === 0 ? [] : Object.keys(tally.counts).filter((option) => tally.counts[option] === top);
}

/** Close the open vote and keep its result. */
export function closeQuestion(room: Room): Outcome<Tally> {
  const question = room.question;
  if (!question?.open) return fail('not-open', 'No vote is open.');
  question.open = false;
  const tally = tallyOf(question);
  const { kind, ref, prompt, options } = question.spec;
  room.results.push({ question: question.id, kind, ref, prompt, options, tally });
  return ok(tally);
}

const sameStep = (a: LiveStep, b: LiveStep) => JSON.stringify(a) === JSON.stringify(b);

/** The step that choosing `option` in `spec` takes. */
export const stepFor = (spec: Pick<QuestionSpec, 'kind' | 'ref'>, option: string): LiveStep =>
  spec.kind === 'choose'
    ? { kind: 'choose', decision: spec.ref, option }
    : { kind: 'detour', pitfall: spec.ref, detour: option };

/**
 * Apply `step` to the journey. After a closed vote on the same decision or pitfall, the result records
 * how: the clear winner, the speaker's pick among tied leaders, or an override; any other step is an
 * override. Refused while a vote is open.
 */
export function applyStep(room: Room, step: LiveStep): Outcome<AppliedHow> {
  if (room.question?.open) return fail('conflict', 'Close the vote before applying a step.');
  const closed = room.question;
  let how: AppliedHow = 'override';
  if (closed) {
    const result = room.results.findLast((r) => r.question === closed.id);
    const option = step.kind === 'choose' ? step.option : step.detour;
    if (result && sameStep(stepFor(closed.spec, option), step)) {
      const top = leaders(result.tally);
      how = top.length === 1 && top[0] === option ? 'winner' : top.includes(option) ? 'speaker-pick' : 'override';
      result.applied = { option, how };
    }
  }
  room.steps.push(step);
  room.question = null;
  return ok(how);
}

/** Take back the last applied step (its vote result is marked undone). Refused while a vote is open. */
export function undoStep(room: Room): Outcome<LiveStep> {
  if (room.question?.open) return fail('conflict', 'Close the vote before undoing a step.');
  const step = room.steps.pop();
  if (!step) return fail('conflict', 'Nothing to undo.');
  const result = room.results.findLast((r) => r.applied && !r.undone);
  if (result?.applied && sameStep(stepFor(result, result.applied.option), step)) result.undone = true;
  room.question = null;
  return ok(step);
}

/** The question as `role` may see it: counts only for the presenter, or for everyone once closed. */
export function publicQuestion(room: Room, role: 'attendee' | 'screen' | 'presenter'): PublicQuestion | null {
  const question = room.question;
  if (!question) return null;
  const shown: PublicQuestion = { id: question.id, open: question.open, ...question.spec };
  if (role === 'presenter' || !question.open) shown.tally = tallyOf(question);
  return shown;
}

/** What the server stores for a room besides its votes (which it stores one row each). */
export interface StoredRoom {
  code: string;
  steps: LiveStep[];
  questionCount: number;
  question: { id: number; spec: QuestionSpec; open: boolean } | null;
  results: VoteResult[];
}

export const storedRoom = (room: Room): StoredRoom => ({
  ...room,
  question: room.question && { id: room.question.id, spec: room.question.spec, open: room.question.open },
});

/** The room again, from what was stored and the current question's votes (device → option). */
export const restoreRoom = (stored: StoredRoom, votes: Iterable<[string, string]>): Room => ({
  ...stored,
  question: stored.question && { ...stored.question, votes: new Map(votes) },
});
