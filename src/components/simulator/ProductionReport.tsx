import { useEffect, useMemo } from 'react';
import { buildReport } from '../../simulator/adr-report';
import type { Step } from '../../simulator/journey';
import type { Selection } from '../../simulator/metrics';
import type { SimulatorData } from '../../simulator/schema';
import { encodeSteps } from '../../simulator/share-link';
import { days } from './days';
import { MetricsPanel } from './MetricsPanel';
import type { SourceRef } from './SourceLinks';

/**
 * The final state: in production, with metrics, pitfalls met, days lost and the ADR to copy or download.
 * Loaded on demand (React.lazy) when a journey reaches production: the ADR code is not in the first load.
 */
interface Props {
  data: SimulatorData;
  selection: Selection;
  steps: Step[];
  sources: Record<string, SourceRef>;
  /** Reached by the reader's own choices just now, not restored from a link: worth keeping in their progress. */
  reachedNow: boolean;
}

/** Journeys already kept in progress on this page: Back and finishing again is not a new journey. */
const recorded = new Set<string>();

export default function ProductionReport({ data, selection, steps, sources, reachedNow }: Props) {
  const report = useMemo(() => buildReport(data, selection, steps), [data, selection, steps]);
  useEffect(() => {
    // Keep the journey in the reader's progress: the page names a standalone recorder script.
    const recorder = document.querySelector<HTMLElement>('[data-journey-recorder]')?.dataset.journeyRecorder;
    // Loaded on demand, the report arrives after the view moved focus: take it, as the next step would.
    if (reachedNow) document.getElementById('sim-report-title')?.focus();
    // Keyed by the journey itself: the address may not be updated yet when this effect runs.
    const journey = encodeSteps(steps);
    if (!reachedNow || !recorder || recorded.has(journey)) return;
    recorded.add(journey);
    const script = document.createElement('script');
    script.src = recorder;
    script.dataset.journey = JSON.stringify(report);
    document.head.append(script);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per arrival in production (the report is rebuilt on every render)
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
