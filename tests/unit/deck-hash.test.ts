import { describe, expect, it } from 'vitest';
import { formatHash, parseHash } from '../../src/deck/deck-hash';
import { keyToAction } from '../../src/deck/deck-keys';

const keys = ['/use-case/0', '/use-case/1', '/data/0', '/data/1'];
const steps = [0, 3, 0, 1];

describe('slide hashes', () => {
  it('round-trips every slide and step', () => {
    keys.forEach((key, slide) => {
      for (let step = 0; step <= steps[slide]; step += 1)
        expect(parseHash(formatHash(key, step), keys, steps)).toEqual({ slide, step });
    });
  });

  it('writes no step part for step 0', () => {
    expect(formatHash('/data/1', 0)).toBe('#/data/1');
    expect(formatHash('/data/1', 1)).toBe('#/data/1/1');
  });

  it('accepts a 1-based slide number', () => {
    expect(parseHash('#3', keys, steps)).toEqual({ slide: 2, step: 0 });
    expect(parseHash('#99', keys, steps)).toEqual({ slide: 3, step: 0 });
  });

  it("clamps a step beyond the slide's last", () => {
    expect(parseHash('#/use-case/1/9', keys, steps)).toEqual({ slide: 1, step: 3 });
  });

  it('starts at the beginning for anything unknown or malformed', () => {
    for (const hash of [
      '',
      '#',
      '#/nope/1',
      '#/use-case/7',
      '#%E0%A4%A',
      '#/use-case/x',
      '#javascript:alert(1)',
      '#-1',
    ]) {
      expect(parseHash(hash, keys, steps)).toEqual({ slide: 0, step: 0 });
    }
  });
});

describe('the key map', () => {
  const press = (key: string, mods: Partial<Record<'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {}) =>
    keyToAction({ key, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, ...mods });

  it('moves like Slidev and reveal.js', () => {
    expect(['ArrowRight', 'ArrowDown', 'PageDown', ' '].map((k) => press(k))).toEqual(['next', 'next', 'next', 'next']);
    expect(['ArrowLeft', 'ArrowUp', 'PageUp'].map((k) => press(k))).toEqual(['previous', 'previous', 'previous']);
    expect(press(' ', { shiftKey: true })).toBe('previous');
    expect([press('Home'), press('End')]).toEqual(['first', 'last']);
  });

  it('has one letter per command', () => {
    expect(['o', 'f', 'n', 'p', 'l', '?'].map((k) => press(k, { shiftKey: k === '?' }))).toEqual([
      'overview',
      'fullscreen',
      'notes',
      'presenter',
      'live',
      'help',
    ]);
  });

  it('answers a clicker’s black-screen keys and the staples', () => {
    expect(['b', '.', 'B', 'g', 'a'].map((k) => press(k))).toEqual([
      'blackout',
      'blackout',
      'blackout',
      'jump',
      'reveal',
    ]);
  });

  it('leaves browser shortcuts alone', () => {
    expect(press('ArrowRight', { altKey: true })).toBeNull();
    expect(press('f', { ctrlKey: true })).toBeNull();
    expect(press('p', { metaKey: true })).toBeNull();
    expect(press('x')).toBeNull();
  });
});
