import { indexData } from './data-index';
import type { Selection } from './metrics/types';
import type { Decision, Detour, Option, Platform, SimulatorData } from './schema';
import { DECISION_IDS, type DecisionId, type KindedDecision, type OptionKind } from './vocabulary';

/**
 * Which options an earlier answer rules out, and why. Options that would do nothing for the chosen model
 * (int8 for rules, a torch service for an API client, a GPU for a keyword list) are shown disabled with
 * the reason instead of being offered. Pure: reads only the choices made before the decision, by kind.
 */
export function unavailableReason(
  data: SimulatorData,
  selection: Selection,
  decision: Decision,
  option: Option,
): string | undefined {
  const rule = RULES[decision.id as DecisionId];
  if (!rule) return undefined;
  const index = indexData(data);
  const chosen = (id: DecisionId) => {
    const optionId = selection.choices[id];
    return optionId === undefined ? undefined : index.options.get(id)?.get(optionId);
  };
  const kind = <D extends KindedDecision>(id: D) => chosen(id)?.kind as OptionKind<D> | undefined;
  const platformId = selection.choices.platform;
  const platform = platformId ? index.platforms.get(platformId) : undefined;
  return rule({ option, kind, chosen, platform, count: chosen('languages')?.figures.languages?.value });
}

interface RuleInput {
  option: Option;
  kind: <D extends KindedDecision>(id: D) => OptionKind<D> | undefined;
  chosen: (id: DecisionId) => Option | undefined;
  platform: Platform | undefined;
  count: number | undefined;
}

const ONNX_STEPS = new Set(['onnx', 'int8-all']);
const isGpu = (kind: string | undefined) => kind === 'gpu-batched' || kind === 'gpu-unbatched';

/**
 * The decisions whose options depend on earlier answers, each with the earlier decisions its rule reads
 * (through `kind`, `chosen`, `platform` and `count`). The exhaustive checks use this to know what a detour
 * can clear or answer; a unit test checks it against the rules.
 */
export const RULE_READS: Readonly<Partial<Record<DecisionId, readonly DecisionId[]>>> = {
  strategy: ['languages'],
  optimisation: ['model'],
  service: ['model', 'optimisation'],
  platform: ['optimisation'],
  hardware: ['model', 'optimisation', 'service', 'platform'],
  monitoring: ['model'],
};
export const RULED_DECISIONS = Object.keys(RULE_READS) as DecisionId[];
export const RULE_INPUTS: readonly DecisionId[] = [...new Set(Object.values(RULE_READS).flat())];

/** One rule per decision whose options depend on earlier answers. */
const RULES: Partial<Record<DecisionId, (input: RuleInput) => string | undefined>> = {
  strategy: ({ option, count }) =>
    count === 1 && option.kind !== 'multilingual'
      ? 'With one language there is nothing to transfer, translate or split: one model covers it.'
      : undefined,

  optimisation: ({ option, kind, chosen }) => {
    const model = kind('model');
    if (option.kind === 'none' || model === undefined) return undefined;
    if (model !== 'transformer')
      return `${chosen('model')!.label} ${model === 'llm-api' ? 'runs at the provider' : 'has no transformer weights'}: there is nothing to distil, trim, export or quantise.`;
    if (option.steps?.includes('distillation') && chosen('model')!.flags.includes('distilled'))
      return `${chosen('model')!.label} is already a distilled student: distilling it again would cost accuracy for little speed. Trim, export or quantise it instead.`;
    return undefined;
  },

  service: ({ option, kind, chosen }) => {
    const model = kind('model');
    if (model === undefined) return undefined;
    const transformer = model === 'transformer';
    if (option.kind === 'batch-job') return undefined;
    if (option.kind === 'plain')
      return transformer ? 'A transformer needs a runtime to run on: PyTorch, ONNX Runtime or a server.' : undefined;
    if (!transformer)
      return `${chosen('model')!.label} needs no ${option.kind === 'onnx-runtime' ? 'ONNX Runtime' : 'PyTorch or model server'}: a plain web service runs it.`;
    const steps = chosen('optimisation')?.steps ?? [];
    const onnx = steps.some((s) => ONNX_STEPS.has(s));
    if ((option.kind === 'torch-cuda' || option.kind === 'torch-cpu') && onnx)
      return 'The optimised model is an .onnx file; PyTorch does not load it.';
    if (option.kind === 'torch-cpu' && steps.includes('fp16'))
      return 'fp16 / bf16 weights need a GPU, and the CPU-only wheel has no CUDA.';
    if (option.kind === 'onnx-runtime' && !onnx)
      return 'ONNX Runtime runs an exported .onnx file: pick an optimisation with ONNX export.';
    if (option.kind === 'tei' && steps.some((s) => ONNX_STEPS.has(s) || s === 'int8-linear'))
      return 'TEI serves the checkpoint as trained (fp32 or fp16), not your exported or quantised file.';
    return undefined;
  },

  platform: ({ option, kind }) =>
    kind('optimisation') === 'fp16' && option.flags.includes('cpu-only')
      ? 'No GPU here, and fp16 / bf16 weights need one: CPUs have no fast 16-bit arithmetic.'
      : undefined,

  hardware: ({ option, kind, chosen, platform }) => {
    const vcpus = option.figures.vcpus?.value ?? 1;
    if (isGpu(option.kind)) {
      if (platform && !platform.flags.includes('gpu')) return `${platform.label} offers no GPU.`;
      const model = kind('model');
      if (model !== undefined && model !== 'transformer')
        return `${chosen('model')!.label} ${model === 'llm-api' ? 'runs at the provider' : 'runs in microseconds on a CPU'}: a GPU would sit idle.`;
      const service = kind('service');
      if (service === 'torch-cpu') return 'The CPU-only PyTorch wheel has no CUDA: it cannot use a GPU.';
      const steps = chosen('optimisation')?.steps ?? [];
      if (steps.includes('int8-linear') || steps.includes('int8-all'))
        return 'Dynamic int8 runs on CPU kernels; on a GPU use fp16 instead.';
      if (option.kind === 'gpu-batched' && service !== 'tei' && service !== 'model-server' && service !== 'batch-job')
        return 'Dynamic batching needs a server that batches (TEI or Triton); a FastAPI handler runs one request per call.';
      return undefined;
    }
    if (kind('optimisation') === 'fp16') return 'fp16 / bf16 weights need a GPU: CPUs have no fast 16-bit arithmetic.';
    const max = platform?.limits.maxVcpus?.value;
    if (max !== undefined && vcpus > max) return `${platform!.label} gives an instance at most ${max} vCPU.`;
    return undefined;
  },

  // A hosted LLM is the provider's model: corrections cannot retrain it, only the prompt and a test set.
  monitoring: ({ option, kind, chosen }) =>
    option.flags.includes('retrains') && kind('model') === 'llm-api'
      ? `${chosen('model')!.label} cannot be retrained on your corrections: the model is the provider's. Watch the prediction distribution per language, and keep a labelled test set to re-run when the prompt or the model changes.`
      : undefined,
};

