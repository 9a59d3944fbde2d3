import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeMetrics, languageQualities, type Selection } from '../../../src/simulator/metrics';
import { simulatorData } from './load-data';

const BASE = {
  languages: 'ten',
  traffic: 'medium',
  latency: 'realtime',
  residency: 'must-stay',
  'labelled-data': 'plenty',
  strategy: 'multilingual',
  model: 'xlmr-base',
  optimisation: 'none',
  service: 'fastapi-torch-cpu',
  platform: 'cloud-run',
  monitoring: 'drift-feedback',
};
const metricsOf = (changes: Record<string, string> = {}, mitigations: string[] = []) =>
  computeMetrics(simulatorData(), { choices: { ...BASE, ...changes }, mitigations } as Selection);

describe('computeMetrics', () => {
  it('leaves a metric out until its inputs are chosen', () => {
    const metrics = computeMetrics(simulatorData(), { choices: { model: 'mbert' }, mitigations: [] });
    expect(metrics).toEqual({});
  });

  it('keeps multilingual embeddings in fp32 under dynamic int8 (FACTS §4)', () => {
    const metrics = metricsOf({ optimisation: 'dynamic-int8' });
    expect(metrics.modelMB!.value).toBe(856);
    expect(Math.round(metrics.sizeSavingPct!.value)).toBe(23);
    expect(metrics.modelMB!.explain()).toContain('word embeddings (768 MB) still fp32');
    expect(metricsOf({ optimisation: 'full-int8' }).modelMB!.value).toBe(278);
  });

  it('adds up the package from base image, runtime and model, and says so', () => {
    const metrics = metricsOf({ model: 'mbert', platform: 'lambda-zip' });
    expect(metrics.packageMB!.value).toBe(780 + 711);
    expect(metrics.packageMB!.explain()).toBe('1.49 GB = runtime 780 MB + model 711 MB');
    expect(metricsOf({ model: 'mbert' }).packageMB!.explain()).toBe(
      '1.61 GB = base image 120 MB + runtime 780 MB + model 711 MB',
    );
    expect(metricsOf({ service: 'fastapi-torch-cuda' }).runtimeMB!.value).toBe(3770);
  });

  it('counts model files downloaded into Cloud Run’s in-memory filesystem, unless baked into the image', () => {
    const downloaded = metricsOf().memoryMB!.value;
    const baked = metricsOf({}, ['model-in-image']).memoryMB!.value;
    expect(downloaded - baked).toBe(1112);
    expect(metricsOf().memoryMB!.explain()).toContain('downloaded files held in RAM');
  });

  it('turns ten per-language models into ten services, or one model server', () => {
    expect(metricsOf({ strategy: 'per-language' }).servicesToRun!.value).toBe(10);
    expect(metricsOf({ strategy: 'per-language', service: 'model-server' }).servicesToRun!.value).toBe(1);
    expect(metricsOf({ strategy: 'per-language', service: 'model-server' }).packageMB!.value).toBe(
      120 + 1000 + 10 * 1112,
    );
  });

  it('doubles latency when translating first', () => {
    expect(metricsOf({ strategy: 'translate-first' }).latencyMs!.value).toBe(2 * metricsOf().latencyMs!.value);
  });

  it('leaves far languages behind with zero-shot transfer, but not with labels everywhere', () => {
    const zeroShot = metricsOf({ model: 'mbert', strategy: 'zero-shot' });
    expect(zeroShot.qualityGapPts!.value).toBe(19);
    expect(zeroShot.qualityWorstPct!.explain()).toContain('Arabic');
    expect(metricsOf({ model: 'mbert' }).qualityGapPts!.value).toBe(0);
    const perLanguageFew = languageQualities(simulatorData(), {
      choices: { ...BASE, strategy: 'per-language', 'labelled-data': 'few-languages' },
      mitigations: [],
    })!;
    expect(perLanguageFew.filter((l) => l.quality === null).map((l) => l.code)).toEqual([
      'fr',
      'it',
      'pt',
      'nl',
      'pl',
      'tr',
      'ar',
    ]);
  });

  it('never lets cost fall as traffic grows, on any platform', () => {
    const platforms = simulatorData().platforms.map((p) => p.id);
    fc.assert(
      fc.property(
        fc.constantFrom(...platforms),
        fc.constantFrom('rules', 'fasttext', 'mbert', 'xlmr-large', 'llm-api'),
        (platform, model) => {
          const cost = (traffic: string) => metricsOf({ platform, model, traffic }).monthlyCostUSD!.value;
          return cost('low') <= cost('medium') && cost('medium') <= cost('high');
        },
      ),
    );
  });

  it('prices Lambda from its published rates', () => {
    const cost = metricsOf({
      platform: 'lambda-image',
      model: 'minilm',
      optimisation: 'full-int8',
      service: 'fastapi-onnx',
    }).monthlyCostUSD!;
    expect(cost.sources).toContain('aws-pricing-whitepaper-lambda');
    expect(cost.explain()).toMatch(/^\$\d+ = 6 M requests × \$0\.2\/M \+ /);
  });
});
