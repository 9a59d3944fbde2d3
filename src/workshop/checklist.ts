/** The project-start checklist: the reader's ticks and notes, and its Markdown export. Pure, no DOM. */

export const CHECKLIST_STORAGE_KEY = 'nlp-journey:checklist';
export const CHECKLIST_VERSION = 1;
/**
 * Longest note kept, in UTF-16 code units (what `String.length` and a textarea's maxlength count).
 * 20 questions × 20,000 units × 2 bytes is 0.8 MB, well within the "mostly arbitrary limit of five
 * megabytes per origin" the HTML Standard suggests for Web Storage
 * (https://html.spec.whatwg.org/multipage/webstorage.html#disk-space-2, read 2026-11-30).
 */
export const MAX_NOTE = 20_000;

/** What the reader is told when a stored checklist could not be used as it was. */
export const CHECKLIST_RESET_NOTICE =
  'Your saved checklist could not be read in full (it was damaged or saved by an older version of this site), so what could not be read was cleared.';

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

export interface ParsedChecklist {
  state: ChecklistState;
  /** Why some or all stored data was dropped; empty when it was read as it was. */
  problems: string[];
}

export const emptyChecklistState = (): ChecklistState => ({ version: CHECKLIST_VERSION, answers: {} });

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Convert anything found in storage into a valid checklist state, dropping what does not fit and saying why. */
export function parseChecklistWithProblems(value: unknown): ParsedChecklist {
  const state = emptyChecklistState();
  if (value === null || value === undefined) return { state, problems: [] };
  if (!isRecord(value)) return { state, problems: ['stored checklist was not an object'] };
  if (value.version !== CHECKLIST_VERSION)
    return {
      state,
      problems: [`stored checklist has version ${String(value.version)}, expected ${CHECKLIST_VERSION}`],
    };
  if (!isRecord(value.answers)) return { state, problems: ['stored checklist has no answers'] };
  const problems: string[] = [];
  for (const [key, answer] of Object.entries(value.answers)) {
    const { done, note } = isRecord(answer) ? answer : {};
    if (
      !/^[a-z0-9-]+\/[a-z0-9-]+$/.test(key) ||
      typeof done !== 'boolean' ||
      typeof note !== 'string' ||
      note.length > MAX_NOTE
    ) {
      problems.push(`dropped the answer "${key.slice(0, 40)}"`);
      continue;
    }
    state.answers[key] = { done, note };
  }
  return { state, problems };
}

/** Convert anything found in storage into a valid checklist state; unknown or malformed parts are dropped. */
export const parseChecklistState = (value: unknown): ChecklistState => parseChecklistWithProblems(value).state;

/**
 * A checklist from the text kept in storage (null: nothing stored, which is no problem); text that
 * is not JSON gives a clean checklist and the reason in `problems`.
 */
export function readStoredChecklist(raw: string | null): ParsedChecklist {
  if (raw === null) return { state: emptyChecklistState(), problems: [] };
  try {
    return parseChecklistWithProblems(JSON.parse(raw));
  } catch {
    return { state: emptyChecklistState(), problems: ['stored checklist was not valid JSON'] };
  }
}

/**
 * The checklist with one question's answer set and every other answer as it was, so a tab saving
 * its change keeps what another tab saved. A note longer than MAX_NOTE is a RangeError: the page
 * must refuse the extra text visibly rather than lose it here.
 */
export function setChecklistAnswer(state: ChecklistState, key: string, answer: ChecklistAnswer): ChecklistState {
  if (answer.note.length > MAX_NOTE) throw new RangeError(`a checklist note holds at most ${MAX_NOTE} characters`);
  return { ...state, answers: { ...state.answers, [key]: { done: answer.done, note: answer.note } } };
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