/** The options of a decision that earlier answers leave open. */
export function availableOptions(data: SimulatorData, selection: Selection, decision: Decision): Option[] {
  return decision.options.filter((o) => unavailableReason(data, selection, decision, o) === undefined);
}

/**
 * Bring a selection back into agreement with its own choices, in journey order: a later choice that an
 * earlier one now rules out (after a detour) is cleared, to be asked again; a decision with one open
 * option left is answered with it, so the reader is never asked a question with one answer.
 */
export function settleSelection(data: SimulatorData, selection: Selection): Selection {
  const choices = { ...selection.choices };
  // One selection object whose choices change as the walk goes: the rules read only earlier choices.
  const current: Selection = { choices, mitigations: selection.mitigations };
  let changed = false;
  let asking = true;
  for (const decision of decisionsInOrder(data)) {
    const id = decision.id as DecisionId;
    const optionId = choices[id];
    if (optionId !== undefined) {
      const option = indexData(data).options.get(id)?.get(optionId);
      if (option && unavailableReason(data, current, decision, option) === undefined) continue;
      delete choices[id];
      changed = true;
    }
    if (!asking) continue;
    const open = availableOptions(data, current, decision);
    if (open.length === 1 && decision.options.length > 1) {
      choices[id] = open[0]!.id;
      changed = true;
    } else asking = false;
  }
  return changed ? current : selection;
}

const ordered = new WeakMap<SimulatorData, Decision[]>();
/** The data's decisions in journey order (DECISION_IDS), looked up once per data object. */
function decisionsInOrder(data: SimulatorData): Decision[] {
  let list = ordered.get(data);
  if (!list) {
    const index = indexData(data);
    list = DECISION_IDS.flatMap((id) => index.decisions.get(id) ?? []);
    ordered.set(data, list);
  }
  return list;
}

/**
 * Why a detour cannot be taken from this selection (it would set an option that its own or earlier
 * choices rule out), or undefined when it can. The card shows such a detour disabled with the reason.
 */
export function detourUnavailableReason(data: SimulatorData, selection: Selection, detour: Detour): string | undefined {
  const next: Selection = { choices: { ...selection.choices, ...detour.set }, mitigations: selection.mitigations };
  const index = indexData(data);
  for (const [decisionId, optionId] of Object.entries(detour.set)) {
    const decision = index.decisions.get(decisionId);
    const option = index.options.get(decisionId)?.get(optionId);
    if (!decision || !option) return 'unknown option';
    const reason = unavailableReason(data, next, decision, option);
    if (reason) return reason;
  }
  return undefined;
}

/** Detour id → why it cannot be taken from this selection, for the detours of a pitfall that are ruled out. */
export function detoursRuledOut(
  data: SimulatorData,
  selection: Selection,
  pitfall: { detours: Detour[] },
): Record<string, string> {
  return Object.fromEntries(
    pitfall.detours.flatMap((d) => {
      const reason = detourUnavailableReason(data, selection, d);
      return reason ? [[d.id, reason]] : [];
    }),
  );
}
