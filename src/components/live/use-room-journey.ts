import { useEffect, useRef, useState } from 'react';
import { createActor, type Actor } from 'xstate';
import type { Step } from '../../simulator/journey';
import { createSimulatorMachine, type SimulatorMachine } from '../../simulator/machine';
import type { Selection } from '../../simulator/metrics';
import type { SimulatorData } from '../../simulator/schema';
import { eventFor } from '../../live/questions';

export interface RoomJourney {
  done: boolean;
  steps: Step[];
  selection: Selection;
  /** The room's steps did not replay on this simulator (other data): the view shows the start. */
  mismatch: boolean;
}

const sameSteps = (a: readonly Step[], b: readonly Step[]) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Follow the room's journey with this page's own simulator machine: a step applied in the room is sent
 * to the machine as the CHOOSE / TAKE_DETOUR event a reader's click sends; an undo or a first load
 * starts a machine on the room's steps (the machine replays them).
 */
export function useRoomJourney(data: SimulatorData, steps: readonly Step[]): RoomJourney | undefined {
  const [journey, setJourney] = useState<RoomJourney>();
  const actor = useRef<Actor<SimulatorMachine> | undefined>(undefined);
  const key = JSON.stringify(steps);

  useEffect(() => {
    const publish = (running: Actor<SimulatorMachine>) => {
      const snapshot = running.getSnapshot();
      setJourney({
        done: snapshot.matches('inProduction'),
        steps: snapshot.context.steps,
        selection: snapshot.context.selection,
        mismatch: !sameSteps(snapshot.context.steps, steps),
      });
    };
    const current = actor.current?.getSnapshot();
    if (
      current?.status === 'active' &&
      steps.length === current.context.steps.length + 1 &&
      sameSteps(current.context.steps, steps.slice(0, -1))
    ) {
      actor.current!.send(eventFor(steps.at(-1)!));
      if (sameSteps(actor.current!.getSnapshot().context.steps, steps)) return publish(actor.current!);
    }
    actor.current?.stop();
    const running = createActor(createSimulatorMachine(data), { input: { data, steps: [...steps] } });
    running.start();
    actor.current = running;
    publish(running);
    // Keyed on the steps' content, not the array's identity.
  }, [data, key]);

  useEffect(
    () => () => {
      actor.current?.stop();
    },
    [],
  );
  return journey;
}
