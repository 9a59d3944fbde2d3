import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { describeDerivation } from '../../src/simulator/derivations';
import { exampleStepsTo } from '../../src/simulator/example-journey';
import { applyStep, emptySelection, journeyStatus, type JourneyStatus, type Step } from '../../src/simulator/journey';
import { computeMetrics, type Selection } from '../../src/simulator/metrics';
import { describeMetrics } from '../../src/simulator/report';
import type { SimulatorData } from '../../src/simulator/schema';
import type { MetricId } from '../../src/simulator/vocabulary';
import { choose, openSimulator, takeDetour } from './simulator-actions';

/*
 * Worked journeys played through the page as a reader plays them, checked against the consequence model.
 * Every expected number, derivation and pitfall comes from the model (src/simulator) run at test time on
 * the data the page itself was built with (/simulator/props.json), never from a copy of today's values:
 * the figures may change, what the page shows must stay what the model computes.
 */

let pageData: Promise<SimulatorData> | undefined;

/** The simulator data the built page runs on: the island's props, as the site serves them. */
function simulatorData(request: APIRequestContext): Promise<SimulatorData> {
  return (pageData ??= request.get('/simulator/props.json').then(async (response) => {
    expect(response.ok(), '/simulator/props.json is served').toBe(true);
    return ((await response.json()) as { data: SimulatorData }).data;
  }));
}

/** Where a journey stands after some steps: the model's selection and status. */
interface Stage {
  steps: Step[];
  selection: Selection;
  status: JourneyStatus;
}

/** What a reader does at each stop: the option at each decision and the detour at each pitfall met. */
interface Plan {
  choices: Record<string, string>;
  detours?: Record<string, string>;
  /** Stop at the first stage where this holds; without it, the journey is played to production. */
  stopAt?: (stage: Stage) => boolean;
  /** Tab to each option or detour and press Enter, instead of clicking. */
  keyboard?: boolean;
}

const stageOf = (data: SimulatorData, steps: Step[], selection: Selection): Stage => ({
  steps,
  selection,
  status: journeyStatus(data, selection),
});

/** The metrics the page shows, as [metric id, value shown] in display order. */
const shownMetrics = (page: Page) =>
  page
    .locator('.sim-metrics [data-metric]')
    .evaluateAll((elements) =>
      elements.map((el) => [el.getAttribute('data-metric'), el.querySelector('strong')?.textContent ?? null]),
    );

/** The metrics the model computes for a selection, formatted as the page formats them. */
const modelMetrics = (data: SimulatorData, selection: Selection) =>
  describeMetrics(computeMetrics(data, selection)).map((m) => [m.id, m.value]);

/** The model's metric, which must exist at this stage. */
function metricOf(data: SimulatorData, selection: Selection, id: MetricId) {
  const metric = computeMetrics(data, selection)[id];
  if (!metric) throw new Error(`The model computes no ${id} for ${JSON.stringify(selection)}`);
  return metric;
}

/** The value the page shows for a metric. */
const shownValue = (page: Page, id: MetricId) => page.locator(`.sim-metrics [data-metric="${id}"] strong`);

/**
 * Open a metric's "How it is derived" and check the words loaded into it are the model's derivation for
 * this selection. Returns that derivation.
 */
async function expectDerivation(page: Page, data: SimulatorData, selection: Selection, id: MetricId) {
  const expected = describeDerivation(id, metricOf(data, selection, id));
  const details = page.locator(`.sim-metrics [data-metric="${id}"] details`);
  await details.getByText('How it is derived').click();
  await expect(details).toHaveAttribute('open', '');
  await expect(details.locator('p')).toContainText(expected);
  return expected;
}

