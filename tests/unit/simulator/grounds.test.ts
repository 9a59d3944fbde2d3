import { describe, expect, it } from 'vitest';
import {
  availableOptions,
  detoursRuledOut,
  settleSelection,
  unavailableReason,
} from '../../../src/simulator/availability';
import { describeDerivation } from '../../../src/simulator/derivations';
import { applyDetour, openPitfalls } from '../../../src/simulator/journey';
import { computeMetrics, type Selection } from '../../../src/simulator/metrics';
import { LEAN_JOURNEY } from '../../shared/lean-journey.mjs';
import { metricsFrom, simulatorData } from './load-data';

const decision = (id: string) => simulatorData().decisions.find((d) => d.id === id)!;
const option = (decisionId: string, id: string) => decision(decisionId).options.find((o) => o.id === id)!;
const selectionWith = (changes: Record<string, string>): Selection => ({
  choices: { ...Object.fromEntries(LEAN_JOURNEY), ...changes },
  mitigations: [],
});
const pitfall = (id: string) => simulatorData().pitfalls.find((p) => p.id === id)!;
/** The pitfalls open (design and months later) after a detour, with availability settled as the journey does. */
const openAfter = (selection: Selection, pitfallId: string, detourId: string) => {
  const data = simulatorData();
  const detour = pitfall(pitfallId).detours.find((d) => d.id === detourId)!;
  const next = settleSelection(data, applyDetour(selection, detour));
  const metrics = computeMetrics(data, next);
  return [...openPitfalls(data, next, metrics, 'design'), ...openPitfalls(data, next, metrics, 'months-later')].map(
    (p) => p.id,
  );
};
const open = (selection: Selection) => {
  const data = simulatorData();
  const metrics = computeMetrics(data, selection);
  return [
    ...openPitfalls(data, selection, metrics, 'design'),
    ...openPitfalls(data, selection, metrics, 'months-later'),
  ].map((p) => p.id);
};

// A hosted LLM, texts allowed to leave, few messages so the API's rate limit is not the story.
const LLM = {
  residency: 'may-leave',
  model: 'llm-api',
  optimisation: 'none',
  service: 'fastapi-plain',
  traffic: 'low',
};

describe('a hosted LLM is never offered retraining', () => {
  it('shows the retraining monitoring option disabled, with the reason, for an LLM only', () => {
    const data = simulatorData();
    const llm = selectionWith(LLM);
    const retraining = option('monitoring', 'drift-feedback');
    expect(unavailableReason(data, llm, decision('monitoring'), retraining)).toMatch(/cannot be retrained/);
    expect(availableOptions(data, llm, decision('monitoring')).map((o) => o.id)).toEqual([
      'none',
      'technical',
      'per-language',
    ]);
    // A model of your own can be retrained on the agents' corrections.
    expect(unavailableReason(data, selectionWith({}), decision('monitoring'), retraining)).toBeUndefined();
  });

  it('offers the drift pitfall’s retraining detour to an LLM only as ruled out, and another detour closes it', () => {
    const data = simulatorData();
    const llm = selectionWith({ ...LLM, latency: 'batch', monitoring: 'technical' });
    expect(open(llm)).toContain('silent-drift-one-language');
    expect(detoursRuledOut(data, llm, pitfall('silent-drift-one-language'))).toEqual({
      'drift-and-feedback': expect.stringMatching(/cannot be retrained/),
    });
    expect(openAfter(llm, 'silent-drift-one-language', 'per-language-distribution')).not.toContain(
      'silent-drift-one-language',
    );
  });

  it('asks again for monitoring when a detour switches a retrained model to a hosted LLM', () => {
    const data = simulatorData();
    const settled = settleSelection(data, selectionWith({ ...LLM, monitoring: 'drift-feedback' }));
    expect(settled.choices.monitoring).toBeUndefined();
  });
});

describe('a model that is already distilled', () => {
  it('is not offered distillation again, with the reason; a teacher still is', () => {
    const data = simulatorData();
    const distil = option('optimisation', 'distil-trim-int8');
    expect(distil.steps).toContain('distillation');
    for (const model of ['distilmbert', 'minilm']) {
      const selection = selectionWith({ model });
      expect(unavailableReason(data, selection, decision('optimisation'), distil)).toMatch(
        /already a distilled student/,
      );
      // Every other optimisation stays open for it.
      expect(availableOptions(data, selection, decision('optimisation'))).toHaveLength(
        decision('optimisation').options.length - 1,
      );
    }
    for (const model of ['mbert', 'xlmr-base', 'xlmr-large'])
      expect(unavailableReason(data, selectionWith({ model }), decision('optimisation'), distil)).toBeUndefined();
  });
});

