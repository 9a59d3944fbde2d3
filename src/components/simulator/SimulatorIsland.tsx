import { useEffect, useState } from 'react';
import { decodeSteps, SHARE_PARAM } from '../../simulator/share-link';
import type { Step } from '../../simulator/journey';
import type { SimulatorData } from '../../simulator/schema';
import { JourneyView } from './JourneyView';
import type { SourceRef } from './SourceLinks';
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
  /** Whether the reader started this run (back or start over from the report), not the page load. */
  byReader?: boolean;
}

/**
 * The decision simulator. It starts fresh (as rendered on the server), then reads the URL once: a share
 * link (?j=…) restores a journey, ?stage=… opens a stage with the running example's earlier choices.
 */
export default function SimulatorIsland({ data, sources, stageLabels, stageStarts }: SimulatorIslandProps) {
  const [start, setStart] = useState<Start>({ key: 0, steps: [], notice: '' });
  const [ready, setReady] = useState(false);
  const [machineReady, setMachineReady] = useState(false);

  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    const shared = params.get(SHARE_PARAM);
    const stage = params.get('stage');
    if (shared !== null) {
      const result = shared === '' ? undefined : decodeSteps(shared, data);
      if (!result?.ok) {
        // Nothing to restore: keep the address honest, so a reload or a copied link does not fail again.
        const url = new URL(window.location.href);
        url.searchParams.delete(SHARE_PARAM);
        window.history.replaceState(null, '', url);
      }
      setStart({
        key: 1,
        steps: result?.ok ? result.steps : [],
        notice: result ? (result.ok ? 'The shared journey is loaded.' : result.notice) : '',
      });
    } else if (stage !== null) {
      const steps = Object.hasOwn(stageStarts, stage) ? stageStarts[stage] : undefined;
      setStart(
        steps
          ? {
              key: 1,
              steps,
              notice: `Opened at the ${stageLabels[stage]} stage with the running example's earlier choices.`,
            }
          : { key: 1, steps: [], notice: 'Unknown stage. Starting fresh.' },
      );
    }
    setReady(true);
  }, [data, stageLabels, stageStarts]);

  const clearNotice = () => setStart((current) => (current.notice ? { ...current, notice: '' } : current));
  const restartWith = (steps: Step[]) =>
    setStart((current) => ({ key: current.key + 1, steps, notice: '', byReader: true }));

  return (
    <div className="sim" data-ready={ready && machineReady ? 'true' : 'false'}>
      {start.notice && (
        <p className="sim-notice" role="status">
          {start.notice}
        </p>
      )}
      <JourneyView
        key={start.key}
        data={data}
        sources={sources}
        stageLabels={stageLabels}
        initialSteps={start.steps}
        startedByReader={!!start.byReader}
        restartWith={restartWith}
        onChange={clearNotice}
        onReady={() => setMachineReady(true)}
      />
    </div>
  );
}
