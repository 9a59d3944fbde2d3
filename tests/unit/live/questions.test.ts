import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseClientMessage } from '../../../src/live/protocol';
import { questionFor } from '../../../src/live/questions';
import { stepFor } from '../../../src/live/room';
import { availableOptions, detourUnavailableReason } from '../../../src/simulator/availability';
import { replaySteps, type Step } from '../../../src/simulator/journey';
import { simulatorData } from '../simulator/load-data';

/** Play a journey by votes: at each question take the option `pick` names; the questions met on the way. */
function playByVotes(pick: (optionCount: number, round: number) => number) {
  const data = simulatorData();
  const steps: Step[] = [];
  const questions = [];
  for (let round = 0; round < 100; round++) {
    const question = questionFor(data, steps);
    if (!question) return { questions, steps, finished: true };
    questions.push(question);
    steps.push(stepFor(question, question.options[pick(question.options.length, round)]!.id));
  }
  return { questions, steps, finished: false };
}

describe('the questions a room votes on', () => {
  it('follow the simulator from the first decision to production, detours included, and the server accepts each', () => {
    const data = simulatorData();
    const { questions, finished } = playByVotes(() => 0);
    expect(finished).toBe(true);
    expect(questions[0]).toMatchObject({ kind: 'choose', ref: data.decisions[0]!.id });
    for (const question of questions) {
      expect(parseClientMessage(JSON.stringify({ t: 'open', question }))).toBeDefined();
      expect(question.options.every((o) => o.label && o.preview)).toBe(true);
    }
  });

  it('put each decision to the vote with its open options, and a pitfall as a choice of its open detours', () => {
    const data = simulatorData();
    const detourQuestions = [];
    let narrowed = 0;
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 100, maxLength: 100 }), (picks) => {
        const { questions, steps, finished } = playByVotes((count, round) => picks[round]! % count);
        expect(finished).toBe(true);
        for (const [round, question] of questions.entries()) {
          expect(parseClientMessage(JSON.stringify({ t: 'open', question }))).toBeDefined();
          const selection = replaySteps(data, steps.slice(0, round))!;
          if (question.kind === 'choose') {
            // Only what the reader could click: options an earlier answer rules out are not put to the vote.
            const decision = data.decisions.find((d) => d.id === question.ref)!;
            const open = availableOptions(data, selection, decision);
            expect(question.options.map((o) => o.id)).toEqual(open.map((o) => o.id));
            if (open.length < decision.options.length) narrowed++;
          }
          if (question.kind === 'detour') {
            const pitfall = data.pitfalls.find((p) => p.id === question.ref)!;
            const open = pitfall.detours.filter((d) => detourUnavailableReason(data, selection, d) === undefined);
            expect(question.options.map((o) => o.id)).toEqual(open.map((d) => d.id));
            detourQuestions.push(question);
          }
        }
      }),
      { numRuns: 60, seed: 14 },
    );
    expect(detourQuestions.length).toBeGreaterThan(0);
    expect(narrowed).toBeGreaterThan(0);
  });

  it('refuse a journey that does not fit the data', () => {
    expect(() => questionFor(simulatorData(), [{ kind: 'choose', decision: 'nope', option: 'nope' }])).toThrow(
      /does not fit/,
    );
  });
});
