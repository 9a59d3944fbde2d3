import type { APIRoute } from 'astro';
import { getCollection, getEntry } from 'astro:content';
import { STAGE_LABELS } from '../../journey/stages';

/**
 * /live/journey.json: the simulator's data, its sources and stage labels, for the live pages (the presenter's
 * questions, the projector's simulator), which load it once a live session runs.
 */
export const GET: APIRoute = async () => {
  const entry = await getEntry('simulator', 'journey');
  if (!entry) throw new Error('The simulator data did not load (content/simulator/).');
  const sources = Object.fromEntries(
    (await getCollection('sources')).map((s) => [s.id, { label: s.data.label, url: s.data.url }]),
  );
  return new Response(JSON.stringify({ data: entry.data, sources, stageLabels: STAGE_LABELS }), {
    headers: { 'Content-Type': 'application/json' },
  });
};
