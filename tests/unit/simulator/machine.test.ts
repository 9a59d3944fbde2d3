import { getShortestPaths } from '@xstate/graph';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { RULE_INPUTS, availableOptions } from '../../../src/simulator/availability';
import { journeyStatus } from '../../../src/simulator/journey';
import { createSimulatorMachine, type SimulatorEvent } from '../../../src/simulator/machine';
import { simulatorData } from './load-data';
import { LEAN_JOURNEY as LEAN } from '../../shared/lean-journey.mjs';

const start = (steps = []) =>
  createActor(createSimulatorMachine(simulatorData()), { input: { data: simulatorData(), steps } }).start();

describe('the simulator machine', () => {
  it('walks one decision at a time to its final state, in production', () => {
    const actor = start();
    expect(actor.getSnapshot().matches({ deciding: 'languages' })).toBe(true);
    for (const [decision, option] of LEAN) actor.send({ type: 'CHOOSE', decision, option });
    expect(actor.getSnapshot().matches('inProduction')).toBe(true);
    expect(actor.getSnapshot().status).toBe('done');
  });

  it('ignores a choice for a decision that is not on screen, or an unknown option', () => {
    const actor = start();
    actor.send({ type: 'CHOOSE', decision: 'model', option: 'mbert' });
    actor.send({ type: 'CHOOSE', decision: 'languages', option: 'eleven' });
    expect(actor.getSnapshot().context.steps).toEqual([]);
  });

  it('stops at a pitfall until a detour is taken, and BACK undoes the last step', () => {
    const actor = start();
    for (const [decision, option] of [
      ...LEAN.slice(0, 6),
      ['model', 'mbert'],
      ['optimisation', 'none'],
      ['service', 'fastapi-torch-cpu'],
      ['platform', 'lambda-zip'],
    ]) {
      actor.send({ type: 'CHOOSE', decision: decision!, option: option! });
    }
    expect(actor.getSnapshot().matches('pitfall')).toBe(true);
    actor.send({ type: 'CHOOSE', decision: 'monitoring', option: 'none' });
    expect(actor.getSnapshot().matches('pitfall')).toBe(true);
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().matches({ deciding: 'platform' })).toBe(true);
    actor.send({ type: 'CHOOSE', decision: 'platform', option: 'lambda-zip' });
    actor.send({ type: 'TAKE_DETOUR', pitfall: 'lambda-zip-over-250mb', detour: 'use-container-image' });
    expect(actor.getSnapshot().context.selection.choices.platform).toBe('lambda-image');
    actor.send({ type: 'RESTART' });
    expect(actor.getSnapshot().matches({ deciding: 'languages' })).toBe(true);
  });

  it('reaches every state and takes every option, walked by @xstate/graph', () => {
    const data = simulatorData();
    const machine = createSimulatorMachine(data);
    const paths = getShortestPaths(machine, {
      input: { data },
      // @xstate/graph serialises context by default, so context multiplies vertices: a vertex is the state, the
      // pitfall on screen, the last step and the options earlier answers leave open.
      serializeState: (snapshot) => {
        const status = journeyStatus(data, snapshot.context.selection);
        return JSON.stringify([
          snapshot.value,
          status.kind === 'pitfall' ? status.pitfalls[0]!.id : null,
          snapshot.context.steps.at(-1) ?? null,
          status.kind === 'deciding'
            ? availableOptions(data, snapshot.context.selection, status.decision).map((o) => o.id)
            : null,
          // The earlier answers that availability reads, so each pattern of open options is explored.
          ...RULE_INPUTS.map((d) => snapshot.context.selection.choices[d] ?? null),
        ]);
      },
      events: (snapshot): SimulatorEvent[] => {
        const status = journeyStatus(data, snapshot.context.selection);
        if (status.kind === 'deciding')
          return status.decision.options.map((o) => ({ type: 'CHOOSE', decision: status.decision.id, option: o.id }));
        if (status.kind === 'pitfall')
          return status.pitfalls[0]!.detours.map((d) => ({
            type: 'TAKE_DETOUR',
            pitfall: status.pitfalls[0]!.id,
            detour: d.id,
          }));
        return [];
      },
    } as Parameters<typeof getShortestPaths<typeof machine>>[1]);
    const reached = new Set(paths.map((p) => JSON.stringify(p.state.value)));
    for (const decision of data.decisions)
      expect(reached, decision.id).toContain(JSON.stringify({ deciding: decision.id }));
    for (const state of ['pitfall', 'monthsLater', 'inProduction']) expect(reached).toContain(JSON.stringify(state));
    const taken = new Set(
      paths
        .flatMap((p) => p.steps.map((s) => s.event))
        .flatMap((e) => (e.type === 'CHOOSE' ? [`${e.decision}.${e.option}`] : [])),
    );
    for (const decision of data.decisions)
      for (const option of decision.options) expect(taken).toContain(`${decision.id}.${option.id}`);
  });
});

describe('chapter doors', () => {
  it('open every simulator stage along the running example, keeping its warm instance through cold starts', async () => {
    const { exampleStepsTo } = await import('../../../src/simulator/example-journey');
    const { simulatorDoor, SIMULATOR_STAGES } = await import('../../../src/simulator/chapter-door');
    for (const stage of SIMULATOR_STAGES) {
      const steps = exampleStepsTo(simulatorData(), stage);
      expect(steps, stage).toBeDefined();
      expect(simulatorDoor(stage)).toBe(`/simulator/?stage=${stage}`);
    }
    expect(simulatorDoor('recap')).toBeUndefined();
    expect(exampleStepsTo(simulatorData(), 'nowhere')).toBeUndefined();
  });
});
