/** The checklist page in the browser: ticks and notes kept in localStorage, copy, download, print. */
import {
  CHECKLIST_STORAGE_KEY,
  checklistToMarkdown,
  emptyChecklistState,
  parseChecklistState,
  type ChecklistGroup,
  type ChecklistState,
} from '../../workshop/checklist';

function load(): ChecklistState {
  try {
    const raw = localStorage.getItem(CHECKLIST_STORAGE_KEY);
    return raw === null ? emptyChecklistState() : parseChecklistState(JSON.parse(raw));
  } catch {
    return emptyChecklistState(); // unreadable JSON or storage disabled: start clean
  }
}

function save(state: ChecklistState) {
  try {
    localStorage.setItem(CHECKLIST_STORAGE_KEY, JSON.stringify(state));
  } catch {
    // storage full or disabled: ticks still work for this visit
  }
}

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

  const readForm = (): ChecklistState => ({
    ...state,
    answers: Object.fromEntries(
      items.map((item) => [
        item.dataset.key!,
        {
          done: item.querySelector<HTMLInputElement>('[data-checklist-done]')!.checked,
          note: item.querySelector<HTMLTextAreaElement>('[data-checklist-note]')!.value,
        },
      ]),
    ),
  });

  form.addEventListener('input', () => {
    state = parseChecklistState(readForm());
    save(state);
    render();
  });

  const markdown = () => checklistToMarkdown(groups, state);
  const say = (text: string) => {
    if (status) status.textContent = text;
  };

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
