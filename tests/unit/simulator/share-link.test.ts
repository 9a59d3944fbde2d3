import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { availableOptions, detourUnavailableReason } from '../../../src/simulator/availability';
import { applyStep, emptySelection, journeyStatus, replaySteps, type Step } from '../../../src/simulator/journey';
import { decodeSteps, encodeSteps, MAX_SHARE_LENGTH } from '../../../src/simulator/share-link';
import { simulatorData } from './load-data';

/** A random but valid journey: at each step pick one of the open options or detours. */
const journey = fc.array(fc.nat(), { maxLength: 30 }).map((picks) => {
  const data = simulatorData();
  const steps: Step[] = [];
  let selection = emptySelection();
  for (const pick of picks) {
    const status = journeyStatus(data, selection);
    let step: Step;
    if (status.kind === 'deciding') {
      const open = availableOptions(data, selection, status.decision);
      const option = open[pick % open.length]!;
      step = { kind: 'choose', decision: status.decision.id, option: option.id };
    } else if (status.kind === 'pitfall') {
      const pitfall = status.pitfalls[0]!;
      const usable = pitfall.detours.filter((d) => detourUnavailableReason(data, selection, d) === undefined);
      step = { kind: 'detour', pitfall: pitfall.id, detour: usable[pick % usable.length]!.id };
    } else break;
    selection = applyStep(data, selection, step)!;
    steps.push(step);
  }
  return steps;
});

describe('share links', () => {
  it('round-trip every valid journey', () => {
    fc.assert(
      fc.property(journey, (steps) => {
        const decoded = decodeSteps(encodeSteps(steps), simulatorData());
        expect(decoded).toEqual({ ok: true, steps });
      }),
      { numRuns: 200 },
    );
  });

  it('never throw on any string, and accept only journeys that replay', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.stringMatching(/^[a-z!._-]{0,80}$/)),
        (value) => {
          const decoded = decodeSteps(value, simulatorData());
          if (decoded.ok) expect(replaySteps(simulatorData(), decoded.steps)).toBeDefined();
          else expect(decoded.notice).toMatch(/Starting fresh\.$/);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('refuse a tampered journey: a step changed, dropped or moved', () => {
    fc.assert(
      fc.property(
        journey.filter((s) => s.length > 2),
        fc.nat(),
        (steps, n) => {
          const i = n % steps.length;
          const tampered = encodeSteps(steps).split('_');
          tampered[i] = `${tampered[i]}x`;
          expect(decodeSteps(tampered.join('_'), simulatorData()).ok).toBe(false);
        },
      ),
      { numRuns: 100 },
    );
    expect(decodeSteps('traffic.low_languages.ten', simulatorData()).ok).toBe(false);
  });

  it('refuse oversized, non-string and malformed input with a notice', () => {
    expect(decodeSteps('languages.ten_'.repeat(MAX_SHARE_LENGTH), simulatorData())).toMatchObject({ ok: false });
    expect(decodeSteps({ toString: () => 'languages.ten' }, simulatorData())).toMatchObject({ ok: false });
    expect(decodeSteps('<script>alert(1)</script>', simulatorData())).toEqual({
      ok: false,
      notice: 'The shared journey is malformed. Starting fresh.',
    });
    expect(decodeSteps('', simulatorData())).toEqual({ ok: true, steps: [] });
  });
});
