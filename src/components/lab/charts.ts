// Charts as SVG markup generated from data: both themes through currentColor and CSS variables, a title and
// description for screen readers, and always a table next to them (see dom.ts chartWithTable).

const W = 640;
const H = 260;
const M = { top: 16, right: 16, bottom: 40, left: 56 };

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

function frame(title: string, description: string, body: string): string {
  return `<svg viewBox="0 0 ${W} ${H}" role="img" aria-label="${escape(title)}" class="lab-svg"><title>${escape(title)}</title><desc>${escape(description)}</desc>${body}</svg>`;
}

const axisLabel = (x: number, y: number, text: string, anchor = 'middle') =>
  `<text x="${x}" y="${y}" text-anchor="${anchor}" class="lab-svg-label">${escape(text)}</text>`;

/** Grouped vertical bars: one group per category, one bar per series (values 0–max). */
export function barChart(
  title: string,
  categories: readonly string[],
  series: readonly { name: string; values: readonly number[] }[],
  max: number,
  format: (value: number) => string,
): string {
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const groupW = plotW / Math.max(1, categories.length);
  const barW = (groupW * 0.8) / Math.max(1, series.length);
  let body = `<line x1="${M.left}" y1="${M.top + plotH}" x2="${W - M.right}" y2="${M.top + plotH}" class="lab-svg-axis"/>`;
  body +=
    axisLabel(M.left - 6, M.top + 10, format(max), 'end') + axisLabel(M.left - 6, M.top + plotH, format(0), 'end');
  categories.forEach((category, i) => {
    series.forEach((s, j) => {
      const value = s.values[i] ?? 0;
      const h = max > 0 ? (Math.max(0, value) / max) * plotH : 0;
      const x = M.left + i * groupW + groupW * 0.1 + j * barW;
      body += `<rect x="${x.toFixed(1)}" y="${(M.top + plotH - h).toFixed(1)}" width="${(barW - 2).toFixed(1)}" height="${h.toFixed(1)}" class="lab-svg-series-${j}"><title>${escape(`${category}, ${s.name}: ${format(value)}`)}</title></rect>`;
    });
    body += axisLabel(M.left + i * groupW + groupW / 2, H - M.bottom + 16, category);
  });
  body += legend(series.map(({ name }) => name));
  return frame(title, `${series.map((s) => s.name).join(' and ')} for ${categories.join(', ')}.`, body);
}

function legend(names: readonly string[]): string {
  return names
    .map((name, j) => {
      const x = M.left + j * 180;
      return `<rect x="${x}" y="${H - 14}" width="10" height="10" class="lab-svg-series-${j}"/>${axisLabel(x + 14, H - 5, name, 'start')}`;
    })
    .join('');
}

/** Lines over x (linear), each series a list of [x, y]; optional horizontal reference lines (e.g. thresholds). */
export function lineChart(
  title: string,
  series: readonly { name: string; points: readonly (readonly [number, number])[] }[],
  axes: { x: string; y: string; xMax: number; yMax: number },
  references: readonly { value: number; label: string }[] = [],
): string {
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const sx = (x: number) => M.left + (axes.xMax > 0 ? (x / axes.xMax) * plotW : 0);
  const sy = (y: number) => M.top + plotH - (axes.yMax > 0 ? (Math.min(y, axes.yMax) / axes.yMax) * plotH : 0);
  let body = `<line x1="${M.left}" y1="${M.top + plotH}" x2="${W - M.right}" y2="${M.top + plotH}" class="lab-svg-axis"/><line x1="${M.left}" y1="${M.top}" x2="${M.left}" y2="${M.top + plotH}" class="lab-svg-axis"/>`;
  body +=
    axisLabel(M.left - 6, M.top + 10, axes.yMax.toFixed(2), 'end') + axisLabel(M.left - 6, M.top + plotH, '0', 'end');
  body +=
    axisLabel(M.left + plotW / 2, H - M.bottom + 16, axes.x) +
    axisLabel(W - M.right, H - M.bottom + 16, String(axes.xMax), 'end');
  for (const { value, label } of references) {
    body += `<line x1="${M.left}" x2="${W - M.right}" y1="${sy(value).toFixed(1)}" y2="${sy(value).toFixed(1)}" class="lab-svg-reference"/>${axisLabel(W - M.right - 4, sy(value) - 4, label, 'end')}`;
  }
  series.forEach(({ points }, j) => {
    const d = points.map(([x, y], i) => `${i ? 'L' : 'M'}${sx(x).toFixed(1)},${sy(y).toFixed(1)}`).join('');
    body += `<path d="${d}" class="lab-svg-line lab-svg-stroke-${j}"/>`;
  });
  body += legend(series.map(({ name }) => name));
  return frame(title, `${axes.y} against ${axes.x}.`, body);
}

/** Points on a log-scaled x axis (bytes) against y 0–1, with vertical reference lines (platform limits). */
export function sizeAccuracyChart(
  title: string,
  points: readonly { label: string; bytes: number; accuracy: number }[],
  limits: readonly { label: string; bytes: number }[],
): string {
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const minLog = Math.log10(100 * 1024);
  const maxLog = Math.log10(20 * 1024 ** 3);
  const sx = (bytes: number) => M.left + ((Math.log10(Math.max(bytes, 1)) - minLog) / (maxLog - minLog)) * plotW;
  const yMin = 0.5;
  const sy = (y: number) => M.top + plotH - ((Math.max(y, yMin) - yMin) / (1 - yMin)) * plotH;
  let body = `<line x1="${M.left}" y1="${M.top + plotH}" x2="${W - M.right}" y2="${M.top + plotH}" class="lab-svg-axis"/><line x1="${M.left}" y1="${M.top}" x2="${M.left}" y2="${M.top + plotH}" class="lab-svg-axis"/>`;
  body += axisLabel(M.left - 6, M.top + 10, '100 %', 'end') + axisLabel(M.left - 6, M.top + plotH, '50 %', 'end');
  for (const [bytes, text] of [
    [1024 ** 2, '1 MB'],
    [100 * 1024 ** 2, '100 MB'],
    [1024 ** 3, '1 GB'],
  ] as const)
    body += axisLabel(sx(bytes), H - M.bottom + 16, text);
  for (const { label, bytes } of limits) {
    const x = sx(bytes).toFixed(1);
    body += `<line x1="${x}" x2="${x}" y1="${M.top}" y2="${M.top + plotH}" class="lab-svg-reference"/>${axisLabel(Number(x) - 4, M.top + 12, label, 'end')}`;
  }
  points.forEach(({ label, bytes, accuracy }, i) => {
    body += `<circle cx="${sx(bytes).toFixed(1)}" cy="${sy(accuracy).toFixed(1)}" r="5" class="lab-svg-series-${i === 0 ? 1 : 0}" data-point><title>${escape(`${label}: ${(accuracy * 100).toFixed(1)} %`)}</title></circle>`;
  });
  body += axisLabel(M.left + plotW / 2, H - 5, 'model size (log scale)');
  return frame(title, 'Accuracy against model size, one point per run, with platform size limits for scale.', body);
}
