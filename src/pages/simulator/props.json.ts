import type { APIRoute } from 'astro';
import { simulatorIslandProps } from '../../content/simulator-island-props';

/**
 * /simulator/props.json: the simulator island's props (the model's data, the sources it cites, stage labels,
 * the running example's starts) for the views that load the simulator later — a talk's live-simulator slide
 * when it is first shown, and the live pages (presenter's questions, projector) once a session runs.
 */
export const GET: APIRoute = async () => Response.json(await simulatorIslandProps());
