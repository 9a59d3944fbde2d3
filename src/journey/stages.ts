/** The stages of the journey, in the order a project meets them. Chapters and the simulator share them. */
export const JOURNEY_STAGES = [
  'use-case',
  'data',
  'model',
  'optimisation',
  'service',
  'platform',
  'monitoring',
  'recap',
] as const;

export type JourneyStage = (typeof JOURNEY_STAGES)[number];

export const STAGE_LABELS: Record<JourneyStage, string> = {
  'use-case': 'Use case',
  data: 'Data',
  model: 'Model',
  optimisation: 'Optimisation',
  service: 'Service',
  platform: 'Platform',
  monitoring: 'Monitoring',
  recap: 'Recap',
};
