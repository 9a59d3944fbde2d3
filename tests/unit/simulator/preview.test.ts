import { describe, expect, it } from 'vitest';
import { replaySteps } from '../../../src/simulator/journey';
import { computeMetrics } from '../../../src/simulator/metrics';
import { previewOption } from '../../../src/simulator/preview';
import { LEAN_JOURNEY } from '../../shared/lean-journey.mjs';
import { simulatorData } from './load-data';

/** The selection after the given choices, and the platform decision that comes next. */
function atPlatform(choices: [string, string][]) {
  const data = simulatorData();
  const selection = replaySteps(
    data,
    choices.map(([decision, option]) => ({ kind: 'choose' as const, decision, option })),
  )!;
  const decision = data.decisions.find((d) => d.id === 'platform')!;
  return { data, selection, decision, before: computeMetrics(data, selection) };
}

describe('previewOption', () => {
  it('names what a lean choice changes, with no warning', () => {
    const { data, selection, decision, before } = atPlatform(LEAN_JOURNEY.slice(0, 9));
    const preview = previewOption(data, selection, before, decision, 'cloud-run');
    expect(preview.warning).toBeUndefined();
    expect(preview.changes).toMatch(/cold start \d/);
    expect(preview.changes.split(' · ').length).toBeLessThanOrEqual(4);
  });

  it('warns that a .zip on Lambda opens a pitfall for a PyTorch mBERT service', () => {
    const heavy: [string, string][] = [
      ...LEAN_JOURNEY.slice(0, 6),
      ['model', 'mbert'],
      ['optimisation', 'none'],
      ['service', 'fastapi-torch-cpu'],
    ];
    const { data, selection, decision, before } = atPlatform(heavy);
    expect(previewOption(data, selection, before, decision, 'lambda-zip').warning).toMatch(/^Opens a pitfall: /);
  });
});
