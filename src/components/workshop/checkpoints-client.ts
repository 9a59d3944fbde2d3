/** Checkpoints in the browser: announce feedback, save the answer, show saved answers on return. */
import { answerCheckpoint, type Progress } from '../../workshop/progress';
import { updateProgress } from './progress-store';

/** Show the chosen answer's feedback in the checkpoint's live region, so screen readers hear it. */
function announce(checkpoint: HTMLElement, input: HTMLInputElement) {
  const status = checkpoint.querySelector('[data-checkpoint-status]');
  const feedback = input.closest('.choice')?.querySelector('[data-choice-feedback]');
  if (status && feedback) status.textContent = feedback.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

function save(checkpoint: HTMLElement, input: HTMLInputElement, chapter: string) {
  const correct = input.closest('.choice')?.getAttribute('data-correct') === 'true';
  updateProgress((progress) =>
    answerCheckpoint(progress, checkpoint.dataset.checkpoint!, {
      choice: input.value,
      correct,
      chapter,
      at: new Date().toISOString(),
    }),
  );
}

/** Wire every checkpoint on the page; `chapter` is the slug answers are filed under. */
export function setUpCheckpoints(progress: Progress, chapter: string) {
  for (const checkpoint of document.querySelectorAll<HTMLElement>('[data-checkpoint]')) {
    const saved = progress.checkpoints[checkpoint.dataset.checkpoint!];
    const inputs = [...checkpoint.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    // An answer picked just before this script arrived wins over an older saved one.
    const picked = inputs.find((input) => input.checked);
    if (picked) {
      save(checkpoint, picked, chapter);
      announce(checkpoint, picked);
    } else if (saved) {
      const restored = inputs.find((input) => input.value === saved.choice);
      if (restored) {
        restored.checked = true;
        announce(checkpoint, restored);
      }
    }
    checkpoint.addEventListener('change', (event) => {
      const input = event.target;
      if (!(input instanceof HTMLInputElement)) return;
      save(checkpoint, input, chapter);
      announce(checkpoint, input);
    });
  }
}
