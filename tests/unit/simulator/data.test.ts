import { describe, expect, it } from 'vitest';
import { readSourceIds } from '../../../src/content/simulator-files';
import { figureSchema, pitfallSchema, type SimulatorData } from '../../../src/simulator/schema';
import { validateSimulatorData } from '../../../src/simulator/validate-data';
import { simulatorData } from './load-data';

const sources = readSourceIds(process.cwd());
const clone = (): SimulatorData => structuredClone(simulatorData());

describe('the simulator data', () => {
  it('passes every cross-reference check', () => {
    expect(validateSimulatorData(simulatorData(), sources)).toEqual([]);
  });

  it('offers the options of each stage, from rules to a hosted LLM and nine platforms', () => {
    const options = (id: string) =>
      simulatorData()
        .decisions.find((d) => d.id === id)!
        .options.map((o) => o.id);
    expect(options('model')).toEqual([
      'rules',
      'tfidf',
      'fasttext',
      'distilmbert',
      'mbert',
      'xlmr-base',
      'xlmr-large',
      'minilm',
      'llm-api',
    ]);
    expect(options('platform')).toHaveLength(9);
    expect(options('optimisation')).toHaveLength(8);
    expect(options('service')).toHaveLength(7);
    expect(options('hardware')).toEqual(['cpu-1', 'cpu-2', 'cpu-4', 'gpu-batched', 'gpu-unbatched']);
    expect(options('monitoring')).toHaveLength(4);
  });

  it('gives each platform its limits and scorecard attributes, each with a source or a judgement label', () => {
    for (const platform of simulatorData().platforms) {
      for (const attribute of Object.values(platform.scorecard)) {
        expect(
          attribute.source === 'judgement' || sources.has(attribute.source),
          `${platform.id}: ${attribute.source}`,
        ).toBe(true);
      }
    }
    const lambdaZip = simulatorData().platforms.find((p) => p.id === 'lambda-zip')!;
    expect(lambdaZip.limits.maxPackageMB).toMatchObject({ value: 250, source: 'aws-lambda-quotas' });
    expect(simulatorData().platforms.find((p) => p.id === 'azure-flex')!.limits.maxMemoryMB?.value).toBe(4096);
    expect(simulatorData().platforms.find((p) => p.id === 'sagemaker-serverless')!.limits.maxMemoryMB?.value).toBe(
      6144,
    );
  });

  it('gives every pitfall at least one detour and a link into the chapters', () => {
    for (const pitfall of simulatorData().pitfalls) {
      expect(pitfall.detours.length).toBeGreaterThan(0);
      expect(pitfall.sources.length).toBeGreaterThan(0);
    }
  });
});

