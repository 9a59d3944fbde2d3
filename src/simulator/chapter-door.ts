import { JOURNEY_STAGES } from '../journey/stages';

/** Stages the simulator asks decisions about, in journey order: all but the recap. */
export const SIMULATOR_STAGES: readonly string[] = JOURNEY_STAGES.filter((stage) => stage !== 'recap');

/** The simulator link for a chapter's stage — a plain link the island reads, so reading pages stay free of JS. */
export function simulatorDoor(stage: string): string | undefined {
  return SIMULATOR_STAGES.includes(stage) ? `/simulator/?stage=${stage}` : undefined;
}
