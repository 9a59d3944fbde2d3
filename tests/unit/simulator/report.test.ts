import { describe, expect, it } from 'vitest';
import { journeyStatus, replaySteps, type Step } from '../../../src/simulator/journey';
import { buildReport } from '../../../src/simulator/adr-report';
import { LAMBDA_ZIP_BEFORE_PLATFORM, LEAN_JOURNEY } from '../../shared/lean-journey.mjs';
import { simulatorData } from './load-data';

const choose = ([decision, option]: [string, string]): Step => ({ kind: 'choose', decision, option });

describe('buildReport', () => {
  it('writes an ADR with every choice, every metric and its derivation, and no days lost on a lean journey', () => {
    const data = simulatorData();
    const steps = LEAN_JOURNEY.map(choose);
    const selection = replaySteps(data, steps)!;
    expect(journeyStatus(data, selection).kind).toBe('production');
    const report = buildReport(data, selection, steps);
    expect(report.choices).toHaveLength(LEAN_JOURNEY.length);
    expect(report.daysLost).toBe(0);
    expect(report.adr).toMatch(/^# ADR: /);
    for (const { question, option } of report.choices) expect(report.adr).toContain(`- ${question} **${option}**`);
    for (const metric of report.metrics) expect(report.adr).toContain(`| ${metric.label} | ${metric.value} |`);
    expect(report.adr).toContain('- Days lost on detours: 0.');
  });

  it('counts the days a detour cost and names the pitfall it answered', () => {
    const data = simulatorData();
    const steps: Step[] = [
      ...[
        ...LEAN_JOURNEY.slice(0, 6),
        ['model', 'mbert'],
        ['optimisation', 'none'],
        ['service', 'fastapi-torch-cpu'],
        ['platform', 'lambda-zip'],
      ].map((pair) => choose(pair as [string, string])),
      { kind: 'detour', pitfall: 'lambda-zip-over-250mb', detour: 'use-container-image' },
    ];
    const selection = replaySteps(data, steps)!;
    const report = buildReport(data, selection, steps);
    expect(report.detours.map(({ pitfall }) => pitfall.id)).toEqual(['lambda-zip-over-250mb']);
    expect(report.daysLost).toBe(report.detours[0]!.detour.days.value);
    expect(report.daysLost).toBeGreaterThan(0);
    expect(report.adr).toContain(`→ ${report.detours[0]!.detour.label}`);
  });

  it('writes one day in the singular: "(1 day)", never "(1 days)"', async () => {
    const { dayCount } = await import('../../../src/simulator/adr-report');
    expect(dayCount(1)).toBe('1 day');
    expect(dayCount(3)).toBe('3 days');
    const data = simulatorData();
    const steps: Step[] = [
      ...[...LAMBDA_ZIP_BEFORE_PLATFORM, ['platform', 'lambda-zip']].map((pair) => choose(pair as [string, string])),
      { kind: 'detour', pitfall: 'cold-start-over-budget', detour: 'keep-one-warm' },
      { kind: 'detour', pitfall: 'lambda-zip-over-250mb', detour: 'use-container-image' },
      choose(['hardware', 'cpu-2']),
      choose(['monitoring', 'technical']),
    ];
    const selection = replaySteps(data, steps)!;
    expect(journeyStatus(data, selection).kind).toBe('production');
    const adr = buildReport(data, selection, steps).adr;
    expect(adr).toContain('→ Keep one instance warm (1 day)');
    expect(adr).toContain('→ Ship a Lambda container image instead (2 days)');
    expect(adr).not.toMatch(/\(1 days\)/);
  });

  it('leads each derivation with its value as the panel shows it, and its parts add up, on every platform and model', async () => {
    const { computeMetrics } = await import('../../../src/simulator/metrics');
    const { describeMetrics } = await import('../../../src/simulator/report');
    const { describeDerivation } = await import('../../../src/simulator/derivations');
    const data = simulatorData();
    const base = Object.fromEntries(LEAN_JOURNEY);
    let p95Checked = 0;
    for (const platform of data.platforms.map((p) => p.id))
      for (const model of ['rules', 'tfidf', 'minilm', 'xlmr-large', 'llm-api'])
        for (const traffic of ['low', 'medium', 'high']) {
          const metrics = describeMetrics(
            computeMetrics(data, { choices: { ...base, platform, model, traffic }, mitigations: [] }),
          );
          for (const m of metrics) {
            const derivation = describeDerivation(m.id, m.metric);
            expect(derivation, m.id).not.toMatch(/undefined|NaN|\[object/);
            // e.g. a cost of $0.03 whose sum was written "$0 = …", or 84.6 % written "85 % in Turkish".
            expect(derivation.startsWith(`${m.value} = `), `${m.id}: ${m.value} ← ${derivation}`).toBe(true);
            // The p95 is the compute time plus the queue's p95 wait: its two parts, as written, add up to it.
            const parts = /^([\d.]+) ms = ([\d.]+) ms per request \+ ([\d.]+) ms p95 wait/.exec(derivation);
            // The weakest language's score appears in the per-language list as it does in the sum.
            const gap = /weakest ([\d.]+) \((.*)\)/.exec(derivation);
            if (m.id === 'qualityGapPts')
              expect(gap![2]!.split(', ')).toContainEqual(expect.stringMatching(` ${gap![1]}$`));
            if (m.id === 'p95LatencyMs') {
              expect(parts, derivation).not.toBeNull();
              expect(Number(parts![2]) + Number(parts![3])).toBeCloseTo(Number(parts![1]), 1);
              p95Checked++;
            }
          }
        }
    expect(p95Checked).toBeGreaterThan(10);
  });
});
