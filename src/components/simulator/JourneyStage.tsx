import { lazy, Suspense } from 'react';
import { detoursRuledOut } from '../../simulator/availability';
import type { JourneyStatus, Step } from '../../simulator/journey';
import type { Selection } from '../../simulator/metrics';
import type { SimulatorData } from '../../simulator/schema';
import { DecisionStep } from './DecisionStep';
import type { SourceRef } from './SourceLinks';

// Only a finished journey needs the report, its chart and its ADR: they load on demand. So does the pitfall
// card, which no one sees before a first choice.
const ProductionReport = lazy(() => import('./ProductionReport'));
const PitfallCard = lazy(() => import('./PitfallCard').then((m) => ({ default: m.PitfallCard })));

export interface JourneyStageProps {
  data: SimulatorData;
  sources: Record<string, SourceRef>;
  stageLabels: Record<string, string>;
  selection: Selection;
  steps: Step[];
  /** journeyStatus(data, selection); ignored once `done`. */
  status: JourneyStatus;
  /** In production: the report instead of a decision or pitfall. */
  done: boolean;
  /** Whether the report takes focus when it appears (the reader drives this page). */
  takeFocus: boolean;
  /** The reader chose an option of the current decision (option id). */
  onChoose: (option: string) => void;
  /** The reader took a detour of the first open pitfall (pitfall id, detour id). */
  onDetour: (pitfall: string, detour: string) => void;
}

/**
 * Where a journey stands, in the main column: the production report, the first open pitfall ("1 of N",
 * root cause first) with its detours, or the current decision. Shared by the reader's page (JourneyView)
 * and the room's projector (LiveSimulator).
 */
export function JourneyStage(props: JourneyStageProps) {
  const { data, sources, stageLabels, selection, steps, status, done } = props;
  if (done)
    return (
      <Suspense fallback={<p className="sim-muted">Preparing the report…</p>}>
        <ProductionReport
          data={data}
          selection={selection}
          steps={steps}
          sources={sources}
          takeFocus={props.takeFocus}
        />
      </Suspense>
    );
  if (status.kind === 'pitfall')
    return (
      <section className="sim-step" aria-labelledby="sim-pitfalls-title">
        <h2 id="sim-pitfalls-title" tabIndex={-1} data-focus-target>
          {status.monthsLater ? 'Launched. Months later…' : 'Take a detour'}
        </h2>
        <Suspense fallback={<p className="sim-muted">…</p>}>
          {status.pitfalls.slice(0, 1).map((pitfall) => (
            <PitfallCard
              key={pitfall.id}
              pitfall={pitfall}
              position={{ index: 1, of: status.pitfalls.length }}
              monthsLater={status.monthsLater}
              sources={sources}
              unavailable={detoursRuledOut(data, selection, pitfall)}
              onDetour={(detour) => props.onDetour(pitfall.id, detour)}
            />
          ))}
        </Suspense>
      </section>
    );
  if (status.kind === 'deciding')
    return (
      <DecisionStep
        data={data}
        selection={selection}
        decision={status.decision}
        stageLabels={stageLabels}
        onChoose={props.onChoose}
      />
    );
  return null;
}
