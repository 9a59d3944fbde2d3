import { describe, expect, it } from 'vitest';
import { journeyStatus, replaySteps, type Step } from '../../../src/simulator/journey';
import { buildReport } from '../../../src/simulator/report';
import { LEAN_JOURNEY } from '../../shared/lean-journey.mjs';
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
});
