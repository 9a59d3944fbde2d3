import { useEffect, useState, useSyncExternalStore } from 'react';
import { createActor } from 'xstate';
import type { SimulatorInput, SimulatorMachine } from '../../simulator/machine';

/**
 * Run the simulator machine for the life of a component and re-render on each snapshot. Equivalent to
 * @xstate/react's useMachine, on React's own useSyncExternalStore: @xstate/react bundles shims for React
 * versions before 18, which would push this page past its 90 KB JavaScript budget.
 */
export function useJourneyActor(machine: SimulatorMachine, input: SimulatorInput) {
  const [actor] = useState(() => createActor(machine, { input }));
  useEffect(() => {
    actor.start();
    return () => {
      actor.stop();
    };
  }, [actor]);
  const snapshot = useSyncExternalStore(
    (onChange) => {
      const subscription = actor.subscribe({ next: onChange, error: onChange, complete: onChange });
      return () => subscription.unsubscribe();
    },
    () => actor.getSnapshot(),
    () => actor.getSnapshot(),
  );
  return [snapshot, actor.send.bind(actor)] as const;
}
