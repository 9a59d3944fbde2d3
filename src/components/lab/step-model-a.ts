import { LANGUAGE_NAMES } from '../../lab/languages.ts';
import { formatMs, markdownTable, percent } from '../../lab/markdown.ts';
import { OTHER } from '../../lab/metrics.ts';
import { buildProbes, codeSwitchReading, labelShares, type Evaluation } from '../../lab/pipeline.ts';
import { barChart } from './charts.ts';
import { chartWithTable, paragraph, tableElement } from './dom.ts';
import { ensureData, ensureWorker, evaluateInWorker, predictLanguages, type LabState } from './lab-state.ts';

/** Per-language F1 of one or two models as a chart with its table. */
export function f1Chart(state: LabState, title: string, models: readonly { name: string; evaluation: Evaluation }[]) {
  const chart = barChart(
    title,
    state.languages,
    models.map(({ name, evaluation }) => ({ name, values: evaluation.perLanguage.map(({ f1 }) => f1) })),
    1,
    (v) => percent(v, 0),
  );
  const table = tableElement(
    title,
    ['language', 'test paragraphs', ...models.map(({ name }) => `${name} F1`)],
    state.languages.map((lang, i) => [
      `${LANGUAGE_NAMES[lang]} (${lang})`,
      models[0]!.evaluation.perLanguage[i]!.support,
      ...models.map(({ evaluation }) => percent(evaluation.perLanguage[i]!.f1)),
    ]),
  );
  return chartWithTable(chart, table);
}

/** Model A: lid.176.ftz on the test split, the confusion per language, and the hard cases. */
export async function runModelAStep(state: LabState, output: HTMLElement): Promise<string> {
  const data = await ensureData(state);
  const loadStart = performance.now();
  const worker = await ensureWorker();
  const loadMs = performance.now() - loadStart;
  const test = data.byArticle.test;
  const predictStart = performance.now();
  const evaluation = await evaluateInWorker(state, worker, 'A', test);
  const predictMs = performance.now() - predictStart;
  state.modelA = evaluation;

  const probes = buildProbes(test, data.unseen, state.languages);
  const shortRows = await Promise.all(
    probes.short.map(async ({ words, samples }) => {
      const score = await evaluateInWorker(state, worker, 'A', samples);
      return [`${words} word${words > 1 ? 's' : ''}`, samples.length, percent(score.accuracy)];
    }),
  );
  const switched = await predictLanguages(
    worker,
    'A',
    probes.codeSwitched.map(({ text }) => text),
  );
  const reading = codeSwitchReading(
    probes.codeSwitched,
    switched.map(({ predicted }) => predicted),
  );
  const unseen = await predictLanguages(
    worker,
    'A',
    probes.unseen.map(({ text }) => text),
  );
  const unseenShares = labelShares(unseen.map(({ predicted }) => predicted)).slice(0, 3);
  const hardRows = [
    ...shortRows,
    [
      'code-switched: read as first / second half’s language',
      probes.codeSwitched.length,
      `${percent(reading.first)} / ${percent(reading.second)}`,
    ],
    [
      'Danish, not in the set: taken for',
      probes.unseen.length,
      unseenShares.map(({ label, share }) => `${label} ${percent(share, 0)}`).join(', '),
    ],
  ];
  const confusionHeader = ['gold \\ predicted', ...state.languages, OTHER];
  const confusionRows = state.languages.map((gold) => [
    gold,
    ...[...state.languages, OTHER].map((p) => evaluation.confusion[gold]?.[p] ?? 0),
  ]);
  const mixups =
    evaluation.mixups.map(({ gold, predicted, count }) => `${gold} → ${predicted} ×${count}`).join(', ') || 'none';

  output.replaceChildren(
    paragraph(
      `Measured here: loading fastText's WebAssembly and lid.176.ftz took ${formatMs(loadMs)}; ${test.length} test paragraphs classified in ${formatMs(predictMs)} including the trip to the worker. Accuracy ${percent(evaluation.accuracy)}, macro-F1 ${percent(evaluation.macroF1)}. Mix-ups: ${mixups}.`,
    ),
    f1Chart(state, 'Model A: F1 per language', [{ name: 'model A', evaluation }]),
    tableElement('Model A: confusion per language (rows: true language)', confusionHeader, confusionRows),
    tableElement('Model A on hard cases', ['probe', 'texts', 'result'], hardRows),
  );
  return [
    '## Model A (lid.176.ftz)',
    '',
    `Accuracy ${percent(evaluation.accuracy)}, macro-F1 ${percent(evaluation.macroF1)} on ${test.length} test paragraphs; load ${formatMs(loadMs)}.`,
    '',
    markdownTable(['probe', 'texts', 'result'], hardRows),
  ].join('\n');
}
