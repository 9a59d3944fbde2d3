import { encode } from 'uqr';

/**
 * A QR code (error correction level M) for `text` as one SVG path of dark modules, in module units, with the
 * standard four-module quiet zone: `{ path, size }` where size is the side in modules. Made locally: no
 * request to any service.
 */
export function qrModules(text: string): { path: string; size: number } {
  const { data, size } = encode(text, { border: 4, ecc: 'M' });
  const cells: string[] = [];
  data.forEach((row, y) => row.forEach((dark, x) => dark && cells.push(`M${x} ${y}h1v1h-1z`)));
  return { path: cells.join(''), size };
}
