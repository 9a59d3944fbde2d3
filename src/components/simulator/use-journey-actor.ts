import { useEffect, useMemo, useRef, useState } from 'react';
import type { Actor } from 'xstate';
import { startingSnapshot, type JourneySnapshot, type Step } from '../../simulator/journey';
import type { SimulatorEvent, SimulatorMachine } from '../../simulator/machine';
import type { Selection } from '../../simulator/metrics';
import type { SimulatorData } from '../../simulator/schema';

/** The journey a side effect sees: the steps taken and the selection they make. */
export interface Journey {
  steps: Step[];
  selection: Selection;
}

/** Side effects of the journey, supplied to the machine as its `journeyChanged` and `recordJourney` actions. */
export interface JourneyEffects {
  /** After every step, back or restart. */
  journeyChanged: (journey: Journey) => void;
  /** On reaching production with a journey not recorded yet by this actor (see createSimulatorMachine). */
  recordJourney: (journey: Journey) => void;
}

/**
 * Run the simulator machine for the life of a component and return its snapshot (as plain values) and a
 * way to send it events. XState loads on demand, right after hydration: until then the view shows the state
 * the machine starts in (the server already rendered it), and events wait in a queue. `onReady` fires once
 * the machine runs. The effects are read when they run, so they may close over the latest state; without
 * them the actor has no side effects (e.g. a second view of the same journey, driven from elsewhere, that
 * must not rewrite the address or the reader's progress).
 *
 * @xstate/react's useMachine would need XState at the first render, in the page's initial JavaScript
 * (≈ 14.5 KB gzip, past the page's budget); this hook is its equivalent with XState loaded after hydration.
 */
export function useJourneyActor(
  data: SimulatorData,
  initialSteps: Step[],
  effects: Partial<JourneyEffects> = {},
  onReady: () => void = () => {},
) {
  const first = useMemo(() => startingSnapshot(data, initialSteps), [data, initialSteps]);
  const [snapshot, setSnapshot] = useState<JourneySnapshot>(first);
  const actor = useRef<Actor<SimulatorMachine> | undefined>(undefined);
  const queue = useRef<SimulatorEvent[]>([]);
  const latestEffects = useRef(effects);
  useEffect(() => {
    latestEffects.current = effects;
  });
  useEffect(() => {
    let stopped = false;
    let stop = () => {};
    void Promise.all([import('xstate'), import('../../simulator/machine')]).then(([{ createActor }, machine]) => {
      if (stopped) return;
      const journey = ({ context }: { context: Journey }) => ({ steps: context.steps, selection: context.selection });
      const provided = machine.createSimulatorMachine(data).provide({
        actions: {
          journeyChanged: (args) => latestEffects.current.journeyChanged?.(journey(args)),
          recordJourney: (args) => latestEffects.current.recordJourney?.(journey(args)),
        },
      });
      const running = createActor(provided, { input: { data, steps: initialSteps } });
      const subscription = running.subscribe((s) => setSnapshot(machine.journeySnapshotOf(s)));
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
    // One machine per mount: a journey from the address remounts the view.
  }, []);
  const send = (event: SimulatorEvent) => {
    if (actor.current) actor.current.send(event);
    else queue.current.push(event);
  };
  return [snapshot, send] as const;
}
