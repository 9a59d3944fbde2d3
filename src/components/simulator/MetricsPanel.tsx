import type { describeMetrics } from '../../simulator/report';
import { SourceLinks, type SourceRef } from './SourceLinks';

type DescribedMetric = ReturnType<typeof describeMetrics>[number];

/** The consequences so far: each metric with its value and, on demand, its derivation. */
export function MetricsPanel({
  metrics,
  sources,
  title = 'Consequences so far',
}: {
  metrics: DescribedMetric[];
  sources: Record<string, SourceRef>;
  title?: string;
}) {
  return (
    <section className="sim-metrics" aria-labelledby="sim-metrics-title">
      <h2 id="sim-metrics-title">{title}</h2>
      {metrics.length === 0 ? (
        <p className="sim-muted">Metrics appear once their inputs are chosen.</p>
      ) : (
        <dl>
          {metrics.map((m) => (
            <div key={m.id} className="sim-metric" data-metric={m.id}>
              <dt>{m.label}</dt>
              <dd>
                <strong>{m.value}</strong>
                {m.estimate && <span className="sim-badge">estimate</span>}
                <details>
                  <summary>How it is derived</summary>
                  <p>
                    {m.derivation}
                    <SourceLinks ids={m.sources} sources={sources} />
                  </p>
                </details>
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
