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
  latency: z.strictObject({
    p95BudgetMs: z.number().positive(),
    inferenceMsPerMessage: z
      .number()
      .positive()
      .describe('Time one message takes through the model on one vCPU, in milliseconds'),
  }),
  platform: z.string().min(1).describe('A platform id in content/simulator/platforms.yaml'),
  warmInstances: z.number().int().nonnegative(),
  maxConcurrency: z
    .number()
    .int()
    .positive()
    .describe('Requests one instance accepts at once, capped at what its cores can run'),
  memoryHeadroom: z
    .number()
    .min(1)
    .describe('Estimated resident memory = runtime + this factor × the weight file, until measured'),
  monitoring: z.strictObject({
    psiWatch: z.number().positive(),
    psiAlert: z.number().positive(),
    retraining: z.enum(['scheduled', 'triggered']),
  }),
});

/** The running example as the schema returns it. */
export type RunningExample = z.infer<typeof runningExampleSchema>;

/** Hours in the month the pricing pages bill (Hugging Face, AWS and Google price instances on 730 h). */
export const HOURS_PER_MONTH = 730;

/** The character n-gram baseline's vocabulary (`max_features=300_000` in the model-choices chapter). */
export const BASELINE_FEATURES = 300_000;

/**
 * Figures the chapters derive from the running example, by key. Each is computed here so that a
 * chapter never retypes a number that follows from another; units are in the key's name.
 */
export const DERIVED_EXAMPLE_FIGURES = {
  /** How many languages the router serves. */
  'languages.count': (example) => example.languages.length,
  /** Messages in a 730-hour month: messages a day × 730 ÷ 24. */
  'traffic.messagesPerMonth': (example) => Math.round((example.traffic.messagesPerDay * HOURS_PER_MONTH) / 24),
  /** The daily volume spread evenly over 86,400 seconds, to two decimals. */
  'traffic.averageMessagesPerSecond': (example) => round(example.traffic.messagesPerDay / 86_400, 2),
  /** How many times the average rate the peak is, to the nearest whole number. */
  'traffic.peakToAverage': (example) =>
    Math.round(example.traffic.peakMessagesPerSecond / (example.traffic.messagesPerDay / 86_400)),
  /** Messages one vCPU classifies a second: 1,000 ms ÷ the inference time, to one decimal. */
  'latency.messagesPerVcpuPerSecond': (example) => round(1000 / example.latency.inferenceMsPerMessage, 1),
  /** vCPUs busy at the peak: peak rate × inference time, rounded up to whole vCPUs. */
  'traffic.peakVcpus': (example) =>
    Math.ceil((example.traffic.peakMessagesPerSecond * example.latency.inferenceMsPerMessage) / 1000),
  /** The linear baseline's float64 coefficients in decimal MB: features × teams × 8 bytes ÷ 10⁶, whole MB. */
  'teams.baselineCoefficientsMB': (example) => Math.round((BASELINE_FEATURES * example.teams * 8) / 1e6),
  /** Warm instances when each language gets its own service behind a language router: (languages + 1) × warm. */
  'warmInstances.perLanguageServices': (example) => (example.languages.length + 1) * example.warmInstances,
} as const satisfies Record<string, (example: RunningExample) => number>;

/** A key an <Example> may show: a leaf of the YAML ("traffic.messagesPerDay") or a derived figure. */
export type ExampleKey = string;

/** A value the running example holds at a key. */
export type ExampleValue = string | number | readonly string[];

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** The keys of every leaf in the example ("traffic.messagesPerDay", "languages", …), then the derived ones. */
export function exampleKeys(example: RunningExample): string[] {
  const leaves = (node: unknown, prefix: string): string[] =>
    node && typeof node === 'object' && !Array.isArray(node)
      ? Object.entries(node).flatMap(([key, child]) => leaves(child, prefix ? `${prefix}.${key}` : key))
      : [prefix];
  return [...leaves(example, ''), ...Object.keys(DERIVED_EXAMPLE_FIGURES)];
}

/**
 * The value at `key`: a leaf of the running example or a derived figure.
 * @throws Error naming the key and the known keys when `key` is neither.
 */
export function exampleValue(example: RunningExample, key: ExampleKey): ExampleValue {
  if (Object.hasOwn(DERIVED_EXAMPLE_FIGURES, key)) {
    return DERIVED_EXAMPLE_FIGURES[key as keyof typeof DERIVED_EXAMPLE_FIGURES](example);
  }
  let node: unknown = example;
  for (const part of key.split('.')) {
    node =
      node && typeof node === 'object' && !Array.isArray(node) ? (node as Record<string, unknown>)[part] : undefined;
  }
  if (typeof node === 'number' || typeof node === 'string') return node;
  if (Array.isArray(node) && node.every((item) => typeof item === 'string')) return node;
  throw new Error(`unknown running-example key "${key}" (known: ${exampleKeys(example).join(', ')})`);
}

/**
 * How a chapter shows a value: numbers in English with thousands separators ("40,000"), or in words
 * for large ones, to two significant digits, when `compact` ("1.2 million"); lists joined with commas.
 */
export function formatExampleValue(value: ExampleValue, options: { compact?: boolean } = {}): string {
  if (typeof value === 'number') {
    return new Intl.NumberFormat(
      'en',
      options.compact
        ? { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 2 }
        : { maximumFractionDigits: 2 },
    ).format(value);
  }
  return typeof value === 'string' ? value : value.join(', ');
}

/** The `key` of every `<Example key="…">` in an MDX text, in order, without repeats. */
export function findExampleKeys(mdx: string): string[] {
  return [...new Set([...mdx.matchAll(/<Example\s[^>]*?\bkey=["']([^"']+)["']/g)].map((match) => match[1]!))];
}

/** One problem per `<Example key>` in the MDX text that the running example does not know. */
export function findUnknownExampleKeys(example: RunningExample, mdx: string): string[] {
  const known = new Set(exampleKeys(example));
  return findExampleKeys(mdx)
    .filter((key) => !known.has(key))
    .map(
      (key) =>
        `<Example key="${key}">: unknown running-example key; add it to content/running-example.yaml or use one of ${[...known].join(', ')}`,
    );
}
