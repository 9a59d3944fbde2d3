import { describeDerivation } from '../../simulator/derivations';
import type { MetricValue } from '../../simulator/metrics';
import type { MetricId } from '../../simulator/vocabulary';
import { SourceLinks, type SourceRef } from './SourceLinks';

/**
 * A metric's derivation in words and numbers ("1.49 GB = runtime 780 MB + model 711 MB") and its sources.
 * Its own module, loaded when a reader opens "How it is derived": the words of every derivation stay out
 * of the page's first load.
 */
export default function DerivationDetail({
  id,
  metric,
  sources,
}: {
  id: MetricId;
  metric: MetricValue;
  sources: Record<string, SourceRef>;
}) {
  return (
    <>
      {describeDerivation(id, metric)}
      <SourceLinks ids={metric.sources} sources={sources} />
    </>
  );
}
