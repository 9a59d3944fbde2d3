import { formatMs } from '../../lab/markdown.ts';
import { find, setStatus } from './dom.ts';
import { readState, type LabState } from './lab-state.ts';
import { runDataStep } from './step-data.ts';
import { runModelAStep } from './step-model-a.ts';
import { runModelBStep } from './step-model-b.ts';
import { runMonitorStep } from './step-monitor.ts';
import { readParams, runOptimiseStep } from './step-optimise.ts';
import { runServiceStep } from './step-service.ts';

type StepRunner = (state: LabState, section: HTMLElement) => Promise<string>;

const progressOf = (section: HTMLElement) => find<HTMLProgressElement>(section, 'progress');

/** Each step's button runs its runner; the runner returns the step's results as Markdown. */
const STEPS: Record<string, StepRunner> = {
  data: (state, section) => runDataStep(state, find(section, '.lab-output')),
  'model-a': (state, section) => runModelAStep(state, find(section, '.lab-output')),
  'model-b': (state, section) => runModelBStep(state, find(section, '.lab-output'), progressOf(section)),
  optimise: (state, section) =>
    runOptimiseStep(
      state,
      find(section, '.lab-output'),
      progressOf(section),
      readParams(find<HTMLFormElement>(section, 'form')),
    ),
  service: (state, section) => {
    const form = find<HTMLFormElement>(section, 'form');
    const workers = Number((form.elements.namedItem('workers') as HTMLSelectElement).value) || 1;
    const requests = Number((form.elements.namedItem('requests') as HTMLSelectElement).value) || 500;
    return runServiceStep(state, find(section, '.lab-output'), workers, requests);
  },
  monitor: (state, section) => runMonitorStep(state, find(section, '.lab-output')),
};

/** The device facts every measurement on the page is read against. */
function deviceFacts(): string {
  return `Measured on this device: ${navigator.hardwareConcurrency || 'unknown'} logical cores, ${navigator.userAgent}, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC.`;
}

/** Wires the lab page: step buttons, device facts, "copy results as Markdown", and the offline cache. */
export function mountLab(root: HTMLElement) {
  const state = readState(root);
  find(root, '[data-device]').textContent = deviceFacts();
  for (const section of root.querySelectorAll<HTMLElement>('[data-step]')) {
    const name = section.dataset.step!;
    const runner = STEPS[name];
    const button = find<HTMLButtonElement>(section, '[data-run]');
    const status = find(section, '.lab-status');
    if (!runner) continue;
    button.addEventListener('click', async (event) => {
      event.preventDefault();
      button.disabled = true;
      const started = performance.now();
      setStatus(status, 'Running…', 'busy');
      try {
        state.results.set(name, await runner(state, section));
        setStatus(status, `Done in ${formatMs(performance.now() - started)}.`);
        section.dataset.done = 'true';
      } catch (error) {
        setStatus(status, `This step failed: ${error instanceof Error ? error.message : String(error)}`, 'error');
      } finally {
        button.disabled = false;
      }
    });
  }
  const copy = find<HTMLButtonElement>(root, '[data-copy]');
  const copied = find<HTMLTextAreaElement>(root, '[data-copied]');
  copy.addEventListener('click', async () => {
    const order = Object.keys(STEPS).filter((name) => state.results.has(name));
    const markdown = [
      '# The lab: results',
      '',
      deviceFacts(),
      '',
      ...(order.length ? order.map((name) => state.results.get(name)!) : ['No step has run yet.']),
    ].join('\n\n');
    copied.value = markdown;
    copied.hidden = false;
    try {
      await navigator.clipboard.writeText(markdown);
      setStatus(find(root, '[data-copy-status]'), 'Copied as Markdown (also shown below).');
    } catch {
      setStatus(
        find(root, '[data-copy-status]'),
        'The clipboard is not available here: select the text below and copy it.',
        'error',
      );
    }
  });
  if ('serviceWorker' in navigator)
    void navigator.serviceWorker.register('/lab/sw.js', { scope: '/lab/' }).catch(() => {});
}
