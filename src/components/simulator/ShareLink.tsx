import { useState } from 'react';
import type { Step } from '../../simulator/journey';
import { encodeSteps, SHARE_PARAM } from '../../simulator/share-link';

/** The journey as a link to copy: whoever opens it lands where this journey stands. */
export function ShareLink({ steps }: { steps: readonly Step[] }) {
  const [status, setStatus] = useState('');
  const url = new URL('/simulator/', window.location.origin);
  url.searchParams.set(SHARE_PARAM, encodeSteps(steps));
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url.href);
      setStatus('Link copied.');
    } catch {
      setStatus('Copying is blocked here: select the link and copy it.');
    }
  };
  return (
    <section className="sim-share" aria-labelledby="sim-share-title">
      <h2 id="sim-share-title">Share this journey</h2>
      <label htmlFor="sim-share-url" className="visually-hidden">
        Link to this journey
      </label>
      <input id="sim-share-url" type="text" readOnly value={url.href} onFocus={(e) => e.currentTarget.select()} />
      <p className="sim-actions">
        <button type="button" onClick={copy}>
          Copy link
        </button>
        <span role="status">{status}</span>
      </p>
    </section>
  );
}
