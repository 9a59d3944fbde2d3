import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeDerivation } from '../../../src/simulator/derivations';
import { computeMetrics, languageQualities } from '../../../src/simulator/metrics';
import { metricsFrom, simulatorData } from './load-data';

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
  hardware: 'cpu-2',
  monitoring: 'drift-feedback',
};
const metricsOf = metricsFrom(BASE);

describe('computeMetrics', () => {
  it('leaves a metric out until its inputs are chosen', () => {
    const metrics = computeMetrics(simulatorData(), { choices: { model: 'mbert' }, mitigations: [] });
    expect(metrics).toEqual({});
  });

  it('keeps multilingual embeddings in fp32 under PyTorch dynamic int8, which quantizes Linear layers only', () => {
    const metrics = metricsOf({ optimisation: 'dynamic-int8' });
    // XLM-R base: embeddings 768 MB stay fp32, the 344 MB encoder body shrinks 4×: 768 + 86 = 854 MB.
    expect(metrics.modelMB!.value).toBe(768 + (1112 - 768) / 4);
    expect(Math.round(metrics.sizeSavingPct!.value)).toBe(23);
    expect(describeDerivation('modelMB', metrics.modelMB!)).toContain('embeddings 768 MB');
    expect(describeDerivation('modelMB', metrics.modelMB!)).toContain('embeddings still fp32');
    expect(metricsOf({ optimisation: 'full-int8' }).modelMB!.value).toBe(278);
  });

  it('adds up the package from base image, runtime and model, and says so', () => {
    const metrics = metricsOf({ model: 'mbert', platform: 'lambda-zip' });
    expect(metrics.packageMB!.value).toBe(780 + 711);
    expect(describeDerivation('packageMB', metrics.packageMB!)).toBe('1.49 GB = runtime 780 MB + model 711 MB');
    expect(describeDerivation('packageMB', metricsOf({ model: 'mbert' }, ['model-in-image']).packageMB!)).toBe(
      '1.62 GB = base image 130 MB + runtime 780 MB + model 711 MB',
    );
    expect(metricsOf({ service: 'fastapi-torch-cuda' }).runtimeMB!.value).toBe(3770);
  });

  it('counts model files downloaded into Cloud Run’s in-memory filesystem, unless baked into the image', () => {
    const downloaded = metricsOf().memoryMB!.value;
    const baked = metricsOf({}, ['model-in-image']).memoryMB!.value;
    expect(downloaded - baked).toBe(1112);
    expect(describeDerivation('memoryMB', metricsOf().memoryMB!)).toContain('downloaded files held in RAM');
  });

  it('counts a model baked into the image once: in the image, not downloaded into memory too', () => {
    const baked = metricsOf({}, ['model-in-image']);
    const downloaded = metricsOf();
    expect(baked.packageMB!.value - downloaded.packageMB!.value).toBe(1112);
    expect(describeDerivation('memoryMB', baked.memoryMB!)).not.toContain('downloaded');
    expect(describeDerivation('packageMB', downloaded.packageMB!)).toContain('downloaded at start, not in the image');
  });

  it('gives an API client the memory of a Python web process, not a few megabytes', () => {
    const memory = metricsOf({ model: 'llm-api' }).memoryMB!.value;
    // 60 MB Python process + 20 MB runtime × 0.25 resident + no weights.
    expect(memory).toBe(60 + 20 * 0.25);
  });

  it('turns ten per-language models into ten services, or one model server', () => {
    expect(metricsOf({ strategy: 'per-language' }).servicesToRun!.value).toBe(10);
    expect(metricsOf({ strategy: 'per-language', service: 'model-server' }).servicesToRun!.value).toBe(1);
    expect(metricsOf({ strategy: 'per-language', service: 'model-server' }, ['model-in-image']).packageMB!.value).toBe(
      130 + 1000 + 10 * 1112,
    );
  });

  it('doubles the model’s compute when translating first, not the fixed 5 ms per request', () => {
    const compute = metricsOf().latencyMs!.value - 5;
    expect(metricsOf({ strategy: 'translate-first' }).latencyMs!.value).toBeCloseTo(2 * compute + 5, 6);
  });

  it('leaves far languages behind with zero-shot transfer, but not with labels everywhere', () => {
    const zeroShot = metricsOf({ model: 'mbert', strategy: 'zero-shot' });
    // mBERT's zero-shot XNLI gap unit, 19.3 points (English 81.4 − Arabic 62.1), × Turkish's distance 0.85
    // = 16.405, on a per-language score rounded to 0.1: 86 − 16.405 = 69.595 → 69.6, a 16.4-point gap.
    expect(zeroShot.qualityGapPts!.value).toBeCloseTo(16.4, 6);
    expect(describeDerivation('qualityWorstPct', zeroShot.qualityWorstPct!)).toContain('Turkish');
    // Labels in every language close half of mBERT's 11-point translate-train gap: Turkish (distance 0.85)
    // still trails English by 11 × 0.5 × 0.85 = 4.675 points: 86 − 4.675 = 81.325 → 81.3, a 4.7-point gap.
    const labelled = metricsOf({ model: 'mbert' });
    expect(labelled.qualityGapPts!.value).toBeCloseTo(4.7, 6);
    expect(describeDerivation('qualityWorstPct', labelled.qualityWorstPct!)).toContain('Turkish');
    const perLanguageFew = languageQualities(simulatorData(), {
      choices: { ...BASE, strategy: 'per-language', 'labelled-data': 'few-languages' },
      mitigations: [],
    })!;
    expect(perLanguageFew.filter((l) => l.quality === null).map((l) => l.code)).toEqual([
      'es',
      'it',
      'nl',
      'pt',
      'pl',
      'sv',
      'tr',
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
    expect(cost.sources).toContain('lambda-pricing-2026');
    expect(cost.sources).toContain('aws-lambda-init-billing');
    expect(describeDerivation('monthlyCostUSD', cost)).toMatch(/^\$[\d.,]+ = 1\.2 M requests × \$0\.2\/M \+ /);
  });
});
