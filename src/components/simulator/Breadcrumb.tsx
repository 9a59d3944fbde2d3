import { lazy, Suspense, useState } from 'react';

// The "Start over?" dialog loads the first time a reader asks to start over.
const RestartDialog = lazy(() => import('./RestartDialog'));

export interface Crumb {
  key: string;
  stage: string;
  text: string;
}

/**
 * The journey so far, in order, with a way back one step and a way to start over. Starting over asks first,
 * in a modal dialog (keyboard: Tab between its buttons, Enter to press, Esc to keep the journey); closing it
 * returns focus to the button that opened it.
 */
export function Breadcrumb({
  crumbs,
  canGoBack,
  onBack,
  onRestart,
}: {
  crumbs: Crumb[];
  canGoBack: boolean;
  onBack: () => void;
  onRestart: () => void;
}) {
  // How many times the reader asked to start over: the dialog opens on each (loaded the first time).
  const [asked, setAsked] = useState(0);
  return (
    <nav className="sim-breadcrumb" aria-label="Journey so far">
      <ol>
        {crumbs.map((crumb) => (
          <li key={crumb.key}>
            <span className="sim-muted">{crumb.stage}:</span> {crumb.text}
          </li>
        ))}
      </ol>
      <p className="sim-actions">
        <button type="button" onClick={onBack} disabled={!canGoBack}>
          Back one step
        </button>
        <button type="button" onClick={() => setAsked((n) => n + 1)} disabled={!canGoBack}>
          Start over
        </button>
      </p>
      {asked && (
        <Suspense fallback={null}>
          <RestartDialog asked={asked} steps={crumbs.length} onRestart={onRestart} />
        </Suspense>
      )}
    </nav>
  );
}
