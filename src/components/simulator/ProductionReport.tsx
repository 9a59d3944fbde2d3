import { useEffect, useMemo } from 'react';
import type { JourneyReport } from '../../simulator/report';
import { MetricsPanel } from './MetricsPanel';
import type { SourceRef } from './SourceLinks';

/** The final state: in production, with metrics, pitfalls met, days lost and the ADR to copy or download. */
interface Props {
  report: JourneyReport;
  sources: Record<string, SourceRef>;
  /** Reached by the reader's own choices just now, not restored from a link: worth keeping in their progress. */
  reachedNow: boolean;
}

/** Journeys (by address) already kept in progress on this page: Back and finishing again is not a new journey. */
const recorded = new Set<string>();

/** "1 day", "3 days". */
export const days = (n: number) => `${n} day${n === 1 ? '' : 's'}`;

export function ProductionReport({ report, sources, reachedNow }: Props) {
  useEffect(() => {
    // Keep the journey in the reader's progress: the page names a standalone recorder script.
    const recorder = document.querySelector<HTMLElement>('[data-journey-recorder]')?.dataset.journeyRecorder;
    const journey = location.pathname + location.search;
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
      <MetricsPanel metrics={report.metrics} sources={sources} title="Consequences in production" />
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
