import type { APIRoute } from 'astro';
import { labDatasetJson } from '../../components/lab/assets';

/** /lab/udhr.json: the ten languages' UDHR paragraphs and the unseen language's, uncleaned. */
export const GET: APIRoute = () => new Response(labDatasetJson(), { headers: { 'Content-Type': 'application/json' } });
