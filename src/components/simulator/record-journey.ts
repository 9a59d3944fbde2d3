import type { Journey } from './use-journey-actor';
import type { SimulatorData } from '../../simulator/schema';
import { encodeSteps, SHARE_PARAM } from '../../simulator/share-link';

/**
 * Keep a finished journey in the reader's progress: build its report (loaded on demand, with the report's
 * own code) and add the page's standalone recorder script (named in `data-journey-recorder`), which carries
 * the progress code so it never weighs on the simulator's first load. Does nothing on a page without one.
 */
export function recordJourney(data: SimulatorData, { steps, selection }: Journey): void {
  const recorder = document.querySelector<HTMLElement>('[data-journey-recorder]')?.dataset.journeyRecorder;
  if (!recorder) return;
  void import('../../simulator/adr-report').then(({ buildReport }) => {
    const script = document.createElement('script');
    script.src = recorder;
    script.dataset.journey = JSON.stringify(buildReport(data, selection, steps));
    script.dataset.shareUrl = `/simulator/?${new URLSearchParams({ [SHARE_PARAM]: encodeSteps(steps) })}`;
    document.head.append(script);
  });
}
