import { DEFAULT_DRIFT, driftingStream, windowMix } from '../../lab/drift.ts';
import { markdownTable, percent } from '../../lab/markdown.ts';
import { monitorWindows } from '../../lab/monitor.ts';
import { lineChart } from './charts.ts';
import { chartWithTable, paragraph, tableElement } from './dom.ts';
import { ensureData, ensureWorker, predictLanguages, type LabState } from './lab-state.ts';

/** Monitoring: a drifting stream through model A, PSI per window against window 0, alerts at the chapter's thresholds. */
export async function runMonitorStep(state: LabState, output: HTMLElement): Promise<string> {
  const data = await ensureData(state);
  const worker = await ensureWorker();
  const stream = driftingStream(data.byArticle.test, data.unseen, state.languages, DEFAULT_DRIFT);
  const predictions = [];
  for (const window of stream)
    predictions.push(
      await predictLanguages(
        worker,
        'A',
        window.map(({ text }) => text),
      ),
    );
  const reports = monitorWindows(predictions, state.languages, state.thresholds);
  const worst = (r: (typeof reports)[number]) => Object.entries(r.confidencePsi).sort((a, b) => b[1] - a[1])[0];
  const { psiWatch, psiAlert } = state.thresholds;
  const header = [
    'window',
    'growing language share',
    'unseen share',
    'mean confidence',
    'label-share PSI',
    'worst confidence PSI',
    'level',
  ];
  const rows = reports.map((r) => {
    const t = r.window / (DEFAULT_DRIFT.windows - 1);
    const mix = Object.fromEntries(windowMix(state.languages, DEFAULT_DRIFT, t));
    const w = worst(r);
    return [
      r.window,
      percent(mix[DEFAULT_DRIFT.growing] ?? 0, 0),
      percent(mix.unseen ?? 0, 0),
      percent(r.meanConfidence),
      r.labelPsi.toFixed(3),
      w ? `${w[0]} ${w[1].toFixed(3)}` : '–',
      r.level,
    ];
  });
  const firstAlert = reports.find((r) => r.level === 'alert');
  const yMax = Math.max(psiAlert * 2, ...reports.map((r) => r.labelPsi));
  const chart = lineChart(
    'PSI per window against window 0',
    [
      { name: 'label-share PSI', points: reports.map((r) => [r.window, r.labelPsi] as [number, number]) },
      { name: 'worst confidence PSI', points: reports.map((r) => [r.window, worst(r)?.[1] ?? 0] as [number, number]) },
    ],
    { x: 'window', y: 'PSI', xMax: DEFAULT_DRIFT.windows - 1, yMax },
    [
      { value: psiWatch, label: `watch ${psiWatch}` },
      { value: psiAlert, label: `alert ${psiAlert}` },
    ],
  );
  const alert = paragraph(
    firstAlert
      ? `Alert: PSI above ${psiAlert} in window ${firstAlert.window} (label-share PSI ${firstAlert.labelPsi.toFixed(3)}).`
      : `No alert: every PSI stayed at or below ${psiAlert}.`,
    firstAlert ? 'lab-alert' : 'lab-calm',
  );
  alert.setAttribute('role', 'alert');
  output.replaceChildren(
    paragraph(
      `Measured here: ${stream.length} windows of ${DEFAULT_DRIFT.perWindow} messages (seed ${DEFAULT_DRIFT.seed}). Turkish grows towards ${percent(DEFAULT_DRIFT.growingShareAtEnd, 0)}, Danish appears half-way, texts shrink towards ${DEFAULT_DRIFT.wordsAtEnd} words. Thresholds from the running example: watch above ${psiWatch}, alert above ${psiAlert}. The level is the worst of the label-share PSI and each language's confidence PSI (computed from 100 messages of a language on up): shorter texts lower the confidence before they change which languages are predicted.`,
    ),
    alert,
    chartWithTable(chart, tableElement('Monitoring per window', header, rows)),
  );
  return ['## Monitoring', '', markdownTable(header, rows)].join('\n');
}
