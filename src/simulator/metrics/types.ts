import type { Derivation } from '../derivations';
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
  /**
   * Which derivation applies and the numbers it reads; derivations.ts puts it in words on demand, so
   * exhaustive checks stay fast and the page loads the words only when a reader asks.
   */
  derivation: Derivation;
}

export type Metrics = Partial<Record<MetricId, MetricValue>>;

export interface LanguageQuality {
  code: string;
  name: string;
  /** Illustrative expected accuracy in %, or null when no model covers the language. */
  quality: number | null;
  basis: string;
}
