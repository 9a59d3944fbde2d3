import type { Step } from '../../simulator/journey';
import type { SimulatorData } from '../../simulator/schema';
import { decodeSteps, encodeSteps, SHARE_PARAM } from '../../simulator/share-link';
import type { Journey } from './use-journey-actor';

/** Write the journey into the address (?j=…), so it can be shared, and drop the one-off ?stage=. */
export function keepInAddress({ steps }: Journey) {
  const url = new URL(window.location.href);
  url.searchParams.delete('stage');
  if (steps.length > 0) url.searchParams.set(SHARE_PARAM, encodeSteps(steps));
  else url.searchParams.delete(SHARE_PARAM);
  window.history.replaceState(null, '', url);
}

/** Where the page starts: a share link (?j=…), a chapter door (?stage=…), or fresh. */
export function startFromAddress(
  data: SimulatorData,
  stageLabels: Record<string, string>,
  stageStarts: Record<string, Step[]>,
) {
  const params = new URLSearchParams(window.location.search);
  const shared = params.get(SHARE_PARAM);
  const stage = params.get('stage');
  if (shared !== null) {
    const result = shared === '' ? undefined : decodeSteps(shared, data);
    // Nothing to restore: keep the address honest, so a reload or a copied link does not fail again.
    if (!result?.ok) keepInAddress({ steps: [], selection: { choices: {}, mitigations: [] } });
    return {
      steps: result?.ok ? result.steps : [],
      notice: result ? (result.ok ? 'The shared journey is loaded.' : result.notice) : '',
    };
  }
  if (stage !== null) {
    const steps = Object.hasOwn(stageStarts, stage) ? stageStarts[stage] : undefined;
    return steps
      ? { steps, notice: `Opened at the ${stageLabels[stage]} stage with the running example's earlier choices.` }
      : { steps: [], notice: 'Unknown stage. Starting fresh.' };
  }
  return undefined;
}
