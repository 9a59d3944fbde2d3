import type { APIRoute } from 'astro';
import { simulatorIslandProps } from '../../content/simulator-island-props';

/** The simulator island's props for a talk's live-simulator slide, fetched when that slide is first shown. */
export const GET: APIRoute = async () => Response.json(await simulatorIslandProps());
