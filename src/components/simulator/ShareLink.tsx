import type { Step } from '../../simulator/journey';
import { encodeSteps, SHARE_PARAM } from '../../simulator/share-link';

/** The journey as a link to copy: whoever opens it lands where this journey stands. */
export function ShareLink({ steps }: { steps: readonly Step[] }) {
  const url = new URL('/simulator/', window.location.origin);
  url.searchParams.set(SHARE_PARAM, encodeSteps(steps));
  return (
    <section className="sim-share" aria-labelledby="sim-share-title">
      <h2 id="sim-share-title">Share this journey</h2>
      <label htmlFor="sim-share-url" className="sim-muted">
        Copy this link to share the journey:
      </label>
      <input id="sim-share-url" type="text" readOnly value={url.href} onFocus={(e) => e.currentTarget.select()} />
    </section>
  );
}
