import { useEffect, useMemo, useState } from 'react';
import { journeyStatus } from '../../simulator/journey';
import { computeMetrics } from '../../simulator/metrics';
import { describeMetrics } from '../../simulator/report';
import type { SimulatorData } from '../../simulator/schema';
import { leaders } from '../../live/room';
import { JourneyStage } from '../simulator/JourneyStage';
import { MetricsPanel } from '../simulator/MetricsPanel';
import type { SourceRef } from '../simulator/SourceLinks';
import '../simulator/simulator.css';
import { TallyBars } from './TallyBars';
import { useLiveRoom } from './use-live-room';
import { useRoomJourney } from './use-room-journey';
import './live.css';

export interface JourneyBundle {
  data: SimulatorData;
  sources: Record<string, SourceRef>;
  stageLabels: Record<string, string>;
}

let bundle: Promise<JourneyBundle> | undefined;
/** The simulator's data for the live pages (/simulator/props.json, as the deck's simulator slide), fetched once per page. */
export const loadJourney = () =>
  (bundle ??= fetch('/simulator/props.json').then((r) => {
    if (!r.ok) throw new Error(`/simulator/props.json: ${r.status}`);
    return r.json() as Promise<JourneyBundle>;
  }));

/**
 * The simulator on the projector, driven by the room: its journey follows the steps the presenter applies;
 * over it, the question being voted on (voter count while open, the tally once closed). A display: the
 * options are not buttons anyone in the room can press here.
 */
export function LiveSimulator({ room }: { room: string }) {
  const [journeyData, setJourneyData] = useState<JourneyBundle>();
  const [failed, setFailed] = useState('');
  useEffect(() => {
    loadJourney().then(setJourneyData, (error: Error) => setFailed(error.message));
  }, []);
  const live = useLiveRoom(room, { t: 'hello', role: 'screen', room });
  if (failed) return <p className="live-error">The simulator's data did not load ({failed}).</p>;
  if (live.error?.code === 'no-room') return <p className="live-error">There is no live room {room}.</p>;
  if (!journeyData || !live.state) return <p className="live-muted">Connecting to room {room}…</p>;
  return <RoomSimulator bundle={journeyData} live={live} />;
}

function RoomSimulator({ bundle, live }: { bundle: JourneyBundle; live: ReturnType<typeof useLiveRoom> }) {
  const { data, sources, stageLabels } = bundle;
  const journey = useRoomJourney(data, live.state!.steps);
  const selection = journey?.selection;
  const metrics = useMemo(() => (selection ? describeMetrics(computeMetrics(data, selection)) : []), [data, selection]);
  if (!journey || !selection) return null;
  const status = journeyStatus(data, selection);
  const question = live.question;

  return (
    <div
      className="sim live-sim"
      data-ready="true"
      data-steps={journey.steps.length}
      data-state={journey.done ? 'in-production' : status.kind === 'pitfall' ? 'pitfall' : 'deciding'}
    >
      {journey.mismatch && (
        <p className="sim-notice" role="status">
          The room's journey does not fit this simulator's data; showing the start.
        </p>
      )}
      {question && (
        <section className="live-vote" aria-live="polite" data-question={question.id} data-open={question.open}>
          {question.open ? (
            <p>
              <strong>Vote open</strong>: {question.tally?.voters ?? 0}{' '}
              {question.tally?.voters === 1 ? 'vote' : 'votes'} so far
            </p>
          ) : (
            <>
              <p>
                <strong>Vote closed</strong>: {question.prompt}
              </p>
              {question.tally && (
                <TallyBars options={question.options} tally={question.tally} leaders={leaders(question.tally)} />
              )}
            </>
          )}
        </section>
      )}
      <div className="sim-layout">
        {/* The projector shows the journey; the room steers it by vote, not by clicks here. */}
        <div className="sim-main" inert>
          <JourneyStage
            data={data}
            sources={sources}
            stageLabels={stageLabels}
            selection={selection}
            steps={journey.steps}
            status={status}
            done={journey.done}
            takeFocus={false}
            onChoose={() => {}}
            onDetour={() => {}}
          />
        </div>
        <div className="sim-side">{!journey.done && <MetricsPanel metrics={metrics} sources={sources} />}</div>
      </div>
    </div>
  );
}