/** The page shows what the model says for this stage: the decision, pitfall or report, and the same metrics. */
async function expectPageAt(page: Page, data: SimulatorData, { status, selection }: Stage) {
  const layout = page.locator('.sim-layout');
  if (status.kind === 'deciding') {
    await expect(layout).toHaveAttribute('data-state', 'deciding');
    await expect(page.locator(`[data-decision="${status.decision.id}"]`)).toBeVisible();
  } else if (status.kind === 'pitfall') {
    // Only the first pitfall is on screen; the root cause comes first.
    await expect(layout).toHaveAttribute('data-state', status.monthsLater ? 'months-later' : 'pitfall');
    const card = page.locator(`[data-pitfall="${status.pitfalls[0]!.id}"]`);
    await expect(card).toBeVisible();
    const { length } = status.pitfalls;
    await expect(card.locator('[data-pitfall-position]')).toHaveText(
      `${status.monthsLater ? 'In production, months later' : 'Pitfall'}${length > 1 ? ` 1 of ${length}` : ''}`,
    );
  } else {
    await expect(layout).toHaveAttribute('data-state', 'in-production');
    await expect(page.getByRole('heading', { name: 'In production', exact: true })).toBeVisible();
  }
  await expect.poll(() => shownMetrics(page)).toEqual(modelMetrics(data, selection));
}

/** The reader's next step at this stage, from the plan; a stop the plan does not foresee fails the test. */
function nextStep({ status, selection }: Stage, plan: Plan): Step {
  if (status.kind === 'deciding') {
    const option = plan.choices[status.decision.id];
    if (!option) throw new Error(`The journey reached "${status.decision.id}", which the plan does not answer`);
    return { kind: 'choose', decision: status.decision.id, option };
  }
  if (status.kind === 'pitfall') {
    const pitfall = status.pitfalls[0]!;
    const detour = plan.detours?.[pitfall.id];
    if (!detour)
      throw new Error(
        `The journey met "${pitfall.id}" (open: ${status.pitfalls.map((p) => p.id).join(', ')}; choices ${JSON.stringify(selection.choices)}), which the plan has no detour for`,
      );
    return { kind: 'detour', pitfall: pitfall.id, detour };
  }
  throw new Error('The journey is in production: there is no next step');
}

