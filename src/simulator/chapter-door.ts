/** Stages the simulator asks decisions about, in journey order. */
export const SIMULATOR_STAGES = ['use-case', 'data', 'model', 'optimisation', 'service', 'platform', 'monitoring'] as const;

/** The simulator link for a chapter's stage — a plain link the island reads, so reading pages stay free of JS. */
export function simulatorDoor(stage: string): string | undefined {
  return (SIMULATOR_STAGES as readonly string[]).includes(stage) ? `/simulator/?stage=${stage}` : undefined;
}
