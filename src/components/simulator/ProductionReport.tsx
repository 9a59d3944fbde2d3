import { useEffect, useMemo } from 'react';
import { buildReport } from '../../simulator/adr-report';
import type { Step } from '../../simulator/journey';
import type { Selection } from '../../simulator/metrics';
import type { SimulatorData } from '../../simulator/schema';
import { days } from './days';
import { MetricsPanel } from './MetricsPanel';
import type { SourceRef } from './SourceLinks';
import { TrafficChart } from './TrafficChart';

/**
 * In production: metrics, pitfalls met, days lost, what grows with traffic and the ADR to copy or download.
 * Loaded on demand (React.lazy) when a journey reaches production: the ADR and chart code are not in the
 * first load. (Recording the journey in progress is the machine's `recordJourney` action, not this view's.)
 */
interface Props {
  data: SimulatorData;
  selection: Selection;
  steps: Step[];
  sources: Record<string, SourceRef>;
  /** Take the focus on arrival: the report loads after the view has moved focus for the step that led here. */
  takeFocus: boolean;
}

export default function ProductionReport({ data, selection, steps, sources, takeFocus }: Props) {
  const report = useMemo(() => buildReport(data, selection, steps), [data, selection, steps]);
  useEffect(() => {
    if (takeFocus) document.getElementById('sim-report-title')?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per arrival in production
  }, []);
  const downloadUrl = useMemo(() => `data:text/markdown;charset=utf-8,${encodeURIComponent(report.adr)}`, [report.adr]);
  return (
    <section className="sim-report" aria-labelledby="sim-report-title" data-state="in-production">
      <h2 id="sim-report-title" tabIndex={-1} data-focus-target>
        In production
      </h2>
      <p>
        {report.detours.length === 0
          ? 'No pitfall on the way: a lean journey.'
          : `${report.detours.length} detour${report.detours.length === 1 ? '' : 's'} on the way cost `}
        {report.detours.length > 0 && <strong data-days-lost>{days(report.daysLost)}</strong>}
        {report.detours.length > 0 && ' (judgement).'}
      </p>
      {report.detours.length > 0 && (
        <>
          <h3>Pitfalls met and detours taken</h3>
          <ul className="sim-met">
            {report.detours.map(({ pitfall, detour }, i) => (
              <li key={`${pitfall.id}-${i}`}>
                {pitfall.surfaces === 'months-later' && !/^months later/i.test(pitfall.title) ? 'Months later: ' : ''}
                {pitfall.title} → {detour.label} ({days(detour.days.value)})
              </li>
            ))}
          </ul>
        </>
      )}
      <MetricsPanel metrics={report.metrics} sources={sources} title="Consequences at launch" />
      <TrafficChart data={data} selection={selection} />
      <h3 id="sim-adr-title">Architecture decision record</h3>
      <p className="sim-actions">
        <a href={downloadUrl} download="adr-multilingual-classifier.md">
          Download the ADR (Markdown)
        </a>
      </p>
      <pre className="sim-adr" aria-labelledby="sim-adr-title" tabIndex={0}>
        {report.adr}
      </pre>
    </section>
  );
}
