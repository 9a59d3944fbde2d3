import { useEffect, useLayoutEffect, useState } from 'react';
import { LIVE_START_EVENT } from '../../deck/deck-keys';
import { resultsMarkdown } from '../../live/markdown';
import { questionFor } from '../../live/questions';
import { leaders, stepFor } from '../../live/room';
import type { LiveStep, PublicQuestion } from '../../live/protocol';
import { joinUrl, QrCode } from './LiveJoin';
import { loadJourney, type JourneyBundle } from './LiveSimulator';
import { keepPresenterSession, presenterSession } from './live-storage';
import { TallyBars } from './TallyBars';
import { useLiveRoom } from './use-live-room';
import './live.css';

/**
 * The presenter's live controls: start a session (button or the L key), show the room code, put the
 * simulator's current decision (or a pitfall's detours) to the vote, watch the tally, close the vote,
 * apply the winner (ties: the speaker picks) or override it, undo the last applied step, and export the
 * room's results as Markdown. The room's secret stays in this tab's sessionStorage.
 */
export default function PresenterLivePanel({ joinOrigin }: { joinOrigin: string }) {
  const [session, setSession] = useState(presenterSession);
  const [starting, setStarting] = useState(false);
  const start = () => setStarting(true);

  // A layout effect: listening before the Start button is painted, so an L pressed as soon as it shows counts.
  useLayoutEffect(() => {
    // The deck's key map turns `l` into this event (presenter-client.ts), unless a field or demo holds the keys.
    const onStart = () => {
      if (!session) setStarting(true);
    };
    document.addEventListener(LIVE_START_EVENT, onStart);
    return () => document.removeEventListener(LIVE_START_EVENT, onStart);
  }, [session]);

  return (
    // A disclosure, so the speaker can fold the panel away from the slides and notes it floats over.
    <details className="live-panel" open>
      <summary>
        <h2>Live audience</h2>
      </summary>
      {session ? (
        <PresenterRoom
          session={session}
          joinOrigin={joinOrigin}
          onEnd={() => {
            keepPresenterSession(null);
            setSession(undefined);
          }}
        />
      ) : starting ? (
        <StartSession
          onStarted={(started) => {
            keepPresenterSession(started);
            setSession(started);
            setStarting(false);
          }}
        />
      ) : (
        <p>
          <button type="button" className="control" onClick={start} data-live-start aria-keyshortcuts="l">
            Start live session (L)
          </button>{' '}
          <span className="live-muted">The room votes each decision of the simulator from their phones.</span>
        </p>
      )}
    </details>
  );
}

function StartSession({ onStarted }: { onStarted: (session: { room: string; secret: string }) => void }) {
  const live = useLiveRoom('create', { t: 'create' }, (message) => {
    if (message.t === 'created') onStarted({ room: message.room, secret: message.secret });
  });
  return <p role="status">{live.error ? `Could not start: ${live.error.message}` : 'Starting a live session…'}</p>;
}