/** Tab from where the focus is to `target`, as a keyboard reader does, and press Enter. */
async function pressWithKeyboard(page: Page, target: Locator) {
  for (let tabs = 0; tabs < 40; tabs++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) {
      await page.keyboard.press('Enter');
      return;
    }
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** Take one step on the page: click (or tab to and press) the option or the detour. */
async function takeStep(page: Page, step: Step, keyboard: boolean, first: boolean) {
  if (!keyboard)
    return step.kind === 'choose'
      ? choose(page, step.decision, step.option)
      : takeDetour(page, step.pitfall, step.detour);
  // The reader starts at the first question; after each step the page moves the focus to what comes next.
  const heading = page.locator('[data-focus-target]');
  if (first) await heading.focus();
  else await expect(heading).toBeFocused();
  await pressWithKeyboard(
    page,
    step.kind === 'choose'
      ? page.locator(`[data-decision="${step.decision}"] [data-option="${step.option}"]`)
      : page.locator(`[data-pitfall="${step.pitfall}"] [data-detour="${step.detour}"]`),
  );
}

/**
 * Play a plan on the open page from `from` (default: the start), checking at every stage that the page
 * shows what the model computes. Returns every stage passed, the last one where the plan stopped.
 */
async function play(page: Page, data: SimulatorData, plan: Plan, from?: Stage): Promise<Stage[]> {
  let stage = from ?? stageOf(data, [], emptySelection());
  const stages: Stage[] = [];
  for (;;) {
    stages.push(stage);
    await expectPageAt(page, data, stage);
    if (plan.stopAt?.(stage) || (!plan.stopAt && stage.status.kind === 'production')) return stages;
    if (stages.length > 40) throw new Error('The journey does not end');
    const step = nextStep(stage, plan);
    const selection = applyStep(data, stage.selection, step);
    if (!selection) throw new Error(`The model does not allow ${JSON.stringify(step)} here`);
    await takeStep(page, step, plan.keyboard ?? false, stage.steps.length === 0);
    stage = stageOf(data, [...stage.steps, step], selection);
  }
}

const pitfallOpen = (stage: Stage, id: string) =>
  stage.status.kind === 'pitfall' && stage.status.pitfalls.some((p) => p.id === id);

/** The options the running example takes (flagged "example" in the data), by decision. */
const exampleChoices = (data: SimulatorData) =>
  Object.fromEntries(
    data.decisions.flatMap((d) => {
      const option = d.options.find((o) => o.flags.includes('example'));
      return option ? [[d.id, option.id]] : [];
    }),
  );

test.describe('worked journeys agree with the consequence model', () => {
  test('the running example, played by keyboard to production', async ({ page, request }) => {
    const data = await simulatorData(request);
    // The running example's own steps up to its last stage, detours included (example-journey.ts).
    const toMonitoring = exampleStepsTo(data, 'monitoring');
    expect(toMonitoring, 'the running example reaches the monitoring stage').toBeDefined();
    const detours: Record<string, string> = Object.fromEntries(
      toMonitoring!.flatMap((s) => (s.kind === 'detour' ? [[s.pitfall, s.detour]] : [])),
    );
    // Months later, one warm instance still meets cold starts at the Monday peak: the reader keeps as many
    // instances warm as the peak needs, and the example stays on its platform.
    detours['cold-starts-at-peak'] ??= 'warm-for-the-peak';

    await openSimulator(page);
    const stages = await play(page, data, { choices: exampleChoices(data), detours, keyboard: true });
    const end = stages.at(-1)!;
    expect(end.steps.slice(0, toMonitoring!.length)).toEqual(toMonitoring);
    await expect(page.getByRole('heading', { name: 'In production', exact: true })).toBeFocused();
    expect(end.selection.choices.platform).toBe(data.example.platform);

    // The figures of content/running-example.yaml reach the page: its peak and its p95 budget.
    const { example } = data;
    const peak = metricOf(data, end.selection, 'peakRps');
    expect(peak.value).toBeCloseTo(example.traffic.peakMessagesPerSecond, 0);
    expect(await expectDerivation(page, data, end.selection, 'sloHeadroomPct')).toContain(
      `budget ${example.latency.p95BudgetMs} ms`,
    );
    // Every metric at launch explains itself with the model's derivation.
    for (const { id } of describeMetrics(computeMetrics(data, end.selection)))
      if (id !== 'sloHeadroomPct') await expectDerivation(page, data, end.selection, id);
  });

  test('XLM-R large at 5 M messages a day: 4 vCPU pods, then one L4 GPU with batching', async ({ page, request }) => {
    const data = await simulatorData(request);
    const choices = {
      ...exampleChoices(data),
      traffic: 'high',
      model: 'xlmr-large',
      optimisation: 'none',
      service: 'fastapi-torch-cpu',
      platform: 'kubernetes',
      hardware: 'cpu-4',
    };
    await openSimulator(page);
    const cpu = (await play(page, data, { choices, stopAt: (s) => s.selection.choices.hardware !== undefined })).at(
      -1,
    )!;
    const budget = data.decisions.find((d) => d.id === 'latency')!.options.find((o) => o.id === 'realtime')!.figures
      .p95BudgetMs!.value;
    for (const id of ['replicasAtPeak', 'p95LatencyMs', 'monthlyCostUSD'] as const)
      await expect(shownValue(page, id)).toBeVisible();
    const cpuReplicas = Number(await shownValue(page, 'replicasAtPeak').textContent());
    expect(cpuReplicas).toBe(metricOf(data, cpu.selection, 'replicasAtPeak').value);
    // The p95 is a queueing result, and says so.
    expect(await expectDerivation(page, data, cpu.selection, 'p95LatencyMs')).toContain('M/M/c');
    await expectDerivation(page, data, cpu.selection, 'replicasAtPeak');
    await expectDerivation(page, data, cpu.selection, 'monthlyCostUSD');
    // 61.6 GFLOP a request on four cores takes longer than the budget: the p95 pitfall stops the journey.
    expect(metricOf(data, cpu.selection, 'p95LatencyMs').value).toBeGreaterThan(budget);
    await expect(page.locator('[data-pitfall="p95-over-budget-at-peak"]')).toBeVisible();

    // The reader takes the pitfall's GPU detour: fp16 on one L4 behind Triton's dynamic batcher.
    const gpuStages = await play(
      page,
      data,
      { choices, detours: { 'p95-over-budget-at-peak': 'gpu-with-batching' } },
      cpu,
    );
    const gpu = gpuStages.at(-1)!;
    expect(gpu.selection.choices).toMatchObject({
      optimisation: 'fp16',
      service: 'model-server',
      hardware: 'gpu-batched',
    });
    const gpuReplicas = Number(await shownValue(page, 'replicasAtPeak').textContent());
    expect(gpuReplicas).toBe(metricOf(data, gpu.selection, 'replicasAtPeak').value);
    expect(gpuReplicas).toBeLessThan(cpuReplicas);
    expect(metricOf(data, gpu.selection, 'p95LatencyMs').value).toBeLessThanOrEqual(budget);
    expect(await expectDerivation(page, data, gpu.selection, 'p95LatencyMs')).toContain('M/M/c');
    await expectDerivation(page, data, gpu.selection, 'replicasAtPeak');
    await expectDerivation(page, data, gpu.selection, 'monthlyCostUSD');
  });

  test('a nightly batch on Lambda runs past the timeout in one go, and fits once fanned out', async ({
    page,
    request,
  }) => {
    const data = await simulatorData(request);
    const timeoutS = data.platforms.find((p) => p.id === 'lambda-image')!.limits.timeoutS!.value;
    const plan: Plan = {
      choices: { ...exampleChoices(data), latency: 'batch', platform: 'lambda-image' },
      detours: {
        // Forwarded e-mail threads pass 512 tokens: the reader keeps the whole message, read in chunks.
        'long-messages-truncated': 'chunk-and-aggregate',
        'batch-over-timeout': 'fan-out',
      },
    };
    await openSimulator(page);
    const before = await play(page, data, {
      ...plan,
      stopAt: (s) => pitfallOpen(s, 'batch-over-timeout') || s.status.kind === 'production',
    });
    const long = before.at(-1)!;
    expect(pitfallOpen(long, 'batch-over-timeout'), 'the nightly run meets the timeout pitfall').toBe(true);
    // It opens at the first stage whose nightly run is longer than Lambda's timeout, not before.
    const runOf = (stage: Stage) => computeMetrics(data, stage.selection).batchRunS?.value ?? 0;
    expect(before.findIndex((s) => runOf(s) > timeoutS)).toBe(before.length - 1);
    // The run and its share of the nightly window are on screen, derived as the model derives them.
    expect(await expectDerivation(page, data, long.selection, 'batchRunS')).toContain('in one run');
    await expectDerivation(page, data, long.selection, 'batchWindowPct');

    const end = (await play(page, data, plan, long)).at(-1)!;
    expect(end.selection.mitigations).toContain('fan-out');
    expect(runOf(end)).toBeLessThanOrEqual(timeoutS);
    expect(await expectDerivation(page, data, end.selection, 'batchRunS')).toContain('per invocation');
    await expectDerivation(page, data, end.selection, 'batchWindowPct');
  });

  test('a nightly batch-job script at 5 M messages a day runs past the window, and fits once fanned out', async ({
    page,
    request,
  }) => {
    const data = await simulatorData(request);
    const plan: Plan = {
      choices: {
        ...exampleChoices(data),
        traffic: 'high',
        latency: 'batch',
        service: 'batch-job',
        platform: 'kubernetes',
      },
      detours: { 'long-messages-truncated': 'chunk-and-aggregate', 'batch-over-window': 'fan-out' },
    };
    await openSimulator(page);
    const before = await play(page, data, {
      ...plan,
      stopAt: (s) => pitfallOpen(s, 'batch-over-window') || s.status.kind === 'production',
    });
    const late = before.at(-1)!;
    expect(pitfallOpen(late, 'batch-over-window'), 'the nightly run meets the window pitfall').toBe(true);
    // It opens at the first stage whose run takes more than the whole nightly window, not before.
    const shareOf = (stage: Stage) => computeMetrics(data, stage.selection).batchWindowPct?.value ?? 0;
    expect(before.findIndex((s) => shareOf(s) > 100)).toBe(before.length - 1);
    expect(await expectDerivation(page, data, late.selection, 'batchWindowPct')).toContain('in one process');

    // Fanned out, as many workers as the window needs run in parallel, each within it.
    const end = (await play(page, data, plan, late)).at(-1)!;
    expect(shareOf(end)).toBeLessThanOrEqual(100);
    expect(await expectDerivation(page, data, end.selection, 'batchWindowPct')).toContain('workers in parallel');
    expect(Number(await shownValue(page, 'replicasAtPeak').textContent())).toBeGreaterThan(1);
  });

  // A hosted LLM API needs no weights of its own: no optimisation, a plain web service around the client.
  const llmChoices = (data: SimulatorData, latency: string) => ({
    ...exampleChoices(data),
    latency,
    // The texts go to the provider: that needs a processor agreement.
    residency: 'may-leave',
    model: 'llm-api',
    optimisation: 'none',
    service: 'fastapi-plain',
    // Nothing to retrain at the provider: the monitoring watches each language instead.
    monitoring: 'per-language',
  });

  test('a hosted LLM API in real time: API fees in the cost, the rate limit at the peak', async ({ page, request }) => {
    const data = await simulatorData(request);
    await openSimulator(page);
    // Played until the rate-limit pitfall opens: from there no detour keeps a hosted LLM in real time.
    const stages = await play(page, data, {
      choices: llmChoices(data, 'realtime'),
      stopAt: (s) => pitfallOpen(s, 'llm-rate-limit') || s.status.kind === 'production',
    });
    const at = stages.at(-1)!;
    expect(pitfallOpen(at, 'llm-rate-limit'), 'the peak meets the rate-limit pitfall').toBe(true);
    await expect(shownValue(page, 'apiRateLimitPct')).toBeVisible();
    expect(metricOf(data, at.selection, 'apiRateLimitPct').value).toBeGreaterThan(100);
    await expectDerivation(page, data, at.selection, 'apiRateLimitPct');
    const cost = await expectDerivation(page, data, at.selection, 'monthlyCostUSD');
    expect(cost).toContain(' + API $');
    expect(cost).not.toContain('Batch API');
  });

  test('a hosted LLM API in a nightly batch: its fees go through the Batch API', async ({ page, request }) => {
    const data = await simulatorData(request);
    await openSimulator(page);
    const end = (
      await play(page, data, {
        choices: llmChoices(data, 'batch'),
        // Months later the provider retires the model: the reader keeps its name in configuration.
        detours: { 'llm-model-retired': 'model-in-config' },
      })
    ).at(-1)!;
    const cost = await expectDerivation(page, data, end.selection, 'monthlyCostUSD');
    expect(cost).toContain(' + API $');
    expect(cost).toContain('(Batch API)');
  });

  test('no labelled data with a model to train opens the "no labels" pitfall', async ({ page, request }) => {
    const data = await simulatorData(request);
    await openSimulator(page);
    const stages = await play(page, data, {
      choices: { ...exampleChoices(data), 'labelled-data': 'none' },
      stopAt: (s) => s.status.kind !== 'deciding',
    });
    const at = stages.at(-1)!;
    // It opens as the trained model is chosen, and comes first: missing labels are the root cause.
    expect(at.steps.at(-1)).toEqual({ kind: 'choose', decision: 'model', option: 'xlmr-base' });
    expect(at.status.kind === 'pitfall' && at.status.pitfalls[0]!.id).toBe('no-labels-no-model');
    const { chapter, anchor } = data.pitfalls.find((p) => p.id === 'no-labels-no-model')!;
    await expect(
      page.locator('[data-pitfall="no-labels-no-model"]').getByRole('link', { name: 'Read the chapter section' }),
    ).toHaveAttribute('href', `/chapters/${chapter}/#${anchor}`);
    // Keyword rules need no labels: that detour closes the pitfall and the journey goes on.
    const after = await play(
      page,
      data,
      {
        choices: {},
        detours: { 'no-labels-no-model': 'rules-first' },
        stopAt: (s) => s.steps.length > at.steps.length,
      },
      at,
    );
    expect(pitfallOpen(after.at(-1)!, 'no-labels-no-model')).toBe(false);
  });
});
