/**
 * The platform scorecard: weighted criteria, a ranking, and weights kept in the URL. Pure, no DOM;
 * the platforms and their per-criterion scores come from the simulator's data.
 */

export const CRITERIA = [
  { id: 'size', label: 'Package and image size limits' },
  { id: 'memory', label: 'Memory limit' },
  { id: 'cold-start', label: 'Cold start' },
  { id: 'gpu', label: 'GPU available' },
  { id: 'scale-to-zero', label: 'Scale to zero' },
  { id: 'cost', label: 'Cost model' },
  { id: 'lock-in', label: 'Little lock-in' },
  { id: 'ops', label: 'Little ops effort' },
  { id: 'monitoring', label: 'Monitoring integration' },
  { id: 'residency', label: 'Data residency control' },
] as const;

export type CriterionId = (typeof CRITERIA)[number]['id'];
export type Weights = Record<CriterionId, number>;

/** Weights are whole numbers from 0 (ignore) to MAX_WEIGHT (decisive). */
export const MAX_WEIGHT = 5;
/** Platform scores per criterion run from 0 (worst) to MAX_SCORE (best). */
export const MAX_SCORE = 5;

export const DEFAULT_WEIGHTS: Weights = Object.fromEntries(CRITERIA.map(({ id }) => [id, 3])) as Weights;

export interface PlatformScores {
  id: string;
  name: string;
  scores: Record<CriterionId, number>;
}

export interface RankedPlatform {
  platform: PlatformScores;
  /** Weighted score as a percentage of the best possible, 0–100. */
  total: number;
  /** What each criterion added to the total, in percentage points. */
  contributions: Record<CriterionId, number>;
}

const clampScore = (score: number) => (Number.isFinite(score) ? Math.min(MAX_SCORE, Math.max(0, score)) : 0);

/** Rank platforms by weighted score, best first; ties keep alphabetical order. All weights 0 ranks every platform at 0. */
export function rankPlatforms(platforms: PlatformScores[], weights: Weights): RankedPlatform[] {
  const weightSum = CRITERIA.reduce((sum, { id }) => sum + weights[id], 0);
  return platforms
    .map((platform) => {
      const contributions = Object.fromEntries(
        CRITERIA.map(({ id }) => [
          id,
          weightSum === 0 ? 0 : (100 * weights[id] * clampScore(platform.scores[id])) / (weightSum * MAX_SCORE),
        ]),
      ) as Record<CriterionId, number>;
      const total = Object.values(contributions).reduce((sum, part) => sum + part, 0);
      return { platform, total, contributions };
    })
    .sort((a, b) => b.total - a.total || a.platform.name.localeCompare(b.platform.name));
}

export interface ParsedWeights {
  weights: Weights;
  /** Set when the URL held weights that could not be used; the defaults apply instead. */
  notice?: string;
}

const CRITERION_IDS = new Set<string>(CRITERIA.map(({ id }) => id));

/**
 * Read weights from a URL query ("?cold-start=5&gpu=0"). Absent criteria keep their default. Anything
 * unknown or malformed — another key, a value that is not a whole number from 0 to 5, a repeated key —
 * discards the whole set, like a bad share link, and says so.
 */
export function parseWeights(search: string | URLSearchParams): ParsedWeights {
  const params = typeof search === 'string' ? new URLSearchParams(search.slice(0, 2000)) : search;
  const weights = { ...DEFAULT_WEIGHTS };
  const seen = new Set<string>();
  for (const [key, value] of params) {
    if (!CRITERION_IDS.has(key) || seen.has(key) || !/^[0-5]$/.test(value)) {
      return {
        weights: { ...DEFAULT_WEIGHTS },
        notice: 'The weights in this link could not be read, so the default weights are shown.',
      };
    }
    seen.add(key);
    weights[key as CriterionId] = Number(value);
  }
  return { weights };
}

/** Weights as a URL query, listing only those that differ from the defaults ("" when none do). */
export function encodeWeights(weights: Weights): string {
  const params = new URLSearchParams();
  for (const { id } of CRITERIA) if (weights[id] !== DEFAULT_WEIGHTS[id]) params.set(id, String(weights[id]));
  const query = params.toString();
  return query ? `?${query}` : '';
}
