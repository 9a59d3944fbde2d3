/**
 * The checklist page in the browser: ticks and notes kept through the site's storage wrapper (a
 * refused write is reported and kept for the tab), damaged data reset with a notice, changes from
 * other tabs merged in as they happen; copy, download, print.
 */
import {
  CHECKLIST_RESET_NOTICE,
  CHECKLIST_STORAGE_KEY,
  MAX_NOTE,
  checklistToMarkdown,
  emptyChecklistState,
  readStoredChecklist,
  setChecklistAnswer,
  type ChecklistGroup,
  type ChecklistState,
} from '../../workshop/checklist';
import { showNotice } from '../site-notice';
import { readItem, watchItem, writeItem } from '../site-storage';

/** The stored checklist; unusable data is replaced by what could be read, and the reader is told. */
function load(): ChecklistState {
  const { state, problems } = readStoredChecklist(readItem('localStorage', CHECKLIST_STORAGE_KEY));
  if (problems.length > 0) {
    save(state);
    showNotice(CHECKLIST_RESET_NOTICE);
  }
  return state;
}

const save = (state: ChecklistState) => writeItem('localStorage', CHECKLIST_STORAGE_KEY, JSON.stringify(state));

export function setUpChecklist() {
  const form = document.querySelector<HTMLFormElement>('[data-checklist]');
  const dataElement = document.getElementById('checklist-data');
  if (!form || !dataElement) return;
  const groups = (JSON.parse(dataElement.textContent ?? '[]') as ChecklistGroup[]).map((group) => ({
    ...group,
    questions: group.questions.map((q) => ({ ...q, href: q.href && new URL(q.href, location.href).href })),
  }));
  const items = [...form.querySelectorAll<HTMLElement>('[data-key]')];
  const count = document.querySelector('[data-checklist-count]');
  const status = document.querySelector('[data-checklist-status]');
  let state = load();

  const render = () => {
    for (const item of items) {
      const answer = state.answers[item.dataset.key!];
      item.querySelector<HTMLInputElement>('[data-checklist-done]')!.checked = answer?.done ?? false;
      const note = item.querySelector<HTMLTextAreaElement>('[data-checklist-note]')!;
      if (document.activeElement !== note) note.value = answer?.note ?? '';
      if (answer?.note) note.closest('details')!.open = true;
      item.querySelector('[data-checklist-printed-note]')!.textContent = answer?.note ?? '';
    }
    // Count only questions on the page: stored answers may belong to questions since removed.
    const done = items.filter((item) => state.answers[item.dataset.key!]?.done).length;
    if (count) count.textContent = `${done} of ${items.length} answered`;
  };

  const say = (text: string) => {
    if (status) status.textContent = text;
  };

  for (const note of form.querySelectorAll<HTMLTextAreaElement>('[data-checklist-note]')) note.maxLength = MAX_NOTE;

  // Save only the question that changed, onto what is stored now: another tab's answers stay.
  form.addEventListener('input', (event) => {
    const item = (event.target as Element).closest<HTMLElement>('[data-key]');
    if (!item) return;
    const note = item.querySelector<HTMLTextAreaElement>('[data-checklist-note]')!;
    if (note.value.length >= MAX_NOTE) {
      if (note.value.length > MAX_NOTE) note.value = note.value.slice(0, MAX_NOTE);
      say(`A note holds at most ${MAX_NOTE.toLocaleString('en')} characters: text beyond that was not added.`);
    }
    state = setChecklistAnswer(load(), item.dataset.key!, {
      done: item.querySelector<HTMLInputElement>('[data-checklist-done]')!.checked,
      note: note.value,
    });
    save(state);
    render();
  });

  watchItem(CHECKLIST_STORAGE_KEY, (raw) => {
    state = readStoredChecklist(raw).state;
    render();
  });

  const markdown = () => checklistToMarkdown(groups, state);

  document.querySelector('[data-checklist-copy]')?.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(markdown());
      say('Copied the checklist as Markdown.');
    } catch {
      say('Copying was not allowed by the browser; use "Download Markdown" instead.');
    }
  });
  document.querySelector('[data-checklist-download]')?.addEventListener('click', () => {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([markdown()], { type: 'text/markdown' }));
    link.download = 'nlp-project-checklist.md';
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
    say('Downloaded nlp-project-checklist.md.');
  });
  document.querySelector('[data-checklist-print]')?.addEventListener('click', () => print());
  document.querySelector('[data-checklist-reset]')?.addEventListener('click', () => {
    if (!confirm('Clear every tick and note on this checklist?')) return;
    state = emptyChecklistState();
    save(state);
    render();
    say('Cleared.');
  });

  render();
}
