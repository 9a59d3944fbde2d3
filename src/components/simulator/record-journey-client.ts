/**
 * Records a finished journey in the reader's progress. A standalone script (built with Vite's
 * ?worker&url), added by the simulator only when a journey reaches production, so the progress
 * code never weighs on the simulator's first load. The journey's report comes in its data-journey
 * attribute; the link that replays the journey is the page's address, which the simulator has
 * updated by the time this script has been fetched and runs. Damaged progress met here is reset
 * and a storage refusal is reported, both with a notice on the simulator page.
 */
import type { JourneyReport } from '../../simulator/adr-report';
import { recordJourneyFinished } from '../workshop/progress-store';

/** The choices that tell journeys apart at a glance on the progress page. */
const LABEL_DECISIONS = ['model', 'optimisation', 'platform'];

const summary = (document.currentScript as HTMLScriptElement | null)?.dataset.journey;
if (summary) {
  try {
    const { choices, detours, daysLost } = JSON.parse(summary) as JourneyReport;
    const label = choices
      .filter(({ decision }) => LABEL_DECISIONS.includes(decision))
      .map(({ option }) => option)
      .join(', ');
    recordJourneyFinished({
      label,
      shareUrl: location.pathname + location.search,
      pitfallsMet: detours.length,
      daysLost,
    });
  } catch {
    // A summary progress cannot keep is dropped: the journey itself is unaffected.
  }
}
