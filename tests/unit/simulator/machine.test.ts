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
  it('walks one decision at a time to production, which stays live: BACK and RESTART answer there', () => {
    const actor = start();
    expect(actor.getSnapshot().matches({ deciding: 'languages' })).toBe(true);
    for (const [decision, option] of LEAN) actor.send({ type: 'CHOOSE', decision, option });
    expect(actor.getSnapshot().matches('inProduction')).toBe(true);
    expect(actor.getSnapshot().status).toBe('active');
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().matches({ deciding: 'monitoring' })).toBe(true);
    actor.send({ type: 'CHOOSE', decision: 'monitoring', option: LEAN.at(-1)![1] });
    expect(actor.getSnapshot().matches('inProduction')).toBe(true);
    actor.send({ type: 'RESTART' });
    expect(actor.getSnapshot().matches({ deciding: 'languages' })).toBe(true);
    expect(actor.getSnapshot().context.steps).toEqual([]);
  });

  it('records a journey on reaching production through the action supplied with provide, once per journey', () => {
    const data = simulatorData();
    const recorded: string[] = [];
    const changes: number[] = [];
    const machine = createSimulatorMachine(data).provide({
      actions: {
        recordJourney: ({ context }) => recorded.push(context.steps.map((s) => JSON.stringify(s)).join()),
        journeyChanged: ({ context }) => changes.push(context.steps.length),
      },
    });
    const actor = createActor(machine, { input: { data } }).start();
    for (const [decision, option] of LEAN) actor.send({ type: 'CHOOSE', decision, option });
    expect(recorded).toHaveLength(1);
    expect(changes).toEqual(LEAN.map((_, i) => i + 1));
    // Back and the same last choice: the same journey, not recorded again.
    actor.send({ type: 'BACK' });
    actor.send({ type: 'CHOOSE', decision: 'monitoring', option: LEAN.at(-1)![1] });
    expect(recorded).toHaveLength(1);
    // Back and another way to production: a new journey.
    actor.send({ type: 'BACK' });
    actor.send({ type: 'CHOOSE', decision: 'monitoring', option: 'technical' });
    expect(actor.getSnapshot().matches('monthsLater')).toBe(true);
    actor.send({ type: 'TAKE_DETOUR', pitfall: 'silent-drift-one-language', detour: 'drift-and-feedback' });
    expect(actor.getSnapshot().matches('inProduction')).toBe(true);
    expect(recorded).toHaveLength(2);
    // Start over and the first journey again: still known to this actor.
    actor.send({ type: 'RESTART' });
    for (const [decision, option] of LEAN) actor.send({ type: 'CHOOSE', decision, option });
    expect(recorded).toHaveLength(2);
  });

  it('does not record a finished journey it was started with (a share link), nor one it never finished', () => {
    const data = simulatorData();
    let recorded = 0;
    const machine = createSimulatorMachine(data).provide({ actions: { recordJourney: () => recorded++ } });
    const steps = LEAN.map(([decision, option]) => ({ kind: 'choose' as const, decision, option }));
    const restored = createActor(machine, { input: { data, steps } }).start();
    expect(restored.getSnapshot().matches('inProduction')).toBe(true);
    restored.send({ type: 'BACK' });
    restored.send({ type: 'CHOOSE', decision: 'monitoring', option: LEAN.at(-1)![1] });
    expect(recorded).toBe(0);
    const partial = createActor(machine, { input: { data, steps: steps.slice(0, 5) } }).start();
    expect(partial.getSnapshot().matches({ deciding: 'strategy' })).toBe(true);
    expect(recorded).toBe(0);
  });

  it('maps a snapshot to what a view renders', async () => {
    const { journeySnapshotOf } = await import('../../../src/simulator/machine');
    const { startingSnapshot } = await import('../../../src/simulator/journey');
    const data = simulatorData();
    const steps = LEAN.slice(0, 4).map(([decision, option]) => ({ kind: 'choose' as const, decision, option }));
    const actor = createActor(createSimulatorMachine(data), { input: { data, steps } }).start();
    // Before XState loads, the page renders the same from the pure functions.
    expect(journeySnapshotOf(actor.getSnapshot())).toEqual(startingSnapshot(data, steps));
    for (const [decision, option] of LEAN.slice(4)) actor.send({ type: 'CHOOSE', decision, option });
    expect(journeySnapshotOf(actor.getSnapshot()).state).toBe('inProduction');
    // The same agreement at a pitfall, months later and in production, started from a link.
    const asSteps = (pairs: string[][]) =>
      pairs.map(([decision, option]) => ({ kind: 'choose' as const, decision: decision!, option: option! }));
    for (const [state, steps] of [
      ['pitfall', asSteps([...LEAN.slice(0, 9), ['platform', 'hf-endpoints']])],
      ['monthsLater', asSteps([...LEAN.slice(0, -1), ['monitoring', 'technical']])],
      ['inProduction', asSteps(LEAN)],
    ] as const) {
      const started = createActor(createSimulatorMachine(data), { input: { data, steps: [...steps] } }).start();
      expect(journeySnapshotOf(started.getSnapshot())).toEqual(startingSnapshot(data, [...steps]));
      expect(startingSnapshot(data, [...steps]).state, state).toBe(state);
    }
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
