import uPlot from 'uplot';
import uPlotStyles from 'uplot/dist/uPlot.min.css?url';
import type { TrafficSweep } from '../../simulator/traffic-sweep';

/** Which figure a chart draws against traffic. */
export type ChartMetric = 'monthlyCostUSD' | 'p95LatencyMs';

/** Colours for one theme, read from the page's CSS so both themes keep their contrast. */
export interface ChartColours {
  text: string;
  background: string;
  grid: string;
  series: string[];
}

/** The line style that tells the series apart without colour: the journey's own solid and bold. */
const DASHES = [[], [8, 5], [2, 4]];

const compact = (n: number) =>
  n >= 1e6 ? `${n / 1e6} M` : n >= 1e3 ? `${n / 1e3} k` : n >= 1 || n === 0 ? String(n) : n.toPrecision(1);
const axisValue = (metric: ChartMetric) => (n: number) =>
  metric === 'monthlyCostUSD' ? `$${compact(n)}` : n >= 1000 ? `${n / 1000} s` : `${n} ms`;
const decadeOnly = (n: number) => (Number.isInteger(Math.round(Math.log10(n) * 1e9) / 1e9) ? n : null);
/** uPlot hands a log axis null for the ticks it leaves unlabelled. */
const labels = (format: (n: number) => string) => (_u: uPlot, splits: (number | null)[]) =>
  splits.map((n) => (n === null ? '' : format(n)));

/**
 * Draw one metric of a traffic sweep with uPlot into `target` (emptied first): traffic on a log axis, the
 * cost on a log axis too (it spans orders of magnitude), p95 latency on a linear one; a vertical line at
 * the journey's own traffic and, numbered, each break-even point (on the latency chart as vertical lines).
 * Returns the chart, to resize or destroy.
 */
export function drawTrafficChart(
  target: HTMLElement,
  sweep: TrafficSweep,
  metric: ChartMetric,
  colours: ChartColours,
  width: number,
): uPlot {
  // uPlot's own styles, fetched with the chart rather than with the page.
  if (!document.querySelector(`link[href="${uPlotStyles}"]`))
    document.head.append(Object.assign(document.createElement('link'), { rel: 'stylesheet', href: uPlotStyles }));
  target.replaceChildren();
  const xs = sweep.architectures[0]!.points.map((p) => p.messagesPerDay);
  const ys = sweep.architectures.map((a) =>
    a.points.map((p) => {
      const value = p[metric];
      // A log scale has no zero: a free level is left out of the line.
      return value === null || (metric === 'monthlyCostUSD' && value <= 0) ? null : value;
    }),
  );
  const axis = (values: (u: uPlot, splits: (number | null)[]) => string[], log: boolean): uPlot.Axis => ({
    stroke: colours.text,
    // On a log axis, a grid line a power of ten; the ticks still mark 2, 3, … 9.
    grid: { stroke: colours.grid, width: 1, ...(log && { filter: (_u, splits) => splits.map(decadeOnly) }) },
    ticks: { stroke: colours.grid, width: 1 },
    values,
  });
  const marker = (ctx: CanvasRenderingContext2D, x: number, dash: number[]) => {
    ctx.save();
    ctx.strokeStyle = colours.text;
    ctx.setLineDash(dash);
    ctx.lineWidth = 1;
    ctx.beginPath();
    ctx.moveTo(x, 0);
    ctx.lineTo(x, ctx.canvas.height);
    ctx.stroke();
    ctx.restore();
  };
  return new uPlot(
    {
      width,
      height: Math.round(Math.min(320, Math.max(220, width * 0.5))),
      legend: { show: false },
      cursor: { show: false },
      scales: {
        x: { time: false, distr: 3 },
        y: metric === 'monthlyCostUSD' ? { distr: 3 } : { range: (_u, _min, max) => [0, max * 1.1] },
      },
      axes: [
        axis(labels(compact), true),
        { ...axis(labels(axisValue(metric)), metric === 'monthlyCostUSD'), size: 64 },
      ],
      series: [
        {},
        ...sweep.architectures.map((a, i) => ({
          label: a.label,
          stroke: colours.series[i] ?? colours.text,
          width: a.chosen ? 3 : 2,
          dash: DASHES[i] ?? [],
          points: { show: false },
        })),
      ],
      hooks: {
        draw: [
          (u) => {
            const { ctx } = u;
            const scale = u.ctx.canvas.width / u.width;
            ctx.save();
            ctx.beginPath();
            ctx.rect(u.bbox.left, u.bbox.top, u.bbox.width, u.bbox.height);
            ctx.clip();
            // The journey's own traffic.
            marker(ctx, u.valToPos(sweep.messagesPerDay, 'x', true), [2, 3]);
            ctx.font = `${12 * scale}px system-ui, sans-serif`;
            ctx.fillStyle = colours.text;
            sweep.breakEvens.forEach((be, i) => {
              // Numbered as in the list under the charts: a dashed line on both, a ring on the cost lines.
              const x = u.valToPos(be.messagesPerDay, 'x', true);
              marker(ctx, x, [6, 3]);
              ctx.font = `bold ${13 * scale}px system-ui, sans-serif`;
              ctx.fillText(String(i + 1), x + 4 * scale, u.bbox.top + 14 * scale);
              if (metric !== 'monthlyCostUSD') return;
              ctx.beginPath();
              ctx.arc(x, u.valToPos(be.monthlyCostUSD, 'y', true), 7 * scale, 0, 2 * Math.PI);
              ctx.fillStyle = colours.background;
              ctx.fill();
              ctx.strokeStyle = colours.text;
              ctx.lineWidth = 2.5 * scale;
              ctx.setLineDash([]);
              ctx.stroke();
              ctx.fillStyle = colours.text;
            });
            ctx.restore();
          },
        ],
      },
    },
    [xs, ...ys],
    target,
  );
}