describe('the checks refuse bad data, naming the file and the entry', () => {
  it('an unknown source id', () => {
    const data = clone();
    data.decisions.find((d) => d.id === 'model')!.options[3]!.figures.weightsMB!.source = 'no-such-source';
    expect(validateSimulatorData(data, sources)).toEqual([
      'content/simulator/decisions.yaml entry model option distilmbert weightsMB: unknown source "no-such-source"',
    ]);
  });

  it('an unknown chapter slug or section', () => {
    const data = clone();
    data.pitfalls[0]!.chapter = 'deployment';
    data.pitfalls[1]!.anchor = 'nowhere';
    expect(validateSimulatorData(data, sources)).toEqual([
      expect.stringMatching(
        /^content\/simulator\/pitfalls\.yaml entry lambda-zip-over-250mb: unknown chapter "deployment"/,
      ),
      'content/simulator/pitfalls.yaml entry package-over-platform-limit: chapter "platforms" has no section "nowhere"',
    ]);
  });

  it('an unknown option, decision, metric or mitigation in a condition or detour', () => {
    const data = clone();
    data.pitfalls[0]!.when = {
      all: [
        { choice: 'platform', in: ['lambda-zipped'] },
        { metric: 'packageGB', gt: 1 },
      ],
    };
    data.pitfalls[0]!.detours[0]!.set = { runtime: 'x' };
    data.pitfalls[0]!.detours[0]!.mitigation = 'prayer';
    const problems = validateSimulatorData(data, sources);
    expect(problems).toContain(
      'content/simulator/pitfalls.yaml entry lambda-zip-over-250mb: unknown option "lambda-zipped" of decision "platform"',
    );
    expect(problems).toContain(
      'content/simulator/pitfalls.yaml entry lambda-zip-over-250mb: unknown metric "packageGB"',
    );
    expect(problems).toContain(
      'content/simulator/pitfalls.yaml entry lambda-zip-over-250mb detour use-container-image: unknown decision "runtime"',
    );
    expect(problems).toContain(
      'content/simulator/pitfalls.yaml entry lambda-zip-over-250mb detour use-container-image: unknown mitigation "prayer"',
    );
  });

  it('an unknown stage and a missing figure', () => {
    const data = clone();
    data.decisions[0]!.stage = 'training';
    delete data.decisions.find((d) => d.id === 'model')!.options[0]!.figures.quality;
    expect(validateSimulatorData(data, sources)).toEqual([
      'content/simulator/decisions.yaml entry languages: unknown stage "training"',
      'content/simulator/decisions.yaml entry model option rules: missing figure "quality"',
    ]);
  });

  it('an estimate without its reasoning, and a pitfall without a detour', () => {
    expect(figureSchema.safeParse({ value: 3, source: 'estimate' }).success).toBe(false);
    const pitfall = { ...simulatorData().pitfalls[0]!, detours: [] };
    expect(pitfallSchema.safeParse(pitfall).success).toBe(false);
  });

  it('an option the model branches on without its kind, or with a kind of another decision', () => {
    const data = clone();
    const optimisation = data.decisions.find((d) => d.id === 'optimisation')!;
    delete optimisation.options.find((o) => o.id === 'onnx')!.kind;
    optimisation.options.find((o) => o.id === 'vocab-trim')!.kind = 'transformer';
    expect(validateSimulatorData(data, sources)).toEqual([
      'content/simulator/decisions.yaml entry optimisation option vocab-trim: kind "transformer" is not one of none, distillation, vocab-trim, onnx, int8-linear, int8-all, fp16',
      'content/simulator/decisions.yaml entry optimisation option vocab-trim: its kind is its last step, "vocab-trim"',
      'content/simulator/decisions.yaml entry optimisation option onnx: needs a kind (none, distillation, vocab-trim, onnx, int8-linear, int8-all, fp16)',
    ]);
  });

  it('optimisation steps out of the order a team applies them', () => {
    const data = clone();
    data.decisions.find((d) => d.id === 'optimisation')!.options.find((o) => o.id === 'trim-int8')!.steps = [
      'onnx',
      'vocab-trim',
      'int8-all',
    ];
    expect(validateSimulatorData(data, sources)).toEqual([
      'content/simulator/decisions.yaml entry optimisation option trim-int8: steps must follow the order a team applies them (distillation, vocab-trim, onnx, int8-linear, int8-all, fp16)',
    ]);
  });

  it('a model without a framework, an unknown flag and a kind a condition cannot match', () => {
    const data = clone();
    const model = data.decisions.find((d) => d.id === 'model')!;
    delete model.options[0]!.framework;
    model.options[1]!.flags = ['transformer'];
    data.pitfalls[0]!.when = { optionKind: 'model', in: ['int8-all'] };
    expect(validateSimulatorData(data, sources)).toEqual([
      'content/simulator/decisions.yaml entry model option rules: a model needs a framework',
      'content/simulator/decisions.yaml entry model option tfidf: unknown flag "transformer" (known: example, multilingual, distilled, retrains)',
      'content/simulator/pitfalls.yaml entry lambda-zip-over-250mb: "int8-all" is not a kind of model option',
    ]);
  });

  it('a source cited in code that content/sources does not define', () => {
    const without = new Set([...sources].filter((id) => id !== 'python-312-slim-size'));
    expect(validateSimulatorData(simulatorData(), without)).toContain(
      'src/simulator (a source cited in code): unknown source "python-312-slim-size"',
    );
  });
});

describe('renaming an option', () => {
  it('cannot change a number: the model reads kinds, not ids', async () => {
    const { computeMetrics } = await import('../../../src/simulator/metrics');
    const data = clone();
    data.decisions.find((d) => d.id === 'optimisation')!.options.find((o) => o.id === 'distil-trim-int8')!.id =
      'student';
    const choices = { languages: 'ten', model: 'xlmr-base', optimisation: 'student' };
    const renamed = computeMetrics(data, { choices, mitigations: [] }).modelMB!.value;
    const original = computeMetrics(simulatorData(), {
      choices: { ...choices, optimisation: 'distil-trim-int8' },
      mitigations: [],
    }).modelMB!.value;
    expect(renamed).toBe(original);
    expect(renamed).toBeLessThan(1112);
  });
});
