import { lazy, Suspense, useState } from 'react';
import type { describeMetrics } from '../../simulator/report';
import type { SourceRef } from './SourceLinks';

type DescribedMetric = ReturnType<typeof describeMetrics>[number];

const DerivationDetail = lazy(() => import('./DerivationDetail'));

/** "How it is derived", closed until the reader opens it; the derivation and its sources load then. */
function Derivation({ metric, sources }: { metric: DescribedMetric; sources: Record<string, SourceRef> }) {
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>How it is derived</summary>
      <p>
        {open && (
          <Suspense fallback="…">
            <DerivationDetail id={metric.id} metric={metric.metric} sources={sources} />
          </Suspense>
        )}
      </p>
    </details>
  );
}

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
                <Derivation metric={m} sources={sources} />
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
