import type { DecisionId, MetricId } from '../vocabulary';

/** What the attendee has chosen so far, plus mitigations added by detours. */
export interface Selection {
  choices: Partial<Record<DecisionId, string>>;
  mitigations: readonly string[];
}

/** One computed metric: its value, whether it rests on estimates, its sources, and how it was derived. */
export interface MetricValue {
  value: number;
  estimate: boolean;
  sources: string[];
  /** The derivation in words and numbers, built on demand so exhaustive checks stay fast. */
  explain: () => string;
}

export type Metrics = Partial<Record<MetricId, MetricValue>>;

export interface LanguageQuality {
  code: string;
  name: string;
  /** Illustrative expected accuracy in %, or null when no model covers the language. */
  quality: number | null;
  basis: string;
}
