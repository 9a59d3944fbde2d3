import { useEffect, useMemo, useRef, useState } from 'react';
import type { Selection } from '../../simulator/metrics';
import { formatMetric } from '../../simulator/report';
import type { SimulatorData } from '../../simulator/schema';
import { SWEEP_FROM, SWEEP_TO, sweepTraffic, type TrafficSweep } from '../../simulator/traffic-sweep';
import type { ChartMetric } from './draw-traffic-chart';

const perDay = (n: number) =>
  n >= 1e6 ? `${Math.round(n / 1e5) / 10} M` : n >= 1e3 ? `${Math.round(n / 100) / 10} k` : String(Math.round(n));
const CHARTS: { metric: ChartMetric; title: string }[] = [
  { metric: 'monthlyCostUSD', title: 'Monthly cost (USD, log scale)' },
  { metric: 'p95LatencyMs', title: 'p95 latency at peak (ms)' },
];

/** "Cloud Run (yours), AWS Lambda and Azure": the architectures in words. */
const names = (sweep: TrafficSweep) =>
  sweep.architectures.map((a) => (a.chosen ? `${a.label} (yours)` : a.label)).join(', ');

/**
 * What grows with traffic: monthly cost and p95 latency of the finished journey from 1 k to 10 M messages a
 * day (log scale) on its platform and its two nearest alternatives, break-even points numbered. The figures
 * come from the pure model (src/simulator/traffic-sweep.ts); the charts (uPlot) load on demand and redraw
 * with the theme; a list and a table say the same in text.
 */
