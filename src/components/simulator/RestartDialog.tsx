import { useEffect, useRef } from 'react';

/**
 * "Start over?" as a modal dialog, opened each time `asked` grows (keyboard: Tab between its buttons,
 * Enter to press, Esc to keep the journey); closing it returns focus to the button that opened it.
 * `onRestart` runs only when the reader presses its own Start over.
 */
export default function RestartDialog({
  asked,
  steps,
  onRestart,
}: {
  asked: number;
  steps: number;
  onRestart: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (!asked || !dialog.current || dialog.current.open) return;
    // Esc keeps the last returnValue: clear it, so only the dialog's own button starts over.
    dialog.current.returnValue = '';
    dialog.current.showModal();
  }, [asked]);
  return (
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
          Every choice and detour of this journey is cleared ({steps} step{steps === 1 ? '' : 's'}).
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
  );
}
