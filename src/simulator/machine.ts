import { assign, enqueueActions, setup, type SnapshotFrom } from 'xstate';
import { applyStep, emptySelection, replaySteps, journeyStatus, type JourneySnapshot, type Step } from './journey';
import type { Selection } from './metrics';
import type { SimulatorData } from './schema';
import { encodeSteps } from './share-link';

export interface SimulatorContext {
  data: SimulatorData;
  steps: Step[];
  selection: Selection;
  /**
   * Finished journeys (encoded steps) this actor has already recorded or was started with: returning to one
   * (back from the report, then the same last choice) is not a new journey.
   */
  recorded: string[];
}

/** What a reader (or anyone driving the journey, e.g. an audience vote) can do. */
export type SimulatorEvent =
  | { type: 'CHOOSE'; decision: string; option: string }
  | { type: 'TAKE_DETOUR'; pitfall: string; detour: string }
  | { type: 'BACK' }
  | { type: 'RESTART' };

export interface SimulatorInput {
  data: SimulatorData;
  /** Steps decoded from a share link; they must replay cleanly (share-link.ts checks that first). */
  steps?: Step[];
}

const stepOf = (event: SimulatorEvent): Step | undefined =>
  event.type === 'CHOOSE'
    ? { kind: 'choose', decision: event.decision, option: event.option }
    : event.type === 'TAKE_DETOUR'
      ? { kind: 'detour', pitfall: event.pitfall, detour: event.detour }
      : undefined;

/**
 * The journey as a state machine generated from the data: one state per decision, a pitfall state,
 * a months-later state and "in production", which stays live (it answers BACK and RESTART). The config
 * is plain data; logic lives in the named guards and actions, which call the pure journey functions.
 *
 * Two actions are hooks for side effects, no-ops here; supply them with `machine.provide({ actions })`:
 * - `journeyChanged`: after every step, back or restart (the page keeps the address in step with it);
 * - `recordJourney`: on reaching production with a journey this actor has not recorded yet (and not the
 *   one it was started with, e.g. from a share link); the page keeps it in the reader's progress.
 * Both receive `{ context }` with the new steps and selection.
 */
export function createSimulatorMachine(data: SimulatorData) {
  return setup({
    types: {
      context: {} as SimulatorContext,
      events: {} as SimulatorEvent,
      input: {} as SimulatorInput,
    },
    guards: {
      hasOpenDesignPitfall: ({ context }) => {
        const status = journeyStatus(context.data, context.selection);
        return status.kind === 'pitfall' && !status.monthsLater;
      },
      isNextDecision: ({ context }, params: { decision: string }) => {
        const status = journeyStatus(context.data, context.selection);
        return status.kind === 'deciding' && status.decision.id === params.decision;
      },
      hasMonthsLaterPitfall: ({ context }) => {
        const status = journeyStatus(context.data, context.selection);
        return status.kind === 'pitfall' && status.monthsLater;
      },
      isAllowedStep: ({ context, event }) => {
        const step = stepOf(event);
        return step !== undefined && applyStep(context.data, context.selection, step) !== undefined;
      },
      canGoBack: ({ context }) => context.steps.length > 0,
      isNewJourney: ({ context }) => !context.recorded.includes(encodeSteps(context.steps)),
    },
    actions: {
      recordStep: assign(({ context, event }) => {
        const step = stepOf(event)!;
        return { steps: [...context.steps, step], selection: applyStep(context.data, context.selection, step)! };
      }),
      stepBack: assign(({ context }) => {
        const steps = context.steps.slice(0, -1);
        return { steps, selection: replaySteps(context.data, steps) ?? emptySelection() };
      }),
      restart: assign(() => ({ steps: [], selection: emptySelection() })),
      rememberJourney: assign(({ context }) => ({ recorded: [...context.recorded, encodeSteps(context.steps)] })),
      journeyChanged: () => {},
      recordJourney: () => {},
    },
  }).createMachine({
    id: 'simulator',
    context: ({ input }) => {
      const steps = input.steps ?? [];
      const selection = replaySteps(input.data, steps);
      return selection
        ? { data: input.data, steps, selection, recorded: [encodeSteps(steps)] }
        : { data: input.data, steps: [], selection: emptySelection(), recorded: [] };
    },
    initial: 'route',
    on: {
      RESTART: { target: '.route', actions: ['restart', 'journeyChanged'] },
      BACK: { guard: 'canGoBack', target: '.route', actions: ['stepBack', 'journeyChanged'] },
    },
    states: {
      route: {
        always: [
          { guard: 'hasOpenDesignPitfall', target: 'pitfall' },
          ...data.decisions.map((decision) => ({
            guard: { type: 'isNextDecision' as const, params: { decision: decision.id } },
            target: `deciding.${decision.id}`,
          })),
          { guard: 'hasMonthsLaterPitfall', target: 'monthsLater' },
          { target: 'inProduction' },
        ],
      },
      deciding: {
        initial: data.decisions[0]!.id,
        on: { CHOOSE: { guard: 'isAllowedStep', target: 'route', actions: ['recordStep', 'journeyChanged'] } },
        states: Object.fromEntries(data.decisions.map((decision) => [decision.id, {}])),
      },
      pitfall: {
        on: { TAKE_DETOUR: { guard: 'isAllowedStep', target: 'route', actions: ['recordStep', 'journeyChanged'] } },
      },
      monthsLater: {
        on: { TAKE_DETOUR: { guard: 'isAllowedStep', target: 'route', actions: ['recordStep', 'journeyChanged'] } },
      },
      inProduction: {
        // Not a final state: the report answers BACK and RESTART like every other state.
        entry: enqueueActions(({ check, enqueue }) => {
          if (!check('isNewJourney')) return;
          enqueue('rememberJourney');
          enqueue('recordJourney');
        }),
      },
    },
  });
}

export type SimulatorMachine = ReturnType<typeof createSimulatorMachine>;
export type SimulatorSnapshot = SnapshotFrom<SimulatorMachine>;

/** The plain values a view renders (JourneyView) from one machine snapshot. */
export const journeySnapshotOf = (snapshot: SimulatorSnapshot): JourneySnapshot => ({
  state: snapshot.matches('inProduction')
    ? 'inProduction'
    : snapshot.matches('pitfall')
      ? 'pitfall'
      : snapshot.matches('monthsLater')
        ? 'monthsLater'
        : 'deciding',
  steps: snapshot.context.steps,
  selection: snapshot.context.selection,
});