export function TrafficChart({ data, selection }: { data: SimulatorData; selection: Selection }) {
  const sweep = useMemo(() => sweepTraffic(data, selection), [data, selection]);
  const root = useRef<HTMLDivElement>(null);
  const [drawn, setDrawn] = useState<'light' | 'dark' | undefined>();

  useEffect(() => {
    const element = root.current;
    if (!sweep || !element) return;
    let cancelled = false;
    let charts: { destroy: () => void; setSize: (size: { width: number; height: number }) => void }[] = [];
    let redraw = () => {};
    void import('./draw-traffic-chart').then(({ drawTrafficChart }) => {
      if (cancelled) return;
      redraw = () => {
        charts.forEach((chart) => chart.destroy());
        const swatches = [...element.querySelectorAll<HTMLElement>('[data-swatch]')];
        const style = getComputedStyle(element);
        const colours = {
          text: style.color,
          background: getComputedStyle(document.body).backgroundColor,
          grid: style.borderTopColor,
          series: swatches.map((swatch) => getComputedStyle(swatch).color),
        };
        charts = [...element.querySelectorAll<HTMLElement>('[data-chart]')].map((target) =>
          drawTrafficChart(target, sweep, target.dataset.chart as ChartMetric, colours, target.clientWidth),
        );
        setDrawn(scheme());
      };
      redraw();
    });
    // Both themes: follow the reader's choice (data-theme) and the system's.
    const themeObserver = new MutationObserver(() => redraw());
    themeObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    const media = matchMedia('(prefers-color-scheme: dark)');
    const onScheme = () => redraw();
    media.addEventListener('change', onScheme);
    let width = element.clientWidth;
    const resizeObserver = new ResizeObserver(() => {
      if (element.clientWidth !== width) {
        width = element.clientWidth;
        redraw();
      }
    });
    resizeObserver.observe(element);
    return () => {
      cancelled = true;
      themeObserver.disconnect();
      resizeObserver.disconnect();
      media.removeEventListener('change', onScheme);
      charts.forEach((chart) => chart.destroy());
    };
  }, [sweep]);

  if (!sweep) return null;
  const label = (platform: string) => sweep.architectures.find((a) => a.platform === platform)?.label ?? platform;
  const alternatives = sweep.architectures.length - 1;
  // The table gives one row a power of ten.
  const decades = sweep.architectures[0]!.points.flatMap((p, i) =>
    Number.isInteger(Math.log10(p.messagesPerDay)) ? [i] : [],
  );
  const hasLatency = sweep.architectures.some((a) => a.points.some((p) => p.p95LatencyMs !== null));
  return (
    <section className="sim-traffic" aria-labelledby="sim-traffic-title" ref={root} data-drawn={drawn}>
      <h3 id="sim-traffic-title">What grows with traffic</h3>
      <p>
        This journey from {perDay(SWEEP_FROM)} to {perDay(SWEEP_TO)} messages a day, its peak {sweep.peakToAverage}× the
        average as in your traffic choice ({perDay(sweep.messagesPerDay)} a day, the dotted line).{' '}
        {alternatives === 0
          ? 'No other platform runs the same choices without a design pitfall, so there is nothing to compare it with.'
          : `Beside it, the same choices on the ${alternatives === 1 ? 'one other platform' : `${alternatives} other platforms`} where they meet no design pitfall and whose monthly cost at your traffic is nearest to yours (by ratio).`}{' '}
        Estimates from the simulator&apos;s model.
      </p>
      <ul className="sim-traffic-key" aria-label="Lines">
        {sweep.architectures.map((a, i) => (
          <li key={a.platform}>
            <span className={`sim-traffic-swatch sim-traffic-series-${i}`} data-swatch aria-hidden="true" />
            {a.chosen ? <strong>{a.label} (yours)</strong> : a.label}
            <span className="sim-muted">
              {' '}
              — {formatMetric('monthlyCostUSD', a.costAtTraffic)} a month at your traffic;{' '}
              {i === 0 ? 'solid' : i === 1 ? 'dashed' : 'dotted'}
            </span>
          </li>
        ))}
      </ul>
      {CHARTS.filter(({ metric }) => metric === 'monthlyCostUSD' || hasLatency).map(({ metric, title }) => (
        <figure key={metric} className="sim-traffic-figure">
          <figcaption>{title} against messages a day (log scale)</figcaption>
          <div
            className="sim-traffic-chart"
            data-chart={metric}
            role="img"
            aria-label={`${title} against messages a day from ${perDay(SWEEP_FROM)} to ${perDay(SWEEP_TO)}, for ${names(sweep)}. The same figures are in the table below.`}
          />
        </figure>
      ))}
      {!hasLatency && (
        <p className="sim-muted">A nightly batch has no p95 latency per request: only its cost is drawn.</p>
      )}
      <h4>Break-even points</h4>
      {sweep.breakEvens.length === 0 ? (
        <p data-break-evens="0">
          {alternatives === 0
            ? 'None: there is no alternative to compare.'
            : `None between ${perDay(SWEEP_FROM)} and ${perDay(SWEEP_TO)} messages a day: the order by cost stays the same across the range.`}
        </p>
      ) : (
        <ol data-break-evens={sweep.breakEvens.length}>
          {sweep.breakEvens.map((be) => (
            <li key={`${be.cheaperBelow}-${be.cheaperAbove}-${be.messagesPerDay}`}>
              {label(be.cheaperBelow)} and {label(be.cheaperAbove)} cost the same at about {perDay(be.messagesPerDay)}{' '}
              messages a day ({formatMetric('monthlyCostUSD', be.monthlyCostUSD)} a month): below it{' '}
              {label(be.cheaperBelow)} is cheaper, above it {label(be.cheaperAbove)}.
            </li>
          ))}
        </ol>
      )}
      <details className="sim-traffic-table">
        <summary>The charts as a table</summary>
        {/* Focusable, so a keyboard can scroll a table wider than a phone. */}
        <div className="sim-table-scroll" tabIndex={0} role="group" aria-label="Table, scrolls sideways">
          <table>
            <caption>Monthly cost and p95 latency at peak by messages a day (estimates)</caption>
            <thead>
              <tr>
                <th scope="col">Messages a day</th>
                {sweep.architectures.map((a) => (
                  <th scope="col" key={a.platform}>
                    {a.label}
                    {a.chosen ? ' (yours)' : ''}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {decades.map((i) => (
                <tr key={i}>
                  <th scope="row">{perDay(sweep.architectures[0]!.points[i]!.messagesPerDay)}</th>
                  {sweep.architectures.map((a) => {
                    const p = a.points[i]!;
                    return (
                      <td key={a.platform}>
                        {p.monthlyCostUSD === null ? '—' : formatMetric('monthlyCostUSD', p.monthlyCostUSD)}
                        {p.p95LatencyMs !== null && `, p95 ${formatMetric('p95LatencyMs', p.p95LatencyMs)}`}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}

/** The theme the page shows now: the reader's choice, else the system's. */
function scheme(): 'light' | 'dark' {
  const chosen = document.documentElement.dataset.theme;
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
