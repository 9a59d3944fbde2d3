import { useEffect, useState } from 'react';
import type { Step } from '../../simulator/journey';
import type { SimulatorData } from '../../simulator/schema';
import { decodeSteps, encodeSteps, SHARE_PARAM } from '../../simulator/share-link';
import { JourneyView } from './JourneyView';
import { recordJourney } from './record-journey';
import type { SourceRef } from './SourceLinks';
import { useJourneyActor, type Journey, type JourneyEffects } from './use-journey-actor';
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

/** Write the journey into the address (?j=…), so it can be shared, and drop the one-off ?stage=. */
function keepInAddress({ steps }: Journey) {
  const url = new URL(window.location.href);
  url.searchParams.delete('stage');
  if (steps.length > 0) url.searchParams.set(SHARE_PARAM, encodeSteps(steps));
  else url.searchParams.delete(SHARE_PARAM);
  window.history.replaceState(null, '', url);
}

/** Where the page starts: a share link (?j=…), a chapter door (?stage=…), or fresh. */
function startFromAddress(
  data: SimulatorData,
  stageLabels: Record<string, string>,
  stageStarts: Record<string, Step[]>,
) {
  const params = new URLSearchParams(window.location.search);
  const shared = params.get(SHARE_PARAM);
  const stage = params.get('stage');
  if (shared !== null) {
    const result = shared === '' ? undefined : decodeSteps(shared, data);
    // Nothing to restore: keep the address honest, so a reload or a copied link does not fail again.
    if (!result?.ok) keepInAddress({ steps: [], selection: { choices: {}, mitigations: [] } });
    return {
      steps: result?.ok ? result.steps : [],
      notice: result ? (result.ok ? 'The shared journey is loaded.' : result.notice) : '',
    };
  }
  if (stage !== null) {
    const steps = Object.hasOwn(stageStarts, stage) ? stageStarts[stage] : undefined;
    return steps
      ? { steps, notice: `Opened at the ${stageLabels[stage]} stage with the running example's earlier choices.` }
      : { steps: [], notice: 'Unknown stage. Starting fresh.' };
  }
  return undefined;
}

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
    const from = startFromAddress(data, stageLabels, stageStarts);
    if (from) setStart({ key: 1, ...from });
    setReady(true);
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
      keepInAddress(journey);
      setMoved(true);
      onJourneyChanged();
    },
    recordJourney: (journey) => recordJourney(data, journey),
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
