import { lazy, Suspense, useEffect, useMemo, useRef } from 'react';
import { indexData } from '../../simulator/data-index';
import { journeyStatus, type JourneySnapshot } from '../../simulator/journey';
import type { SimulatorEvent } from '../../simulator/machine';
import { computeMetrics } from '../../simulator/metrics';
import { describeMetrics } from '../../simulator/report';
import type { SimulatorData } from '../../simulator/schema';
import { Breadcrumb, type Crumb } from './Breadcrumb';
import { JourneyStage } from './JourneyStage';
import { MetricsPanel } from './MetricsPanel';
import type { SourceRef } from './SourceLinks';

// No one sees the share link before a first choice: it loads on demand.
const ShareLink = lazy(() => import('./ShareLink').then((m) => ({ default: m.ShareLink })));

export interface JourneyViewProps {
  data: SimulatorData;
  sources: Record<string, SourceRef>;
  stageLabels: Record<string, string>;
  /** Where the journey stands: machine.ts `journeySnapshotOf(actor.getSnapshot())`, or journey.ts `startingSnapshot`. */
  snapshot: JourneySnapshot;
  /** Send an event to the actor behind the snapshot (CHOOSE, TAKE_DETOUR, BACK, RESTART). */
  send: (event: SimulatorEvent) => void;
  /** Move focus to what comes next whenever the journey changes (the reader drives it on this page). */
  moveFocus: boolean;
}

/**
 * One journey: the current decision, pitfall or production report, beside the breadcrumb, the metrics and
 * the share link. It renders from `snapshot` alone and acts only through `send`, so anything that runs an
 * actor of createSimulatorMachine(data) can drive it: SimulatorIsland's reader actor (which adds the page's
 * side effects with machine.provide), or another component with its own actor, e.g. one that applies an
 * audience's votes by sending the same CHOOSE / TAKE_DETOUR / BACK / RESTART events. Subscribe to the actor
 * and pass `journeySnapshotOf(snapshot)` on each change.
 */
export function JourneyView({ data, sources, stageLabels, snapshot, send, moveFocus }: JourneyViewProps) {
  const { steps, selection } = snapshot;
  const done = snapshot.state === 'inProduction';
  const index = indexData(data);
  const stageOf = (decisionId: string) => stageLabels[index.decisions.get(decisionId)?.stage ?? ''] ?? '';

  // After a step, move focus to the heading of what comes next (the report, loaded on demand, takes it itself).
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (moveFocus) root.current?.querySelector<HTMLElement>('[data-focus-target]')?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- on a change of the journey only
  }, [steps]);

  // One computation of the metrics serves the panel and the journey's status.
  const raw = useMemo(() => computeMetrics(data, selection), [data, selection]);
  const metrics = useMemo(() => describeMetrics(raw), [raw]);
  const status = journeyStatus(data, selection, raw);
  const crumbs: Crumb[] = steps.map((step, i) => {
    if (step.kind === 'choose') {
      const option = index.options.get(step.decision)?.get(step.option);
      return { key: `${i}`, stage: stageOf(step.decision), text: option?.label ?? step.option };
    }
    const detour = data.pitfalls.find((p) => p.id === step.pitfall)?.detours.find((d) => d.id === step.detour);
    return { key: `${i}`, stage: 'Detour', text: detour?.label ?? step.detour };
  });

  return (
    <div className="sim-layout" ref={root} data-state={STATE_ATTRIBUTE[snapshot.state]}>
      <div className="sim-main">
        <JourneyStage
          data={data}
          sources={sources}
          stageLabels={stageLabels}
          selection={selection}
          steps={steps}
          status={status}
          done={done}
          takeFocus={moveFocus}
          onChoose={(option) => {
            if (status.kind === 'deciding') send({ type: 'CHOOSE', decision: status.decision.id, option });
          }}
          onDetour={(pitfall, detour) => send({ type: 'TAKE_DETOUR', pitfall, detour })}
        />
      </div>
      <div className="sim-side">
        <Breadcrumb
          crumbs={crumbs}
          canGoBack={steps.length > 0}
          onBack={() => send({ type: 'BACK' })}
          onRestart={() => send({ type: 'RESTART' })}
        />
        {!done && <MetricsPanel metrics={metrics} sources={sources} />}
        {steps.length > 0 && (
          <Suspense fallback={null}>
            <ShareLink steps={steps} />
          </Suspense>
        )}
      </div>
    </div>
  );
}

const STATE_ATTRIBUTE: Record<JourneySnapshot['state'], string> = {
  deciding: 'deciding',
  pitfall: 'pitfall',
  monthsLater: 'months-later',
  inProduction: 'in-production',
};
