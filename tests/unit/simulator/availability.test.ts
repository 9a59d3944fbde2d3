import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RULE_READS, availableOptions, detoursRuledOut, unavailableReason } from '../../../src/simulator/availability';
import { allSelections } from '../../../src/simulator/check-journeys';
import { applyStep, emptySelection, journeyStatus, replaySteps, type Step } from '../../../src/simulator/journey';
import { computeMetrics, type Selection } from '../../../src/simulator/metrics';
import { computeMetricsMemo, type MetricMemo } from '../../../src/simulator/metrics-memo';
import { MITIGATION_METRICS } from '../../../src/simulator/metric-inputs';
import { MITIGATION_IDS, type DecisionId } from '../../../src/simulator/vocabulary';
import { LEAN_JOURNEY } from '../../shared/lean-journey.mjs';
import { simulatorData } from './load-data';

const choose = ([decision, option]: string[]): Step => ({ kind: 'choose', decision: decision!, option: option! });
const decision = (id: string) => simulatorData().decisions.find((d) => d.id === id)!;
const upTo = (id: string) => {
  const at = LEAN_JOURNEY.findIndex(([d]) => d === id);
  return LEAN_JOURNEY.slice(0, at);
};
const selectionWith = (changes: Record<string, string>): Selection => ({
  choices: { ...Object.fromEntries(LEAN_JOURNEY), ...changes },
  mitigations: [],
});

describe('options that earlier answers rule out', () => {
  it('are refused with a reason, and never offered to do nothing', () => {
    const data = simulatorData();
    // Rules have no weights: only "None" is left, so the question is answered without asking.
    const rules = selectionWith({ model: 'rules' });
    expect(availableOptions(data, rules, decision('optimisation')).map((o) => o.id)).toEqual(['none']);
    expect(unavailableReason(data, rules, decision('optimisation'), decision('optimisation').options[3]!)).toMatch(
      /nothing to distil, trim, export or quantise/,
    );
    // No torch service for an API client; no plain service for a transformer.
    const api = selectionWith({ model: 'llm-api', optimisation: 'none' });
    expect(availableOptions(data, api, decision('service')).map((o) => o.id)).toEqual(['fastapi-plain', 'batch-job']);
    expect(availableOptions(data, selectionWith({}), decision('service')).map((o) => o.id)).not.toContain(
      'fastapi-plain',
    );
    // An .onnx file does not load in PyTorch; a PyTorch int8 module does not load in ONNX Runtime.
    const onnx = selectionWith({ model: 'xlmr-base', optimisation: 'full-int8' });
    expect(unavailableReason(data, onnx, decision('service'), decision('service').options[2]!)).toMatch(/\.onnx file/);
    // No GPU on Lambda; no batching without a batching server; fp16 only on a GPU platform.
    const lambda = selectionWith({ platform: 'lambda-image' });
    expect(availableOptions(data, lambda, decision('hardware')).map((o) => o.id)).toEqual(['cpu-1', 'cpu-2', 'cpu-4']);
    const cloudRunOnnx = selectionWith({ model: 'xlmr-base', optimisation: 'onnx', service: 'fastapi-onnx' });
    expect(availableOptions(data, cloudRunOnnx, decision('hardware')).map((o) => o.id)).toEqual([
      'cpu-1',
      'cpu-2',
      'cpu-4',
      'gpu-unbatched',
    ]);
    const fp16 = selectionWith({ model: 'xlmr-base', optimisation: 'fp16', service: 'model-server' });
    expect(availableOptions(data, fp16, decision('platform')).map((o) => o.id)).toEqual([
      'cloud-run',
      'sagemaker-realtime',
      'kubernetes',
      'hf-endpoints',
    ]);
  });

  it('cannot be chosen, and a question with one open answer is answered without asking', () => {
    const data = simulatorData();
    // One language: no strategy question; the journey goes from labelled data straight to the model.
    const one = replaySteps(data, [['languages', 'one'], ...upTo('strategy').slice(1)].map(choose))!;
    expect(one.choices.strategy).toBe('multilingual');
    const status = journeyStatus(data, one);
    expect(status.kind === 'deciding' && status.decision.id).toBe('model');
    // An API client: the optimisation is answered ("None"), and a torch service is refused.
    const mayLeave = upTo('model').map(([d, o]) => (d === 'residency' ? [d, 'may-leave'] : [d!, o!]));
    const api = applyStep(data, replaySteps(data, mayLeave.map(choose))!, choose(['model', 'llm-api']))!;
    expect(api.choices.optimisation).toBe('none');
    expect(applyStep(data, api, choose(['service', 'fastapi-torch-cpu']))).toBeUndefined();
    expect(applyStep(data, api, choose(['service', 'fastapi-plain']))).toBeDefined();
  });

  it('shows a detour the current choices rule out as unavailable, with its reason', () => {
    const data = simulatorData();
    const pitfall = data.pitfalls.find((p) => p.id === 'p95-over-budget-at-peak')!;
    const onLambda = selectionWith({
      model: 'xlmr-large',
      optimisation: 'none',
      service: 'fastapi-torch-cpu',
      platform: 'lambda-image',
      hardware: 'cpu-1',
    });
    expect(detoursRuledOut(data, onLambda, pitfall)).toEqual({ 'gpu-with-batching': expect.stringMatching(/no GPU/) });
  });
});

