import { useEffect, useState } from 'react';
import { roomCode } from '../../live/protocol';
import { leaders } from '../../live/room';
import { liveStatus, type LiveStatus } from './live-connection';
import { deviceId, keepVote, keptVote } from './live-storage';
import { TallyBars } from './TallyBars';
import { useLiveRoom } from './use-live-room';
import './live.css';

/** A code as typed (any case, spaces) made canonical, or undefined when it cannot be a room code. */
function parseRoom(text: string | null): string | undefined {
  const code = (text ?? '').replace(/\s+/g, '').toUpperCase();
  return roomCode.safeParse(code).success ? code : undefined;
}

/**
 * /live/ on an attendee's phone: join a room by its code (or the QR code's ?room=), see the question
 * being voted on with each option's one-line preview, vote and change the vote while it is open, see
 * the result once it closes. Without the companion server (a static host) it says live voting is off.
 */
export default function AttendeeApp() {
  const [status, setStatus] = useState<LiveStatus>();
  const [room, setRoom] = useState<string>();
  const [typed, setTyped] = useState('');
  const [formError, setFormError] = useState('');

  useEffect(() => {
    void liveStatus().then(setStatus);
    const param = new URLSearchParams(location.search).get('room');
    if (param !== null) {
      const code = parseRoom(param);
      if (code) setRoom(code);
      else setFormError(`"${param.slice(0, 12)}" is not a room code: it is six letters and digits, as on the screen.`);
    }
  }, []);

  const join = () => {
    const code = parseRoom(typed);
    if (!code) return setFormError('A room code is six letters and digits, as shown on the screen.');
    setFormError('');
    const url = new URL(location.href);
    url.searchParams.set('room', code);
    history.replaceState(null, '', url);
    setRoom(code);
  };
  const leave = (message = '') => {
    const url = new URL(location.href);
    url.searchParams.delete('room');
    history.replaceState(null, '', url);
    setRoom(undefined);
    setFormError(message);
  };

  if (!status) return <p className="live-muted">Looking for the live session…</p>;
  if (!status.live)
    return (
      <p className="live-notice" data-live-off>
        Live voting runs only when the talk is served by its companion server, and this copy of the site has none. You
        can still <a href="/simulator/">try the decision simulator</a> on your own.
      </p>
    );
  if (room) return <AttendeeRoom key={room} room={room} onLeave={leave} />;
  return (
    <form
      className="live-join-form"
      onSubmit={(event) => {
        event.preventDefault();
        join();
      }}
      noValidate
    >
      <label htmlFor="live-room-code">Room code</label>
      <p className="live-muted" id="live-room-help">
        Six letters and digits, shown on the screen with the QR code.
      </p>
      <div className="live-join-form__row">
        <input
          id="live-room-code"
          name="room"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={8}
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          aria-describedby={formError ? 'live-room-help live-room-error' : 'live-room-help'}
          aria-invalid={formError ? true : undefined}
        />
        <button type="submit">Join</button>
      </div>
      {formError && (
        <p className="live-error" id="live-room-error" role="alert">
          {formError}
        </p>
      )}
    </form>
  );
}

function AttendeeRoom({ room, onLeave }: { room: string; onLeave: (message?: string) => void }) {
  const [device] = useState(deviceId);
  const [mine, setMine] = useState<{ question: number; option: string }>();
  const live = useLiveRoom(room, { t: 'hello', role: 'attendee', room, device }, (message) => {
    if (message.t === 'voted') setMine({ question: message.question, option: message.option });
    if (message.t === 'state') {
      const question = message.question;
      if (message.mine && question) setMine({ question: question.id, option: message.mine });
      // Back after a drop or a server restart: a vote the server did not keep is sent again.
      const kept = keptVote();
      if (question?.open && kept?.room === room && kept.question === question.id && message.mine !== kept.option)
        live.send({ t: 'vote', question: question.id, option: kept.option });
    }
  });
  const noRoom = live.error?.code === 'no-room';
  useEffect(() => {
    if (noRoom) onLeave(`There is no room ${room}. Check the code on the screen.`);
  }, [noRoom, onLeave, room]);

  const question = live.state?.question ?? null;
  const myVote = question && mine?.question === question.id ? mine.option : undefined;
  const vote = (option: string) => {
    if (!question) return;
    keepVote({ room, question: question.id, option });
    live.send({ t: 'vote', question: question.id, option });
  };
  const lastStep = live.state?.steps.at(-1);

  return (
    <div className="live-attendee" data-room={room}>
      <p className="live-room">
        Room <strong>{room}</strong>
        <span className="live-connection" role="status" data-connection={live.connection}>
          {live.connection === 'open' ? ' · connected' : live.connection === 'reconnecting' ? ' · reconnecting…' : ''}
        </span>
      </p>
      {live.error && !noRoom && (
        <p className="live-error" role="alert">
          {live.error.message}
        </p>
      )}
      {!live.state ? (
        <p className="live-muted">Joining…</p>
      ) : !question ? (
        <p className="live-waiting" aria-live="polite">
          {lastStep ? 'The speaker applied the vote. ' : ''}Waiting for the next vote…
        </p>
      ) : (
        <section aria-labelledby="live-question" data-question={question.id} data-open={question.open}>
          <h2 id="live-question">{question.prompt}</h2>
          <p className="live-muted" aria-live="polite">
            {question.open
              ? myVote
                ? 'Your vote is in. You can change it until the vote closes.'
                : 'Pick one option.'
              : 'The vote is closed.'}
          </p>
          {question.open ? (
            <ul className="live-options">
              {question.options.map((option) => (
                <li key={option.id}>
                  <button
                    type="button"
                    className="live-option"
                    aria-pressed={myVote === option.id}
                    data-option={option.id}
                    onClick={() => vote(option.id)}
                  >
                    <span className="live-option__label">
                      {option.label}
                      {myVote === option.id && <span className="live-badge">your vote</span>}
                    </span>
                    <span className="live-option__preview">{option.preview}</span>
                  </button>
                </li>
              ))}
            </ul>
          ) : (
            question.tally && (
              <>
                <TallyBars options={question.options} tally={question.tally} leaders={leaders(question.tally)} />
                <p>
                  {myVote
                    ? `You voted for ${question.options.find((o) => o.id === myVote)?.label ?? myVote}.`
                    : 'You did not vote on this one.'}
                </p>
              </>
            )
          )}
        </section>
      )}
    </div>
  );
}
