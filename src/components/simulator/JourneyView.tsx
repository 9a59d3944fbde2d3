import { lazy, Suspense, useEffect, useMemo, useRef } from 'react';
import { indexData } from '../../simulator/data-index';
import { journeyStatus, type Step } from '../../simulator/journey';
import { computeMetrics } from '../../simulator/metrics';
import { describeMetrics } from '../../simulator/report';
import type { SimulatorData } from '../../simulator/schema';
import { encodeSteps, SHARE_PARAM } from '../../simulator/share-link';
import { Breadcrumb, type Crumb } from './Breadcrumb';
import { DecisionStep } from './DecisionStep';
import { MetricsPanel } from './MetricsPanel';
import { PitfallCard } from './PitfallCard';
import { detoursRuledOut } from '../../simulator/availability';
import { ShareLink } from './ShareLink';
import { useJourneyActor } from './use-journey-actor';
import type { SourceRef } from './SourceLinks';

// Only a finished journey needs the report and its ADR: they load on demand.
const ProductionReport = lazy(() => import('./ProductionReport'));

interface Props {
  data: SimulatorData;
  sources: Record<string, SourceRef>;
  stageLabels: Record<string, string>;
  initialSteps: Step[];
  /** True when the reader started this run (back or start over from the report), false on page load. */
  startedByReader: boolean;
  /** Start a new actor (the machine's final state stops the old one). */
  restartWith: (steps: Step[]) => void;
  /** Called once the reader changes the journey, e.g. to clear a "journey loaded" notice. */
  onChange: () => void;
  /** Called once the machine runs (it loads on demand after hydration). */
  onReady: () => void;
}

/** One run of the machine: the current decision, pitfall or report, beside the metrics and the breadcrumb. */
export function JourneyView({
  data,
  sources,
  stageLabels,
  initialSteps,
  startedByReader,
  restartWith,
  onChange,
  onReady,
}: Props) {
  const [snapshot, send] = useJourneyActor(data, initialSteps, onReady);
  const { steps, selection } = snapshot;
  const done = snapshot.state === 'inProduction';
  const index = indexData(data);
  const stageOf = (decisionId: string) => stageLabels[index.decisions.get(decisionId)?.stage ?? ''] ?? '';

  // Keep the journey in the URL so it can be shared; drop the one-off ?stage=. Not on the
  // page's first mount: the island reads the URL after its children's first effects have run.
  const mounted = useRef(startedByReader);
  useEffect(() => {
    if (!mounted.current) {
      mounted.current = true;
      return;
    }
    onChange();
    const url = new URL(window.location.href);
    url.searchParams.delete('stage');
    if (steps.length > 0) url.searchParams.set(SHARE_PARAM, encodeSteps(steps));
    else url.searchParams.delete(SHARE_PARAM);
    window.history.replaceState(null, '', url);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- on a change of the journey only, not of the callback
  }, [steps]);

  // After a step, move focus to the heading of what comes next (not when the page loads).
  const root = useRef<HTMLDivElement>(null);
  const firstRender = useRef(!startedByReader);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    root.current?.querySelector<HTMLElement>('[data-focus-target]')?.focus();
  }, [steps.length]);

  const metrics = useMemo(() => describeMetrics(computeMetrics(data, selection)), [data, selection]);
  const status = journeyStatus(data, selection);
  const crumbs: Crumb[] = steps.map((step, i) => {
    if (step.kind === 'choose') {
      const option = index.options.get(step.decision)?.get(step.option);
      return { key: `${i}`, stage: stageOf(step.decision), text: option?.label ?? step.option };
    }
    const detour = data.pitfalls.find((p) => p.id === step.pitfall)?.detours.find((d) => d.id === step.detour);
    return { key: `${i}`, stage: 'Detour', text: detour?.label ?? step.detour };
  });

  const goBack = () => (done ? restartWith(steps.slice(0, -1)) : send({ type: 'BACK' }));
  const restart = () => {
    if (!window.confirm('Start over? Every choice and detour of this journey is cleared.')) return;
    if (done) restartWith([]);
    else send({ type: 'RESTART' });
  };

  let main;
  if (done) {
    main = (
      <Suspense fallback={<p className="sim-muted">Preparing the report…</p>}>
        <ProductionReport
          data={data}
          selection={selection}
          steps={steps}
          sources={sources}
          reachedNow={steps.length > initialSteps.length}
        />
      </Suspense>
    );
  } else if ((snapshot.state === 'pitfall' || snapshot.state === 'monthsLater') && status.kind === 'pitfall') {
    main = (
      <section className="sim-step" aria-labelledby="sim-pitfalls-title">
        <h2 id="sim-pitfalls-title" tabIndex={-1} data-focus-target>
          {status.monthsLater ? 'Launched. Months later…' : 'Take a detour'}
        </h2>
        {status.pitfalls.slice(0, 1).map((pitfall) => (
          <PitfallCard
            key={pitfall.id}
            pitfall={pitfall}
            position={{ index: 1, of: status.pitfalls.length }}
            monthsLater={status.monthsLater}
            sources={sources}
            unavailable={detoursRuledOut(data, selection, pitfall)}
            onDetour={(detour) => send({ type: 'TAKE_DETOUR', pitfall: pitfall.id, detour })}
          />
        ))}
      </section>
    );
  } else if (status.kind === 'deciding') {
    main = (
      <DecisionStep
        data={data}
        selection={selection}
        decision={status.decision}
        stageLabel={`${stageLabels[status.decision.stage] ?? ''} · decision ${data.decisions.indexOf(status.decision) + 1} of ${data.decisions.length}`}
        onChoose={(option) => send({ type: 'CHOOSE', decision: status.decision.id, option })}
      />
    );
  }

  return (
    <div
      className="sim-layout"
      ref={root}
      data-state={
        done
          ? 'in-production'
          : snapshot.state === 'deciding'
            ? 'deciding'
            : snapshot.state === 'monthsLater'
              ? 'months-later'
              : 'pitfall'
      }
    >
      <div className="sim-main">{main}</div>
      <div className="sim-side">
        <Breadcrumb crumbs={crumbs} canGoBack={steps.length > 0} onBack={goBack} onRestart={restart} />
        {!done && <MetricsPanel metrics={metrics} sources={sources} />}
        {steps.length > 0 && <ShareLink steps={steps} />}
      </div>
    </div>
  );
}
