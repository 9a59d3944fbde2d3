/** The project-start checklist: the reader's ticks and notes, and its Markdown export. Pure, no DOM. */

export const CHECKLIST_STORAGE_KEY = 'nlp-journey:checklist';
export const CHECKLIST_VERSION = 1;
const MAX_NOTE = 4000;

export interface ChecklistQuestion {
  id: string;
  question: string;
  why: string;
  /** Absolute URL of the chapter section, when that chapter is on the site. */
  href?: string;
}

export interface ChecklistGroup {
  id: string;
  title: string;
  questions: ChecklistQuestion[];
}

export interface ChecklistAnswer {
  done: boolean;
  note: string;
}

export interface ChecklistState {
  version: typeof CHECKLIST_VERSION;
  /** Keyed by "group/question". */
  answers: Record<string, ChecklistAnswer>;
}

export const emptyChecklistState = (): ChecklistState => ({ version: CHECKLIST_VERSION, answers: {} });

/** Convert anything found in storage into a valid checklist state; unknown or malformed parts are dropped. */
export function parseChecklistState(value: unknown): ChecklistState {
  const state = emptyChecklistState();
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return state;
  const record = value as Record<string, unknown>;
  if (record.version !== CHECKLIST_VERSION || typeof record.answers !== 'object' || record.answers === null)
    return state;
  for (const [key, answer] of Object.entries(record.answers as Record<string, unknown>)) {
    if (!/^[a-z0-9-]+\/[a-z0-9-]+$/.test(key) || typeof answer !== 'object' || answer === null) continue;
    const { done, note } = answer as Record<string, unknown>;
    state.answers[key] = {
      done: done === true,
      note: typeof note === 'string' ? note.slice(0, MAX_NOTE) : '',
    };
  }
  return state;
}

/** Markdown has no escape for line starts inside a list item; indent continuation lines and escape brackets. */
const inline = (text: string) => text.replace(/([\\[\]*_`<>])/g, '\\$1');

/** The checklist with the reader's ticks and notes as a Markdown document (task lists, as GitHub renders them). */
export function checklistToMarkdown(
  groups: ChecklistGroup[],
  state: ChecklistState,
  title = 'NLP project checklist',
): string {
  const lines = [`# ${title}`, ''];
  for (const group of groups) {
    lines.push(`## ${inline(group.title)}`, '');
    for (const question of group.questions) {
      const answer = state.answers[`${group.id}/${question.id}`];
      lines.push(`- [${answer?.done ? 'x' : ' '}] ${inline(question.question)}`);
      lines.push(`  ${inline(question.why)}${question.href ? ` ([read more](${question.href}))` : ''}`);
      const note = answer?.note.trim();
      if (note) lines.push(...note.split(/\r?\n/).map((line, i) => `  ${i === 0 ? '> Notes: ' : '> '}${inline(line)}`));
    }
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