/** A random full selection a reader can reach: each decision in order takes one of its open options. */
const reachable = fc.array(fc.nat(), { minLength: 12, maxLength: 12 }).map((picks) => {
  const data = simulatorData();
  const choices: Selection['choices'] = {};
  data.decisions.forEach((d, i) => {
    const open = availableOptions(data, { choices, mitigations: [] }, d);
    choices[d.id as DecisionId] = open[picks[i]! % open.length]!.id;
  });
  return choices;
});

describe('the exhaustive checks’ shortcuts', () => {
  it('walk only combinations a reader can reach', () => {
    const data = simulatorData();
    let n = 0;
    for (const selection of allSelections(
      data,
      new Set<DecisionId>(['languages', 'strategy', 'model', 'optimisation']),
    )) {
      if (selection.choices.languages === 'one') expect(selection.choices.strategy).toBe('multilingual');
      if (selection.choices.model === 'rules') expect(selection.choices.optimisation).toBe('none');
      n++;
    }
    // 3 language counts × their strategies (1 + 4 + 4) × (3 teachers × 8 optimisations + 2 distilled
    // transformers × 7, no second distillation, + 4 others × 1).
    expect(n).toBe((1 + 4 + 4) * (3 * 8 + 2 * 7 + 4));
  });

  it('remember metric groups under their inputs without changing a number', () => {
    const data = simulatorData();
    const memo: MetricMemo = [];
    fc.assert(
      fc.property(reachable, fc.subarray([...MITIGATION_IDS]), (choices, mitigations) => {
        const withMitigations = { choices, mitigations };
        const values = (m: ReturnType<typeof computeMetrics>) => Object.entries(m).map(([k, v]) => [k, v!.value]);
        expect(values(computeMetricsMemo(data, withMitigations, memo))).toEqual(
          values(computeMetrics(data, withMitigations)),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('know every decision a rule reads', () => {
    const data = simulatorData();
    const reason = (choices: Selection['choices'], id: DecisionId, optionId: string) =>
      unavailableReason(
        data,
        { choices, mitigations: [] },
        decision(id),
        decision(id).options.find((o) => o.id === optionId)!,
      );
    fc.assert(
      fc.property(reachable, (choices) => {
        // Change any one decision a rule does not read: no option of the ruled decision may change its reason.
        for (const id of Object.keys(RULE_READS) as DecisionId[])
          for (const other of data.decisions.filter(
            (d) => d.id !== id && !RULE_READS[id]!.includes(d.id as DecisionId),
          ))
            for (const changedTo of other.options) {
              const changed = { ...choices, [other.id]: changedTo.id };
              for (const option of decision(id).options)
                expect(reason(changed, id, option.id), `${id} reads ${other.id}`).toBe(reason(choices, id, option.id));
            }
      }),
      { numRuns: 100 },
    );
  });

  it('know every metric a mitigation moves', () => {
    const data = simulatorData();
    fc.assert(
      fc.property(reachable, fc.constantFrom(...MITIGATION_IDS), (choices, mitigation) => {
        const before = computeMetrics(data, { choices, mitigations: [] });
        const after = computeMetrics(data, { choices, mitigations: [mitigation] });
        const moved = Object.keys(after).filter(
          (k) => after[k as keyof typeof after]!.value !== before[k as keyof typeof before]?.value,
        );
        for (const metric of moved)
          expect(MITIGATION_METRICS[mitigation], `${mitigation} moves ${metric}`).toContain(metric);
      }),
      { numRuns: 500 },
    );
  });
});

it('starts empty', () => expect(emptySelection().choices).toEqual({}));
