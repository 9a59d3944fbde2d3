import type { APIRoute } from 'astro';

/**
 * /live/status.json on a static host: no live endpoint, so the pages leave their live controls out.
 * The companion server (server/companion-server.ts) answers this path itself with `{ live: true }`.
 */
export const GET: APIRoute = () =>
  new Response(JSON.stringify({ live: false, joinOrigin: null }), { headers: { 'Content-Type': 'application/json' } });
