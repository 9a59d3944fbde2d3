import { z } from 'astro/zod';

/**
 * The running example's figures (content/running-example.yaml): one scenario that every chapter and
 * the simulator share, so a number cannot differ between pages. All figures are illustrative.
 */
export const runningExampleSchema = z.strictObject({
  name: z.string().min(1),
  languages: z.array(z.string().regex(/^[a-z]{2,3}$/, 'an ISO 639 language code')).min(1),
  teams: z.number().int().positive(),
  traffic: z.strictObject({
    messagesPerDay: z.number().int().positive(),
    peakMessagesPerSecond: z.number().positive(),
    tokensPerMessage: z.number().int().positive().describe('subword tokens of a typical message in English'),
  }),
  latency: z.strictObject({ p95BudgetMs: z.number().positive() }),
  platform: z.string().min(1).describe('A platform id in content/simulator/platforms.yaml'),
  warmInstances: z.number().int().nonnegative(),
  memoryHeadroom: z.number().min(1).describe('Provisioned memory ÷ measured peak resident memory'),
  monitoring: z.strictObject({
    psiWatch: z.number().positive(),
    psiAlert: z.number().positive(),
    retraining: z.enum(['scheduled', 'triggered']),
  }),
});

/** The running example as the schema returns it. */
export type RunningExample = z.infer<typeof runningExampleSchema>;
