import { useEffect, useState } from 'react';
import { roomCode } from '../../live/protocol';
import { liveStatus, type LiveStatus } from './live-connection';
import { LiveJoin } from './LiveJoin';
import { LiveSimulator } from './LiveSimulator';
import { currentRoom } from './live-storage';
import './live.css';

/**
 * /live/screen/: the projector's page for a live room (?room=CODE, else the room this browser's presenter
 * tab started): the join QR code and room code beside the simulator the room's votes drive.
 */
export default function ScreenApp() {
  const [status, setStatus] = useState<LiveStatus>();
  const [room, setRoom] = useState<string | null>(null);
  useEffect(() => {
    void liveStatus().then(setStatus);
    const param = new URLSearchParams(location.search).get('room')?.toUpperCase() ?? currentRoom();
    setRoom(param && roomCode.safeParse(param).success ? param : null);
  }, []);
  if (!status) return <p className="live-muted">Looking for the live session…</p>;
  if (!status.live)
    return (
      <p className="live-notice" data-live-off>
        The projector screen needs the talk's companion server (<code>npm start</code>); this copy of the site has none.
      </p>
    );
  if (!room)
    return (
      <p className="live-notice">
        No room yet: start a live session in the <a href="/talk/presenter/">presenter view</a>, then open its projector
        screen link.
      </p>
    );
  return (
    <div className="live-screen">
      <LiveJoin room={room} origin={status.joinOrigin ?? location.origin} />
      <LiveSimulator room={room} />
    </div>
  );
}
