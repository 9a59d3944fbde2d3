/**
 * Turn the simulator's platforms (content/simulator/platforms.yaml) into scorecard scores, 0–5 per
 * criterion, each with the fact it rests on. The thresholds are this site's judgement and are shown
 * on the page; the facts and their sources are the simulator's.
 */
import type { Attribute, Figure, Platform } from '../simulator/schema';
import type { CriterionId, PlatformScores } from './scorecard';

export interface ScoredFact {
  text: string;
  /** A source id, or undefined when the fact is an estimate or judgement. */
  source?: string;
}

export interface ScoredPlatform extends PlatformScores {
  facts: Record<CriterionId, ScoredFact>;
}

/** The first threshold a value reaches gives its score; thresholds run from best to worst. */
const byThreshold = (value: number, steps: [atLeast: number, score: number][]) =>
  steps.find(([atLeast]) => value >= atLeast)?.[1] ?? 0;
const cited = (item: Figure | Attribute | undefined) =>
  item && !['estimate', 'judgement'].includes(item.source) ? item.source : undefined;
const mb = (value: number) => (value >= 1024 ? `${+(value / 1024).toFixed(1)} GB` : `${value} MB`);
const level = (text: string) =>
  /^low\b/i.test(text) ? 5 : /^medium\b/i.test(text) ? 3 : /^high\b/i.test(text) ? 1 : 2;
const yesNo = (text: string) => (/^yes\b/i.test(text) ? 5 : /^no\b/i.test(text) ? 0 : 2);

/** Monitoring that comes with the platform scores higher than monitoring you run or build yourself. */
function monitoringScore(text: string): number {
  if (/\bnone\b/i.test(text)) return 1;
  if (/\bbasic\b/i.test(text)) return 2;
  if (/yours to run|\bno model monitor\b/i.test(text)) return 3;
  if (/model monitor/i.test(text)) return 5;
  return 4;
}

/** Texts that never leave the user's device, or run wherever you put them, give the most control. */
function residencyScore(text: string): number {
  if (/device|wherever/i.test(text)) return 5;
  if (/region/i.test(text)) return 4;
  return 2;
}

const COST_SCORES: Record<Platform['pricing']['kind'], [number, string]> = {
  'on-device': [5, 'runs on the user’s device'],
  'per-request': [5, 'pay per request and compute time'],
  'busy-vcpu': [4, 'pay for busy CPU time'],
  'always-on': [1, 'pay for instances while they run'],
};

export function scorePlatform(platform: Platform): ScoredPlatform {
  const { limits, figures, scorecard } = platform;
  const [costScore, costText] = COST_SCORES[platform.pricing.kind];
  const facts: Record<CriterionId, ScoredFact> = {
    size: limits.maxPackageMB
      ? { text: `package or image up to ${mb(limits.maxPackageMB.value)}`, source: cited(limits.maxPackageMB) }
      : { text: 'no platform size limit' },
    memory: limits.maxMemoryMB
      ? { text: `up to ${mb(limits.maxMemoryMB.value)}`, source: cited(limits.maxMemoryMB) }
      : { text: 'as large as the machines you choose' },
    'cold-start': { text: platform.coldStart.value, source: cited(platform.coldStart) },
    gpu: { text: platform.gpu.value, source: cited(platform.gpu) },
    'scale-to-zero': { text: platform.scaleToZero.value, source: cited(platform.scaleToZero) },
    cost: { text: costText },
    'lock-in': { text: scorecard.lockIn.value, source: cited(scorecard.lockIn) },
    ops: { text: `${scorecard.opsEffort.value} (about ${figures.opsHoursPerService.value} h a month per service)` },
    monitoring: { text: scorecard.monitoringIntegration.value, source: cited(scorecard.monitoringIntegration) },
    residency: { text: scorecard.dataResidency.value, source: cited(scorecard.dataResidency) },
  };
  const scores: Record<CriterionId, number> = {
    size: limits.maxPackageMB
      ? byThreshold(limits.maxPackageMB.value, [
          [10240, 4],
          [1024, 3],
          [250, 1],
        ])
      : 5,
    memory: limits.maxMemoryMB
      ? byThreshold(limits.maxMemoryMB.value, [
          [32768, 5],
          [10240, 4],
          [6144, 3],
          [4096, 2],
          [1024, 1],
        ])
      : 5,
    // Seconds before user code runs on a new instance; always-on platforms start none on a request.
    'cold-start':
      5 -
      byThreshold(figures.platformStartS.value, [
        [10, 5],
        [2, 3],
        [1, 2],
        [0.5, 1],
      ]),
    gpu: yesNo(platform.gpu.value),
    'scale-to-zero': yesNo(platform.scaleToZero.value),
    cost: costScore,
    'lock-in': level(scorecard.lockIn.value),
    ops: level(scorecard.opsEffort.value),
    monitoring: monitoringScore(scorecard.monitoringIntegration.value),
    residency: residencyScore(scorecard.dataResidency.value),
  };
  return { id: platform.id, name: platform.label, scores, facts };
}
