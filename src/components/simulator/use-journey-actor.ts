import { useEffect, useMemo, useRef, useState } from 'react';
import type { Actor } from 'xstate';
import { emptySelection, journeyStatus, replaySteps, type Step } from '../../simulator/journey';
import type { SimulatorEvent, SimulatorMachine } from '../../simulator/machine';
import type { Selection } from '../../simulator/metrics';
import type { SimulatorData } from '../../simulator/schema';

/** What the view renders: the machine's state and context, as plain values. */
export interface JourneySnapshot {
  state: 'deciding' | 'pitfall' | 'monthsLater' | 'inProduction';
  steps: Step[];
  selection: Selection;
}

/** The snapshot the machine will start in, from the pure journey functions (the same ones its guards call). */
function initialSnapshot(data: SimulatorData, steps: Step[]): JourneySnapshot {
  const selection = replaySteps(data, steps);
  if (!selection) return { state: 'deciding', steps: [], selection: emptySelection() };
  const status = journeyStatus(data, selection);
  const state =
    status.kind === 'pitfall'
      ? status.monthsLater
        ? 'monthsLater'
        : 'pitfall'
      : status.kind === 'production'
        ? 'inProduction'
        : 'deciding';
  return { state, steps, selection };
}

/**
 * Run the simulator machine for the life of a component. XState loads on demand, right after hydration:
 * until then the view shows the state the machine starts in (the server already rendered it), and events
 * wait in a queue. Equivalent to @xstate/react's useMachine, which bundles shims for React before 18.
 * `onReady` fires once the machine runs.
 */
export function useJourneyActor(data: SimulatorData, initialSteps: Step[], onReady: () => void) {
  const first = useMemo(() => initialSnapshot(data, initialSteps), [data, initialSteps]);
  const [snapshot, setSnapshot] = useState(first);
  const actor = useRef<Actor<SimulatorMachine> | undefined>(undefined);
  const queue = useRef<SimulatorEvent[]>([]);
  useEffect(() => {
    let stopped = false;
    let stop = () => {};
    void Promise.all([import('xstate'), import('../../simulator/machine')]).then(([{ createActor }, machine]) => {
      if (stopped) return;
      const running = createActor(machine.createSimulatorMachine(data), { input: { data, steps: initialSteps } });
      const subscription = running.subscribe((s) =>
        setSnapshot({
          state:
            s.status === 'done'
              ? 'inProduction'
              : s.matches('pitfall')
                ? 'pitfall'
                : s.matches('monthsLater')
                  ? 'monthsLater'
                  : 'deciding',
          steps: s.context.steps,
          selection: s.context.selection,
        }),
      );
      running.start();
      actor.current = running;
      for (const event of queue.current.splice(0)) running.send(event);
      stop = () => {
        subscription.unsubscribe();
        running.stop();
      };
      onReady();
    });
    return () => {
      stopped = true;
      stop();
    };
    // One machine per mount: a new journey remounts the view.
  }, []);
  const send = (event: SimulatorEvent) => {
    if (actor.current) actor.current.send(event);
    else queue.current.push(event);
  };
  return [snapshot, send] as const;
}
