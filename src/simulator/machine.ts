import { assign, setup } from 'xstate';
import { applyStep, emptySelection, journeyStatus, replaySteps, type Step } from './journey';
import type { Selection } from './metrics';
import type { SimulatorData } from './schema';

export interface SimulatorContext {
  data: SimulatorData;
  steps: Step[];
  selection: Selection;
}

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
 * a months-later state and the final "in production". The config is plain data; logic lives in the
 * named guards and actions, which call the pure journey functions.
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
    },
  }).createMachine({
    id: 'simulator',
    context: ({ input }) => {
      const steps = input.steps ?? [];
      const selection = replaySteps(input.data, steps);
      return selection
        ? { data: input.data, steps, selection }
        : { data: input.data, steps: [], selection: emptySelection() };
    },
    initial: 'route',
    on: {
      RESTART: { target: '.route', actions: 'restart' },
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
        on: {
          CHOOSE: { guard: 'isAllowedStep', target: 'route', actions: 'recordStep' },
          BACK: { guard: 'canGoBack', target: 'route', actions: 'stepBack' },
        },
        states: Object.fromEntries(data.decisions.map((decision) => [decision.id, {}])),
      },
      pitfall: {
        on: {
          TAKE_DETOUR: { guard: 'isAllowedStep', target: 'route', actions: 'recordStep' },
          BACK: { guard: 'canGoBack', target: 'route', actions: 'stepBack' },
        },
      },
      monthsLater: {
        on: {
          TAKE_DETOUR: { guard: 'isAllowedStep', target: 'route', actions: 'recordStep' },
          BACK: { guard: 'canGoBack', target: 'route', actions: 'stepBack' },
        },
      },
      inProduction: { type: 'final' },
    },
  });
}

export type SimulatorMachine = ReturnType<typeof createSimulatorMachine>;
