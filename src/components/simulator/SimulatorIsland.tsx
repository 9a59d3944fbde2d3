import { useEffect, useState } from 'react';
import type { Step } from '../../simulator/journey';
import type { SimulatorData } from '../../simulator/schema';
import { JourneyView } from './JourneyView';
import type { SourceRef } from './SourceLinks';
import { useJourneyActor, type JourneyEffects } from './use-journey-actor';
import './simulator.css';

export interface SimulatorIslandProps {
  data: SimulatorData;
  sources: Record<string, SourceRef>;
  stageLabels: Record<string, string>;
  /** For each stage, the running example's steps up to it (computed at build time). */
  stageStarts: Record<string, Step[]>;
}

interface Start {
  key: number;
  steps: Step[];
  notice: string;
}

// Reading and writing the address (share links) loads right after hydration, like XState; recording a
// finished journey loads when one finishes.
type Address = typeof import('./address');
let loadedAddress: Address | undefined;
const address = () => import('./address').then((module) => (loadedAddress = module));
/** Run `run` with the address code: at once when it is loaded, so the address changes with the step. */
const withAddress = (run: (module: Address) => void) => (loadedAddress ? run(loadedAddress) : void address().then(run));
const recorder = () => import('./record-journey');

/**
 * The decision simulator for a reader. It starts fresh (as rendered on the server), then reads the URL
 * once: a share link (?j=…) restores a journey, ?stage=… opens a stage with the running example's earlier
 * choices. The reader's machine keeps the address in step and records finished journeys in progress.
 */
export default function SimulatorIsland({ data, sources, stageLabels, stageStarts }: SimulatorIslandProps) {
  const [start, setStart] = useState<Start>({ key: 0, steps: [], notice: '' });
  const [ready, setReady] = useState(false);
  const [machineReady, setMachineReady] = useState(false);

  useEffect(() => {
    let current = true;
    const loading = address();
    const from = window.location.search
      ? loading.then((a) => a.startFromAddress(data, stageLabels, stageStarts))
      : Promise.resolve(undefined);
    void from.then((found) => {
      if (!current) return;
      if (found) {
        // A new journey mounts with its own machine: the page is ready again once that one runs.
        setMachineReady(false);
        setStart({ key: 1, ...found });
      }
      setReady(true);
    });
    return () => {
      current = false;
    };
  }, [data, stageLabels, stageStarts]);

  return (
    <div className="sim" data-ready={ready && machineReady ? 'true' : 'false'}>
      {start.notice && (
        <p className="sim-notice" role="status">
          {start.notice}
        </p>
      )}
      <ReaderJourney
        key={start.key}
        data={data}
        sources={sources}
        stageLabels={stageLabels}
        initialSteps={start.steps}
        // The notice is about how the page opened; it goes once the reader moves on.
        onJourneyChanged={() => setStart((current) => (current.notice ? { ...current, notice: '' } : current))}
        onReady={() => setMachineReady(true)}
      />
    </div>
  );
}

interface ReaderJourneyProps {
  data: SimulatorData;
  sources: Record<string, SourceRef>;
  stageLabels: Record<string, string>;
  initialSteps: Step[];
  onJourneyChanged: () => void;
  onReady: () => void;
}

/** One reader's actor, with the page's side effects, rendered by JourneyView. */
function ReaderJourney({ data, sources, stageLabels, initialSteps, onJourneyChanged, onReady }: ReaderJourneyProps) {
  // Focus follows the journey once the reader has changed it, never on page load.
  const [moved, setMoved] = useState(false);
  const effects: JourneyEffects = {
    journeyChanged: (journey) => {
      withAddress((a) => a.keepInAddress(journey));
      setMoved(true);
      onJourneyChanged();
    },
    recordJourney: (journey) => void recorder().then((r) => r.recordJourney(data, journey)),
  };
  const [snapshot, send] = useJourneyActor(data, initialSteps, effects, onReady);
  return (
    <JourneyView
      data={data}
      sources={sources}
      stageLabels={stageLabels}
      snapshot={snapshot}
      send={send}
      moveFocus={moved}
    />
  );
}
