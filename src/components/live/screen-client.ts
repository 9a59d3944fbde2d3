/**
 * /live/screen/: the projector's page. It mounts the join code and the room-driven simulator exactly as
 * the deck's live slides do (mount.ts), for the room in ?room= or else the presenter's room, and says why
 * when there is nothing to show.
 */
import { roomCode } from '../../live/protocol';
import { liveStatus } from './live-connection';
import { currentRoom } from './live-storage';
import { mountLiveJoin, mountLiveSimulator } from './mount';

const notice = document.querySelector<HTMLElement>('[data-live-screen-notice]')!;
const param = new URLSearchParams(location.search).get('room')?.toUpperCase();
const room = param && roomCode.safeParse(param).success ? param : undefined;

void liveStatus().then((status) => {
  if (!status.live) {
    notice.dataset.liveOff = '';
    notice.textContent =
      "The projector screen needs the talk's companion server (npm start); this copy of the site has none.";
    return;
  }
  if (!room && !currentRoom())
    notice.textContent =
      'No room yet: start a live session in the presenter view (/talk/presenter/); this page follows it.';
  else notice.hidden = true;
  void mountLiveJoin(document.querySelector<HTMLElement>('[data-live-join]')!, { room });
  void mountLiveSimulator(document.querySelector<HTMLElement>('[data-live-simulator]')!, { room });
});
