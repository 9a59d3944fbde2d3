export interface Crumb {
  key: string;
  stage: string;
  text: string;
}

/** The journey so far, in order, with a way back one step. */
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
        <button type="button" onClick={onRestart} disabled={!canGoBack}>
          Start over
        </button>
      </p>
    </nav>
  );
}
