import { markdownTable } from '../../lab/markdown.ts';
import { LANGUAGE_NAMES } from '../../lab/languages.ts';
import { barChart } from './charts.ts';
import { chartWithTable, paragraph, tableElement } from './dom.ts';
import { ensureData, type LabState } from './lab-state.ts';

/** The data step: fetch the UDHR paragraphs, clean them in counted steps, split by article, show the balance. */
export async function runDataStep(state: LabState, output: HTMLElement): Promise<string> {
  const started = performance.now();
  const data = await ensureData(state);
  const ms = performance.now() - started;
  const { byArticle, steps, balance } = data;
  const cleaning = tableElement(
    'Cleaning steps, counted on this device',
    ['step', 'paragraphs before', 'after', 'removed'],
    steps.map((s) => [s.step, s.before, s.after, s.before - s.after]),
  );
  const rows = state.languages.map((lang) => [
    `${LANGUAGE_NAMES[lang]} (${lang})`,
    balance.train[lang] ?? 0,
    balance.test[lang] ?? 0,
  ]);
  const max = Math.max(...rows.map((r) => Number(r[1])));
  const chart = barChart(
    'Paragraphs per language, train and test',
    state.languages,
    [
      { name: 'train', values: rows.map((r) => Number(r[1])) },
      { name: 'test', values: rows.map((r) => Number(r[2])) },
    ],
    max,
    String,
  );
  const balanceTable = tableElement('Class balance (paragraphs)', ['language', 'train', 'test'], rows);
  output.replaceChildren(
    paragraph(
      `Measured here: ${data.samples.length} paragraphs after cleaning, prepared in ${Math.round(ms)} ms. Split by article: articles ${byArticle.testArticles.join(', ')} (${byArticle.testArticles.length} of 31, preamble counted as 0) are test in every language — ${byArticle.train.length} train, ${byArticle.test.length} test, no article on both sides.`,
    ),
    paragraph(
      `A random split of the same paragraphs puts ${data.leakedArticles.length} articles on both sides: the leakage the data chapter warns about. Model B's step trains on both splits and shows the accuracy the random split would have you report.`,
    ),
    cleaning,
    chartWithTable(chart, balanceTable),
  );
  return [
    '## Data',
    '',
    `${data.samples.length} paragraphs (udhr 6.0.0), test articles ${byArticle.testArticles.join(', ')}; ${byArticle.train.length} train / ${byArticle.test.length} test.`,
    '',
    markdownTable(
      ['step', 'before', 'after'],
      steps.map((s) => [s.step, s.before, s.after]),
    ),
  ].join('\n');
}
