import { replaySteps, type Step } from './journey';
import type { SimulatorData } from './schema';

/** Share links keep the journey's steps in `?j=`: "languages.ten_traffic.medium_…_!pitfall-id.detour-id". */
export const SHARE_PARAM = 'j';
export const MAX_SHARE_LENGTH = 2000;
export const MAX_STEPS = 80;

/**
 * The grammar of one step: "decision.option" or "!pitfall.detour", ids as in the data schema. A plain
 * pattern rather than zod keeps the validator out of the island's JavaScript; replaying the steps against
 * the data then checks every id and the order.
 */
const STEP_PATTERN = /^(!?)([a-z0-9][a-z0-9-]{0,63})\.([a-z0-9][a-z0-9-]{0,63})$/;

/** Turn steps into the share-link value. */
export function encodeSteps(steps: readonly Step[]): string {
  return steps.map((s) => (s.kind === 'choose' ? `${s.decision}.${s.option}` : `!${s.pitfall}.${s.detour}`)).join('_');
}

export type DecodeResult = { ok: true; steps: Step[] } | { ok: false; notice: string };

/**
 * Parse a share-link value from anywhere (the URL is untrusted): check its size and shape, then replay it
 * against the data. Anything unknown, out of order, truncated or oversized gives a notice and no steps.
 */
export function decodeSteps(value: unknown, data: SimulatorData): DecodeResult {
  const fail = (notice: string): DecodeResult => ({ ok: false, notice });
  if (typeof value !== 'string') return fail('The shared journey is unreadable. Starting fresh.');
  if (value.length === 0) return { ok: true, steps: [] };
  if (value.length > MAX_SHARE_LENGTH) return fail('The shared journey is too long. Starting fresh.');
  const parts = value.split('_');
  if (parts.length > MAX_STEPS) return fail('The shared journey is too long. Starting fresh.');
  const steps: Step[] = [];
  for (const part of parts) {
    const match = STEP_PATTERN.exec(part);
    if (!match) return fail('The shared journey is malformed. Starting fresh.');
    const [, bang, first, second] = match as unknown as [string, string, string, string];
    steps.push(
      bang ? { kind: 'detour', pitfall: first, detour: second } : { kind: 'choose', decision: first, option: second },
    );
  }
  if (!replaySteps(data, steps)) return fail('The shared journey has an unknown or impossible step. Starting fresh.');
  return { ok: true, steps };
}
