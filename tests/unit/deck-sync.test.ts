import { describe, expect, it } from 'vitest';
import { channelName, createPairingToken, parsePairingToken, parseSyncMessage } from '../../src/deck/sync-message';

const token = 'AbCdEfGhIjKlMnOpQrStUv';
const expect3 = { token, slideCount: 3, stepCount: (slide: number) => [0, 2, 0][slide] ?? 0 };
const goto = (extra: Record<string, unknown> = {}) => ({
  kind: 'goto',
  token,
  from: 'presenter',
  slide: 1,
  step: 2,
  ...extra,
});

describe('sync messages', () => {
  it('accepts a well-formed move of this pair', () => {
    expect(parseSyncMessage(goto(), expect3)).toEqual(goto());
    expect(parseSyncMessage({ kind: 'hello', token, from: 'deck' }, expect3)).toEqual({
      kind: 'hello',
      token,
      from: 'deck',
    });
  });

  it('carries a blackout on or off, and nothing else with it', () => {
    const blackout = { kind: 'blackout', token, from: 'presenter', on: true };
    expect(parseSyncMessage(blackout, expect3)).toEqual(blackout);
    expect(parseSyncMessage({ ...blackout, on: 'yes' }, expect3)).toBeNull();
    expect(parseSyncMessage({ ...blackout, slide: 1 }, expect3)).toBeNull();
    expect(parseSyncMessage({ ...blackout, token: 'ZZZZZZZZZZZZZZZZZZZZZZ' }, expect3)).toBeNull();
  });

  it("ignores another pair's token", () => {
    expect(parseSyncMessage(goto({ token: 'ZZZZZZZZZZZZZZZZZZZZZZ' }), expect3)).toBeNull();
  });

  it('ignores slides and steps that do not exist', () => {
    for (const bad of [
      { slide: 3 },
      { slide: -1 },
      { slide: 1.5 },
      { slide: '1' },
      { step: 3 },
      { slide: 0, step: 1 },
      { step: Number.NaN },
    ]) {
      expect(parseSyncMessage(goto(bad), expect3)).toBeNull();
    }
  });

  it('ignores anything of another shape', () => {
    for (const bad of [
      null,
      undefined,
      'goto',
      42,
      [],
      {},
      goto({ kind: 'jump' }),
      goto({ from: 'stranger' }),
      goto({ extra: true }),
      { kind: 'hello', token, from: 'deck', slide: 1 },
    ]) {
      expect(parseSyncMessage(bad, expect3)).toBeNull();
    }
  });
});

describe('pairing tokens', () => {
  it('are 22 URL-safe characters of randomness, accepted back', () => {
    const a = createPairingToken();
    expect(a).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(a).not.toBe(createPairingToken());
    expect(parsePairingToken(a)).toBe(a);
  });

  it('refuses malformed tokens', () => {
    for (const bad of [null, '', 'short', 'x'.repeat(65), 'has spaces in it, clearly', '<script>alert(1)</script>', 7])
      expect(parsePairingToken(bad)).toBeNull();
  });

  it('names the channel after the token', () => {
    expect(channelName(token)).toContain(token);
  });
});