describe('a hosted LLM over the real-time budget', () => {
  it('has a detour past the p95 pitfall that needs no labels and opens no other pitfall', () => {
    const data = simulatorData();
    // The model's name kept in configuration, so the months-later retirement pitfall stays shut.
    const llm: Selection = {
      ...selectionWith({ ...LLM, 'labelled-data': 'none', monitoring: 'per-language' }),
      mitigations: ['model-in-config'],
    };
    expect(open(llm)).toEqual(['p95-over-budget-at-peak']);
    const p95 = pitfall('p95-over-budget-at-peak');
    const ruledOut = detoursRuledOut(data, llm, p95);
    const usable = p95.detours.filter((d) => !(d.id in ruledOut)).map((d) => d.id);
    // Switching to MiniLM alone would trade this pitfall for "no labels, no model".
    expect(openAfter(llm, p95.id, 'minilm-int8')).toContain('no-labels-no-model');
    const clean = usable.filter((id) => openAfter(llm, p95.id, id).length === 0);
    expect(clean).toEqual(['route-overnight']);
  });
});

describe('service footprints', () => {
  const metricsOf = metricsFrom(Object.fromEntries(LEAN_JOURNEY));

  it('gives TEI its own image, with no Python process under the Rust server', () => {
    const torch = metricsOf({ optimisation: 'none', service: 'fastapi-torch-cpu' }, ['model-in-image']);
    const tei = metricsOf({ optimisation: 'none', service: 'tei' }, ['model-in-image']);
    // The 747 MB image: the model's 130 MB base image plus TEI's 617 MB.
    expect(tei.packageMB!.value - tei.runtimeMB!.value).toBe(torch.packageMB!.value - torch.runtimeMB!.value);
    expect(tei.runtimeMB!.value + 130).toBe(747);
    // Resident: no 60 MB Python process, a quarter of the runtime, the weights × 1.5.
    const weights = tei.modelMB!.value;
    expect(tei.memoryMB!.value).toBe(617 * 0.25 + weights * 1.5);
    expect(describeDerivation('memoryMB', tei.memoryMB!)).not.toContain('Python process');
    expect(describeDerivation('memoryMB', torch.memoryMB!)).toContain('Python process 60 MB');
    expect(torch.memoryMB!.value).toBe(60 + 780 * 0.25 + weights * 1.5);
    // No torch import at start.
    expect(torch.coldStartS!.value - tei.coldStartS!.value).toBeGreaterThan(4.5 - 0.01);
  });

  it('runs a batch job on ONNX Runtime when the model was exported to .onnx, on PyTorch otherwise', () => {
    const batch = { latency: 'batch', service: 'batch-job' };
    const onnx = metricsOf({ ...batch, optimisation: 'full-int8' });
    expect(onnx.runtimeMB!.value).toBe(144);
    expect(describeDerivation('runtimeMB', onnx.runtimeMB!)).toContain('A batch job on ONNX Runtime');
    expect(metricsOf({ ...batch, optimisation: 'onnx' }).runtimeMB!.value).toBe(144);
    const torch = metricsOf({ ...batch, optimisation: 'dynamic-int8' });
    expect(torch.runtimeMB!.value).toBe(780);
    // The import time follows the runtime: 0.5 s for ONNX Runtime instead of 5 s for torch.
    expect(describeDerivation('coldStartS', onnx.coldStartS!)).toContain('imports 0.5 s');
    expect(describeDerivation('coldStartS', torch.coldStartS!)).toContain('imports 5 s');
  });
});

describe('half precision on the L4', () => {
  it('is one option named for fp16 and bf16, which the L4 runs at the same tensor rate', () => {
    const sixteen = decision('optimisation').options.filter((o) => o.kind === 'fp16');
    expect(sixteen).toHaveLength(1);
    expect(sixteen[0]!.label).toMatch(/fp16 \/ bf16/);
    expect(sixteen[0]!.figures.latencyFactor!.source).toBe('nvidia-l4-datasheet');
  });
});
