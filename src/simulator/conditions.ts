import type { Condition, Platform } from './schema';
import type { Metrics, Selection } from './metrics';
import type { DecisionId, MetricId } from './vocabulary';

export interface ConditionContext {
  selection: Selection;
  metrics: Metrics;
  platform: Platform | undefined;
}

/**
 * Evaluate a condition in three values: true, false, or undefined while a choice or metric it reads is
 * still unknown. A pitfall opens only on true, so it never fires before its inputs are chosen.
 */
export function evaluateCondition(condition: Condition, context: ConditionContext): boolean | undefined {
  if ('all' in condition) {
    let unknown = false;
    for (const part of condition.all) {
      const value = evaluateCondition(part, context);
      if (value === false) return false;
      if (value === undefined) unknown = true;
    }
    return unknown ? undefined : true;
  }
  if ('any' in condition) {
    let unknown = false;
    for (const part of condition.any) {
      const value = evaluateCondition(part, context);
      if (value === true) return true;
      if (value === undefined) unknown = true;
    }
    return unknown ? undefined : false;
  }
  if ('not' in condition) {
    const value = evaluateCondition(condition.not, context);
    return value === undefined ? undefined : !value;
  }
  if ('choice' in condition) {
    const chosen = context.selection.choices[condition.choice as DecisionId];
    return chosen === undefined ? undefined : condition.in.includes(chosen);
  }
  if ('platformFlag' in condition) {
    return context.platform ? context.platform.flags.includes(condition.platformFlag) === condition.is : undefined;
  }
  if ('mitigation' in condition) return context.selection.mitigations.includes(condition.mitigation) === condition.is;
  const value = context.metrics[condition.metric as MetricId]?.value;
  if (value === undefined) return undefined;
  if ('overLimit' in condition) {
    if (!context.platform) return undefined;
    const limit = context.platform.limits[condition.overLimit];
    return limit ? value > limit.value : false;
  }
  if (condition.gt !== undefined && !(value > condition.gt)) return false;
  if (condition.gte !== undefined && !(value >= condition.gte)) return false;
  if (condition.lt !== undefined && !(value < condition.lt)) return false;
  if (condition.lte !== undefined && !(value <= condition.lte)) return false;
  return true;
}
