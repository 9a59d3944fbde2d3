/**
 * Records a finished journey in the reader's progress. A standalone script (built with Vite's
 * ?worker&url), added by the simulator only when a journey reaches production, so the progress
 * code never weighs on the simulator's first load (record-journey.ts). The journey's report comes in
 * its data-journey attribute, the link that replays it in data-share-url; a journey already kept (the
 * same link) is not kept again, e.g. after a reload and the same last choice. Damaged progress met here is reset
 * and a storage refusal is reported, both with a notice on the simulator page.
 */
import type { JourneyReport } from '../../simulator/adr-report';
import { loadProgress, recordJourneyFinished } from '../workshop/progress-store';

/** The choices that tell journeys apart at a glance on the progress page. */
const LABEL_DECISIONS = ['model', 'optimisation', 'platform'];

const { journey: summary, shareUrl } = (document.currentScript as HTMLScriptElement | null)?.dataset ?? {};
// The same journey (same steps, so the same link) is kept once, however often it is finished again.
const kept = (url: string) => loadProgress().progress.journeys.some((journey) => journey.shareUrl === url);
if (summary && shareUrl && !kept(shareUrl)) {
  try {
    const { choices, detours, daysLost } = JSON.parse(summary) as JourneyReport;
    const label = choices
      .filter(({ decision }) => LABEL_DECISIONS.includes(decision))
      .map(({ option }) => option)
      .join(', ');
    recordJourneyFinished({
      label,
      shareUrl,
      pitfallsMet: detours.length,
      daysLost,
    });
  } catch {
    // A summary progress cannot keep is dropped: the journey itself is unaffected.
  }
}