function PresenterRoom({
  session,
  joinOrigin,
  onEnd,
}: {
  session: { room: string; secret: string };
  joinOrigin: string;
  onEnd: () => void;
}) {
  const { room, secret } = session;
  const live = useLiveRoom(room, { t: 'hello', role: 'presenter', room, secret });
  const [journey, setJourney] = useState<JourneyBundle>();
  const [override, setOverride] = useState('');
  useEffect(() => {
    void loadJourney().then(setJourney);
  }, []);
  const forbidden = live.error?.code === 'forbidden' || live.error?.code === 'no-room';

  const steps = live.state?.steps ?? [];
  let next: ReturnType<typeof questionFor> | undefined;
  let nextError = '';
  try {
    next = journey && live.state ? questionFor(journey.data, steps) : undefined;
  } catch (error) {
    nextError = (error as Error).message;
  }
  const question = live.question;
  const closed = question && !question.open ? question : null;
  const apply = (step: LiveStep) => live.send({ t: 'apply', step });
  const download = () => {
    const markdown = resultsMarkdown(room, live.state?.results ?? [], steps, new Date());
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([markdown], { type: 'text/markdown' }));
    link.download = `live-votes-${room}.md`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  };

  if (forbidden)
    return (
      <p className="live-error" role="alert">
        {live.error!.message}{' '}
        <button type="button" className="control" onClick={onEnd}>
          Start a new session
        </button>
      </p>
    );

  return (
    <div className="live-presenter" data-room={room} data-connection={live.connection}>
      <div className="live-presenter__room">
        <QrCode text={joinUrl(joinOrigin, room)} label={`QR code to join room ${room}`} />
        <div>
          <p>
            Room <strong data-live-room>{room}</strong>{' '}
            <span className="live-muted" role="status">
              {live.connection === 'open' ? 'connected' : 'reconnecting…'}
            </span>
          </p>
          <p className="live-muted">{joinUrl(joinOrigin, room)}</p>
          <p>
            <a className="control" href={`/live/screen/?room=${room}`} target="_blank" rel="noopener">
              Projector screen
            </a>{' '}
            <button type="button" className="control" onClick={download} data-live-export>
              Export results (Markdown)
            </button>{' '}
            <button type="button" className="control" onClick={onEnd}>
              End session
            </button>
          </p>
        </div>
      </div>
      {live.error && (
        <p className="live-error" role="alert">
          {live.error.message}
        </p>
      )}
      {nextError && <p className="live-error">{nextError}</p>}
      {question?.open ? (
        <div className="live-presenter__vote" data-vote="open">
          <p>
            <strong>Vote open:</strong> {question.prompt}
          </p>
          <p aria-live="polite" data-live-voters={question.tally?.voters ?? 0}>
            {question.tally?.voters ?? 0} {question.tally?.voters === 1 ? 'voter' : 'voters'}
          </p>
          {question.tally && <TallyBars options={question.options} tally={question.tally} />}
          <button type="button" className="control" onClick={() => live.send({ t: 'close' })} data-live-close>
            Close vote
          </button>
        </div>
      ) : closed && closed.tally ? (
        <ClosedVote question={closed} onApply={(option) => apply(stepFor(closed, option))} />
      ) : next ? (
        <p>
          <button
            type="button"
            className="control"
            onClick={() => live.send({ t: 'open', question: next })}
            data-live-open
            disabled={live.connection !== 'open'}
          >
            Open vote
          </button>{' '}
          on “{next.prompt}”
        </p>
      ) : (
        next === null && <p data-live-finished>The journey is in production: the report is on the screen.</p>
      )}
      {next && !question?.open && (
        <p className="live-presenter__override">
          <label>
            Override: apply{' '}
            <select value={override} onChange={(event) => setOverride(event.target.value)} data-live-override>
              <option value="">choose an option…</option>
              {next.options.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.label}
                </option>
              ))}
            </select>
          </label>{' '}
          <button
            type="button"
            className="control"
            disabled={!override}
            onClick={() => {
              apply(stepFor(next, override));
              setOverride('');
            }}
          >
            Apply
          </button>
        </p>
      )}
      <p>
        <button
          type="button"
          className="control"
          disabled={steps.length === 0 || !!question?.open}
          onClick={() => live.send({ t: 'undo' })}
          data-live-undo
        >
          Undo last applied vote
        </button>{' '}
        <span className="live-muted">{steps.length} steps applied</span>
      </p>
    </div>
  );
}

function ClosedVote({ question, onApply }: { question: PublicQuestion; onApply: (option: string) => void }) {
  const tally = question.tally!;
  const top = leaders(tally);
  const label = (id: string) => question.options.find((o) => o.id === id)?.label ?? id;
  return (
    <div className="live-presenter__vote" data-vote="closed">
      <p>
        <strong>Vote closed:</strong> {question.prompt} ({tally.voters} {tally.voters === 1 ? 'voter' : 'voters'})
      </p>
      <TallyBars options={question.options} tally={tally} leaders={top} />
      {top.length === 1 ? (
        <button type="button" className="control" onClick={() => onApply(top[0]!)} data-live-apply>
          Apply the winner: {label(top[0]!)}
        </button>
      ) : (
        <p role="group" aria-label="Speaker's pick">
          {top.length > 1 ? 'A tie: pick one. ' : 'No votes: pick one. '}
          {(top.length > 1 ? top : question.options.map((o) => o.id)).map((id) => (
            <button key={id} type="button" className="control" onClick={() => onApply(id)} data-live-pick={id}>
              {label(id)}
            </button>
          ))}
        </p>
      )}
    </div>
  );
}
