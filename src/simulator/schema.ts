import { z } from 'astro/zod';
import { runningExampleSchema } from '../journey/running-example';
import { FRAMEWORKS, OPTIMISATION_STEPS, OPTION_KINDS, type KindedDecision, type OptionKind } from './vocabulary';

const ALL_OPTION_KINDS = [...new Set(Object.values(OPTION_KINDS).flat())] as [OptionKind, ...OptionKind[]];

/** The simulator's data, as authors write it in content/simulator/*.yaml. Cross-references are checked in validate-data.ts. */

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case words joined by "-"');
const metricId = z.string().regex(/^[a-z][a-zA-Z]*$/, 'metric ids are camelCase words');

/** A number with where it comes from: a source id, or "estimate" / "judgement" with the reasoning in `note`. */
export const figureSchema = z
  .object({
    value: z.number(),
    source: z.string().min(1).describe('a source id from content/sources/*.yaml, "estimate" or "judgement"'),
    note: z.string().min(1).optional(),
  })
  .strict()
  .refine((figure) => !['estimate', 'judgement'].includes(figure.source) || figure.note, {
    message: 'an estimate or judgement needs a note that gives its reasoning',
  });
export type Figure = z.infer<typeof figureSchema>;

/** A short scorecard value (lock-in, ops effort, …) with its source or an explicit judgement. */
export const attributeSchema = z
  .object({
    value: z.string().min(1).max(80),
    source: z.string().min(1),
    note: z.string().min(1).optional(),
  })
  .strict();
export type Attribute = z.infer<typeof attributeSchema>;

export const optionSchema = z
  .object({
    id,
    label: z.string().min(1).max(60),
    summary: z.string().min(1),
    kind: z
      .enum(ALL_OPTION_KINDS)
      .optional()
      .describe('what the consequence model branches on (vocabulary.ts OPTION_KINDS); required where listed'),
    framework: z.enum(FRAMEWORKS).optional().describe('models only: what the checkpoint needs installed to run'),
    steps: z
      .array(z.enum(OPTIMISATION_STEPS))
      .optional()
      .describe('optimisations only: the steps stacked, in the order a team applies them'),
    figures: z.record(z.string(), figureSchema).default({}),
    flags: z.array(id).default([]).describe('labels such as "example"; vocabulary.ts OPTION_FLAGS'),
  })
  .strict();
export type Option = z.infer<typeof optionSchema>;

export const decisionSchema = z
  .object({
    id,
    stage: id,
    question: z.string().min(1),
    help: z.string().min(1),
    options: z.array(optionSchema).default([]).describe('the platform decision takes its options from platforms.yaml'),
  })
  .strict();
export type Decision = z.infer<typeof decisionSchema>;

export const platformSchema = z
  .object({
    id,
    label: z.string().min(1).max(60),
    summary: z.string().min(1),
    packaging: z.enum(['zip', 'image', 'managed', 'device']),
    limits: z
      .object({
        maxPackageMB: figureSchema.optional(),
        maxMemoryMB: figureSchema.optional(),
        minMemoryMB: figureSchema.optional().describe('the smallest memory an instance is billed for'),
        timeoutS: figureSchema.optional(),
        initCapS: figureSchema.optional(),
        maxVcpus: figureSchema.optional().describe('the most vCPUs one instance can have'),
      })
      .strict(),
    defaultConcurrency: figureSchema
      .optional()
      .describe('requests one instance accepts at once unless configured, where the platform sends several'),
    gpuUsdPerHour: figureSchema
      .optional()
      .describe('one L4-class GPU instance per hour, where the platform offers GPUs (flag "gpu")'),
    scaleToZero: attributeSchema,
    gpu: attributeSchema,
    coldStart: attributeSchema,
    figures: z
      .object({
        platformStartS: figureSchema,
        imageFetchShare: figureSchema.describe('share of the package read before the first request'),
        opsHoursPerService: figureSchema,
        idleBeforeZeroS: figureSchema
          .optional()
          .describe('how long an instance stays up after its last request before the platform scales it to zero'),
      })
      .strict(),
    pricing: z.discriminatedUnion('kind', [
      z
        .object({
          kind: z.literal('per-request'),
          usdPerGBSecond: figureSchema,
          usdPerMillionRequests: figureSchema,
          provisionedUsdPerGBSecond: figureSchema.optional().describe('keeping an environment initialised'),
          provisionedDurationUsdPerGBSecond: figureSchema.optional().describe('duration on a provisioned one'),
        })
        .strict(),
      z
        .object({
          kind: z.literal('busy-vcpu'),
          usdPerVcpuSecond: figureSchema.describe('request-based billing: only while serving'),
          usdPerGiBSecond: figureSchema,
          usdPerMillionRequests: figureSchema,
          instanceUsdPerVcpuSecond: figureSchema.describe('instance-based billing: minimum instances'),
          instanceUsdPerGiBSecond: figureSchema,
        })
        .strict(),
      z
        .object({
          kind: z.literal('always-on'),
          usdPerVcpuHour: figureSchema,
          minVcpus: figureSchema,
          controlPlaneUsdPerHour: figureSchema.optional(),
          headroom: figureSchema.optional().describe('capacity kept above the peak: spare nodes, rollouts'),
        })
        .strict(),
      z.object({ kind: z.literal('on-device'), usdPerMonth: figureSchema }).strict(),
    ]),
    flags: z.array(id).default([]),
    scorecard: z
      .object({
        lockIn: attributeSchema,
        opsEffort: attributeSchema,
        monitoringIntegration: attributeSchema,
        dataResidency: attributeSchema,
      })
      .strict(),
  })
  .strict();
