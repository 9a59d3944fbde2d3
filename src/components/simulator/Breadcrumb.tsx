import { useRef } from 'react';

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
  const dialog = useRef<HTMLDialogElement>(null);
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
        <button
          type="button"
          onClick={() => {
            // Esc keeps the last returnValue: clear it, so only the dialog's own button starts over.
            if (!dialog.current) return;
            dialog.current.returnValue = '';
            dialog.current.showModal();
          }}
          disabled={!canGoBack}
        >
          Start over
        </button>
      </p>
      <dialog
        ref={dialog}
        className="sim-dialog"
        aria-labelledby="sim-restart-title"
        aria-describedby="sim-restart-text"
        onClose={(event) => {
          if (event.currentTarget.returnValue === 'restart') onRestart();
        }}
      >
        <form method="dialog">
          <h2 id="sim-restart-title">Start over?</h2>
          <p id="sim-restart-text">
            Every choice and detour of this journey is cleared ({crumbs.length} step{crumbs.length === 1 ? '' : 's'}).
          </p>
          <p className="sim-actions">
            {/* First, so it has the focus when the dialog opens: the safe answer. */}
            <button type="submit" value="keep">
              Keep this journey
            </button>
            <button type="submit" value="restart" className="sim-danger">
              Start over
            </button>
          </p>
        </form>
      </dialog>
    </nav>
  );
}
