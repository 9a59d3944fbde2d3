/**
 * The live protocol: every message between the companion server and the browsers, as zod schemas.
 * Clients send JSON text frames; the server parses each with {@link parseClientMessage} and refuses
 * anything else. Pure: no DOM, no Node APIs (the server and the pages import it alike).
 */
import { z } from 'zod';

/** Largest WebSocket frame the server accepts, in bytes; a bigger one closes the connection (1009). */
export const MAX_MESSAGE_BYTES = 16 * 1024;

/** Room codes: six letters and digits without look-alikes (no 0/O, 1/I/L), shown on the projector. */
export const ROOM_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const roomCode = z
  .string()
  .length(6)
  .regex(/^[2-9A-HJKMNP-Z]{6}$/);
/** The presenter's secret: 32 random bytes, base64url (43 characters). */
export const roomSecret = z.string().regex(/^[A-Za-z0-9_-]{43}$/);
/** A device id an attendee's browser keeps in localStorage (a UUID); votes are de-duplicated by it. */
export const deviceId = z.string().regex(/^[A-Za-z0-9-]{8,64}$/);
const id = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/);

/** One journey step, as the simulator records it (src/simulator/journey.ts `Step`). */
export const stepSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('choose'), decision: id, option: id }).strict(),
  z.object({ kind: z.literal('detour'), pitfall: id, detour: id }).strict(),
]);
export type LiveStep = z.infer<typeof stepSchema>;

/** Longest one-line preview of an option, in characters. */
export const MAX_PREVIEW = 400;

/** One answer of a question: the option's id, label and one-line preview, as the presenter sent them. */
export const optionSchema = z
  .object({ id, label: z.string().min(1).max(120), preview: z.string().max(MAX_PREVIEW) })
  .strict();
export type LiveOption = z.infer<typeof optionSchema>;

/** What the presenter puts to the vote: a decision (choose) or the detour around a pitfall. */
export const questionSpecSchema = z
  .object({
    kind: z.enum(['choose', 'detour']),
    /** The decision's or the pitfall's id. */
    ref: id,
    prompt: z.string().min(1).max(300),
    // A pitfall may have a single detour: the room then confirms it.
    options: z.array(optionSchema).min(1).max(12),
  })
  .strict()
  .refine((q) => new Set(q.options.map((o) => o.id)).size === q.options.length, 'option ids repeat');
export type QuestionSpec = z.infer<typeof questionSpecSchema>;

/** Messages a browser sends. `hello` first; the server ignores everything else until then. */
const helloSchema = z.discriminatedUnion('role', [
  z.object({ t: z.literal('hello'), role: z.literal('attendee'), room: roomCode, device: deviceId }).strict(),
  z.object({ t: z.literal('hello'), role: z.literal('screen'), room: roomCode }).strict(),
  z.object({ t: z.literal('hello'), role: z.literal('presenter'), room: roomCode, secret: roomSecret }).strict(),
]);
export const clientMessageSchema = z.union([
  z.object({ t: z.literal('create') }).strict(),
  helloSchema,
  z.object({ t: z.literal('vote'), question: z.number().int().positive(), option: id }).strict(),
  z.object({ t: z.literal('open'), question: questionSpecSchema }).strict(),
  z.object({ t: z.literal('close') }).strict(),
  z.object({ t: z.literal('apply'), step: stepSchema }).strict(),
  z.object({ t: z.literal('undo') }).strict(),
  z.object({ t: z.literal('ping') }).strict(),
]);
export type ClientMessage = z.infer<typeof clientMessageSchema>;

/** Parse one text frame; undefined for anything that is not one valid message. */
export function parseClientMessage(text: string): ClientMessage | undefined {
  if (text.length > MAX_MESSAGE_BYTES) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = clientMessageSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** Votes per option id, and how many devices voted. */
export interface Tally {
  counts: Record<string, number>;
  voters: number;
}

/** The question as everyone sees it: while open, no counts; once closed, the tally. */
export interface PublicQuestion extends QuestionSpec {
  id: number;
  open: boolean;
  /** Present once the vote is closed (for the presenter, always). */
  tally?: Tally;
}

/** How an applied step was decided. */
export type AppliedHow = 'winner' | 'speaker-pick' | 'override';

/** One closed vote and what the presenter applied, for the Markdown export. */
export interface VoteResult {
  question: number;
  kind: QuestionSpec['kind'];
  ref: string;
  prompt: string;
  options: LiveOption[];
  tally: Tally;
  applied?: { option: string; how: AppliedHow };
  /** The presenter undid the step this vote applied. */
  undone?: boolean;
}

/** Messages the server sends. */
export type ServerMessage =
  | { t: 'created'; room: string; secret: string }
  | {
      t: 'state';
      room: string;
      role: 'attendee' | 'screen' | 'presenter';
      steps: LiveStep[];
      question: PublicQuestion | null;
      /** The attendee's own vote on this question, if any. */
      mine?: string;
      /** The presenter's record of every vote. */
      results?: VoteResult[];
    }
  | { t: 'tally'; question: number; tally: Tally }
  | { t: 'voted'; question: number; option: string }
  | { t: 'error'; code: ErrorCode; message: string }
  | { t: 'pong' };

export type ErrorCode =
  | 'invalid'
  | 'no-room'
  | 'forbidden'
  | 'not-joined'
  | 'not-open'
  | 'rate-limited'
  | 'room-limit'
  | 'conflict'
  | 'server-error';
