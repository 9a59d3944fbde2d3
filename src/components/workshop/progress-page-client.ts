/** The progress page in the browser: fills in what the reader has done, and follows other tabs. */
import { continueWith } from '../../workshop/continue-reading';
import { chapterStatus, emptyProgress, type Progress } from '../../workshop/progress';
import { loadProgress, resetProgress, watchProgress } from './progress-store';

function render(progress: Progress) {
  const rows = [...document.querySelectorAll<HTMLElement>('[data-progress-chapter]')];
  let read = 0;
  for (const row of rows) {
    const status = chapterStatus(progress, row.dataset.progressChapter!);
    const checkpoints = Number(row.dataset.checkpoints);
    if (status.read) read += 1;
    // Completed: read to the end, and every checkpoint answered.
    const completed = status.read && status.answered >= checkpoints;
    const parts = [
      completed ? 'completed' : status.read ? 'read' : 'not read yet',
      ...(checkpoints > 0
        ? [`${status.answered} of ${checkpoints} checkpoints answered, ${status.correct} right`]
        : []),
    ];
    const cell = row.querySelector('[data-progress-status]')!;
    cell.textContent = `— ${parts.join('; ')}`;
    cell.classList.toggle('done', status.read);
  }
  const summary = document.querySelector('[data-progress-summary]')!;
  const answered = Object.keys(progress.checkpoints).length;
  summary.textContent = `${read} of ${rows.length} chapters read · ${answered} checkpoint${answered === 1 ? '' : 's'} answered · ${progress.journeys.length} simulator journey${progress.journeys.length === 1 ? '' : 's'} finished.`;

  const continueLine = document.querySelector<HTMLElement>('[data-progress-continue]')!;
  const next = continueWith(
    progress,
    rows.map((row) => {
      const link = row.querySelector('a')!;
      return { slug: row.dataset.progressChapter!, href: link.getAttribute('href')!, title: link.textContent!.trim() };
    }),
  );
  continueLine.hidden = !next;
  continueLine.replaceChildren();
  if (next) {
    const link = document.createElement('a');
    link.href = next.href;
    link.textContent = next.title;
    continueLine.append('Continue where you left off: ', link);
  }

  const list = document.querySelector('[data-progress-journeys]')!;
  list.replaceChildren(
    ...progress.journeys
      .slice()
      .reverse()
      .map((journey) => {
        const item = document.createElement('li');
        const name = journey.shareUrl
          ? Object.assign(document.createElement('a'), { href: journey.shareUrl })
          : document.createElement('span');
        name.textContent = journey.label;
        const details = [
          new Date(journey.finishedAt).toLocaleDateString('en'),
          ...(journey.pitfallsMet !== undefined ? [`${journey.pitfallsMet} pitfalls met`] : []),
          ...(journey.daysLost !== undefined ? [`${journey.daysLost} days lost on detours`] : []),
        ];
        item.append(name, ` — ${details.join(', ')}`);
        return item;
      }),
  );
  document.querySelector<HTMLElement>('[data-progress-no-journeys]')!.hidden = progress.journeys.length > 0;
}

export function setUpProgressPage() {
  render(loadProgress().progress);
  watchProgress(render);
  document.querySelector('[data-progress-reset]')?.addEventListener('click', () => {
    if (!confirm('Forget every chapter read, answer and journey in this browser?')) return;
    resetProgress();
    render(emptyProgress());
  });
}