export type Platform = z.infer<typeof platformSchema>;

const comparison = z.object({ gt: z.number(), gte: z.number(), lt: z.number(), lte: z.number() }).partial().strict();

/** A condition over choices, computed metrics, platform limits and mitigations: plain data, never evaluated as code. */
export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { choice: string; in: string[] }
  | { optionKind: KindedDecision; in: string[] }
  | ({ metric: string } & z.infer<typeof comparison>)
  | { metric: string; overLimit: 'maxPackageMB' | 'maxMemoryMB' | 'initCapS' | 'timeoutS' }
  | { platformFlag: string; is: boolean }
  | { mitigation: string; is: boolean };

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.object({ all: z.array(conditionSchema).min(1) }).strict(),
    z.object({ any: z.array(conditionSchema).min(1) }).strict(),
    z.object({ not: conditionSchema }).strict(),
    z.object({ choice: id, in: z.array(id).min(1) }).strict(),
    z
      .object({
        optionKind: z.enum(Object.keys(OPTION_KINDS) as [KindedDecision, ...KindedDecision[]]),
        in: z.array(z.enum(ALL_OPTION_KINDS)).min(1),
      })
      .strict(),
    z.object({ metric: metricId, overLimit: z.enum(['maxPackageMB', 'maxMemoryMB', 'initCapS', 'timeoutS']) }).strict(),
    comparison
      .extend({ metric: metricId })
      .refine((c) => Object.keys(c).length > 1, 'compare the metric with gt, gte, lt or lte'),
    z.object({ platformFlag: id, is: z.boolean() }).strict(),
    z.object({ mitigation: id, is: z.boolean() }).strict(),
  ]),
);

export const detourSchema = z
  .object({
    id,
    label: z.string().min(1).max(80),
    explanation: z.string().min(1),
    set: z.record(z.string(), id).default({}).describe('decision id → option id'),
    mitigation: id.optional(),
    days: figureSchema,
  })
  .strict()
  .refine((d) => Object.keys(d.set).length > 0 || d.mitigation, 'a detour changes a choice or adds a mitigation');
export type Detour = z.infer<typeof detourSchema>;

export const pitfallSchema = z
  .object({
    id,
    title: z.string().min(1).max(90),
    surfaces: z.enum(['design', 'months-later']),
    when: conditionSchema,
    explanation: z.string().min(1),
    sources: z.array(z.string().min(1)).min(1),
    chapter: z.string().min(1),
    anchor: z.string().min(1),
    detours: z.array(detourSchema).min(1, 'every pitfall needs at least one detour'),
  })
  .strict();
export type Pitfall = z.infer<typeof pitfallSchema>;

export const mitigationSchema = z
  .object({
    id,
    label: z.string().min(1).max(80),
    summary: z.string().min(1),
    sources: z.array(z.string().min(1)).min(1),
  })
  .strict();
export type Mitigation = z.infer<typeof mitigationSchema>;

export const languageSchema = z
  .object({
    code: id,
    name: z.string().min(1),
    fertility: figureSchema.describe('tokens for the same message relative to English'),
    transferDistance: figureSchema,
  })
  .strict();
export type Language = z.infer<typeof languageSchema>;

export const decisionsFileSchema = z.array(decisionSchema).min(1);
export const platformsFileSchema = z.array(platformSchema).min(1);
export const pitfallsFileSchema = z.array(pitfallSchema).min(1);
export const mitigationsFileSchema = z.array(mitigationSchema);
export const languagesFileSchema = z.array(languageSchema).min(1);

export const simulatorDataSchema = z.object({
  example: runningExampleSchema.describe('the running example (content/running-example.yaml)'),
  decisions: z.array(decisionSchema),
  platforms: platformsFileSchema,
  pitfalls: pitfallsFileSchema,
  mitigations: mitigationsFileSchema,
  languages: languagesFileSchema,
});

/** Everything the simulator needs, parsed: what the page hands the island as props. */
export type SimulatorData = z.infer<typeof simulatorDataSchema>;
