/** Something on a slide that reveals in steps: a list item (one step) or a code block (one step per range after the first). */
export type StepUnit = { kind: 'item' } | { kind: 'code'; ranges: number };

/** When each unit starts to show, and the slide's step count. */
export interface StepPlan {
  /** Per unit, in document order: the step at which it appears (0 = with the slide). */
  appearsAt: number[];
  total: number;
}

/**
 * Plan a slide's steps in document order: each list item appears one step after the last;
 * a code block shows its first range with what came before and moves one range a step.
 */
export function planSteps(units: readonly StepUnit[]): StepPlan {
  let count = 0;
  const appearsAt = units.map((unit) => {
    if (unit.kind === 'item') return (count += 1);
    const at = count;
    count += Math.max(unit.ranges, 1) - 1;
    return at;
  });
  return { appearsAt, total: count };
}

/** Which range (0-based) a stepped code block shows at a step, given when it appeared. */
export function activeRange(step: number, appearsAt: number, ranges: number): number {
  return Math.min(Math.max(step - appearsAt, 0), Math.max(ranges - 1, 0));
}
