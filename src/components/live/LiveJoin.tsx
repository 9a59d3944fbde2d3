import { useMemo } from 'react';
import { qrModules } from '../qr-code';

/** The address attendees open to join `room`. */
export const joinUrl = (origin: string, room: string) => `${origin}/live/?room=${room}`;

/** A QR code as SVG: one path of dark modules, with the standard four-module quiet zone. */
export function QrCode({ text, label }: { text: string; label: string }) {
  const { path, size } = useMemo(() => qrModules(text), [text]);
  return (
    <svg className="live-qr" viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label} shapeRendering="crispEdges">
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}

/** The join slide's content: the QR code, the room code and the address to type. */
export function LiveJoin({ room, origin }: { room: string; origin: string }) {
  const url = joinUrl(origin, room);
  return (
    <div className="live-join" data-room={room}>
      <QrCode text={url} label={`QR code to join room ${room}`} />
      <div>
        <p className="live-join__lead">Vote from your phone</p>
        <p>
          Room code <strong className="live-join__code">{room}</strong>
        </p>
        <p className="live-join__url">{url}</p>
      </div>
    </div>
  );
}
