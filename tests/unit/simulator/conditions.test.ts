import { describe, expect, it } from 'vitest';
import { evaluateCondition, type ConditionContext } from '../../../src/simulator/conditions';
import type { Metrics } from '../../../src/simulator/metrics';
import { metric } from '../../../src/simulator/metrics/context';
import { simulatorData } from './load-data';

const lambdaZip = () => simulatorData().platforms.find((p) => p.id === 'lambda-zip')!;
const value = (n: number) => metric(n, false, [], 'sizeSavingPct.none', {});
const context = (
  choices: Record<string, string>,
  metrics: Metrics = {},
  mitigations: string[] = [],
): ConditionContext => ({
  data: simulatorData(),
  selection: { choices, mitigations },
  metrics,
  platform: choices.platform === 'lambda-zip' ? lambdaZip() : undefined,
});

describe('evaluateCondition', () => {
  it('is unknown until the choice it reads is made', () => {
    expect(evaluateCondition({ choice: 'platform', in: ['lambda-zip'] }, context({}))).toBeUndefined();
    expect(evaluateCondition({ choice: 'platform', in: ['lambda-zip'] }, context({ platform: 'lambda-zip' }))).toBe(
      true,
    );
    expect(evaluateCondition({ choice: 'platform', in: ['lambda-zip'] }, context({ platform: 'cloud-run' }))).toBe(
      false,
    );
  });

  it('compares metrics with numbers and with the chosen platform’s limits', () => {
    const ctx = context({ platform: 'lambda-zip' }, { packageMB: value(300) });
    expect(evaluateCondition({ metric: 'packageMB', overLimit: 'maxPackageMB' }, ctx)).toBe(true);
    expect(evaluateCondition({ metric: 'packageMB', gt: 250, lte: 300 }, ctx)).toBe(true);
    expect(evaluateCondition({ metric: 'packageMB', lt: 300 }, ctx)).toBe(false);
    expect(evaluateCondition({ metric: 'memoryMB', gt: 1 }, ctx)).toBeUndefined();
    // A platform without the limit never exceeds it.
    expect(
      evaluateCondition(
        { metric: 'packageMB', overLimit: 'initCapS' },
        { ...ctx, platform: { ...lambdaZip(), limits: {} } },
      ),
    ).toBe(false);
  });

  it('combines all, any and not in three values: false wins all, true wins any', () => {
    const ctx = context({ platform: 'lambda-zip' });
    const yes = { choice: 'platform', in: ['lambda-zip'] };
    const no = { choice: 'platform', in: ['edge'] };
    const unknown = { choice: 'model', in: ['mbert'] };
    expect(evaluateCondition({ all: [yes, unknown] }, ctx)).toBeUndefined();
    expect(evaluateCondition({ all: [no, unknown] }, ctx)).toBe(false);
    expect(evaluateCondition({ any: [yes, unknown] }, ctx)).toBe(true);
    expect(evaluateCondition({ any: [no, unknown] }, ctx)).toBeUndefined();
    expect(evaluateCondition({ not: yes }, ctx)).toBe(false);
    expect(evaluateCondition({ not: unknown }, ctx)).toBeUndefined();
  });

  it('reads platform flags and mitigations', () => {
    const ctx = context({ platform: 'lambda-zip' }, {}, ['warm-instance']);
    expect(evaluateCondition({ platformFlag: 'scale-to-zero', is: true }, ctx)).toBe(true);
    expect(evaluateCondition({ platformFlag: 'gpu', is: true }, ctx)).toBe(false);
    expect(evaluateCondition({ mitigation: 'warm-instance', is: false }, ctx)).toBe(false);
  });
});
