import { summarizeLatencies } from '../../lab/harness.ts';
import { formatMs, markdownTable } from '../../lab/markdown.ts';
import { barChart } from './charts.ts';
import { chartWithTable, paragraph, tableElement } from './dom.ts';
import { loadModelARequest, startLabWorker, type LabWorker } from './lab-client.ts';
import { ensureData, type LabState } from './lab-state.ts';

const pool: LabWorker[] = [];
const bursts: { workers: number; summary: ReturnType<typeof summarizeLatencies> }[] = [];

/** Grows the pool of service workers to `size`, each with its own copy of model A. */
async function workers(size: number): Promise<LabWorker[]> {
  while (pool.length < size) {
    const worker = startLabWorker();
    await worker.call(loadModelARequest());
    pool.push(worker);
  }
  return pool.slice(0, size);
}

/**
 * The service step: model A behind a message interface in `size` workers; `requests` single-text requests are
 * sent at once, round-robin; each latency is measured on the page from send to reply (queueing included).
 */
export async function runServiceStep(
  state: LabState,
  output: HTMLElement,
  size: number,
  requests: number,
): Promise<string> {
  const data = await ensureData(state);
  const texts = data.byArticle.test.map(({ text }) => text);
  const active = await workers(size);
  const latencies: number[] = [];
  const start = performance.now();
  await Promise.all(
    Array.from({ length: requests }, (_, i) => {
      const sent = performance.now();
      return active[i % active.length]!.call({ type: 'predict', model: 'A', texts: [texts[i % texts.length]!] }).then(
        () => {
          latencies.push(performance.now() - sent);
        },
      );
    }),
  );
  const summary = summarizeLatencies(latencies, performance.now() - start);
  bursts.push({ workers: size, summary });
  const header = ['workers', 'requests', 'throughput (req/s)', 'p50', 'p95', 'max'];
  const rows = bursts.map(({ workers: n, summary: s }) => [
    n,
    s.count,
    Math.round(s.throughput),
    formatMs(s.p50),
    formatMs(s.p95),
    formatMs(s.max),
  ]);
  const labels = bursts.map(({ workers: n }, i) => `#${i + 1}: ${n}w`);
  const max = Math.max(...bursts.map(({ summary: s }) => s.p95));
  output.replaceChildren(
    paragraph(
      `Measured here: ${requests} requests to ${size} worker${size > 1 ? 's' : ''}: ${Math.round(summary.throughput)} requests per second, p50 ${formatMs(summary.p50)}, p95 ${formatMs(summary.p95)} (all sent at once, so latency includes waiting in the queue).`,
    ),
    chartWithTable(
      barChart(
        'Latency per burst, p50 and p95',
        labels,
        [
          { name: 'p50', values: bursts.map(({ summary: s }) => s.p50) },
          { name: 'p95', values: bursts.map(({ summary: s }) => s.p95) },
        ],
        max,
        formatMs,
      ),
      tableElement('Bursts', header, rows),
    ),
  );
  return ['## Service', '', markdownTable(header, rows)].join('\n');
}
