/** FNV-1a over the text, as a short base-36 string: stable across builds and edits elsewhere in the chapter. */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text.normalize('NFC')) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/** A checkpoint's id: the hash of its question, so reordering checkpoints keeps saved answers. */
export const checkpointId = (question: string): string => `cp-${shortHash(question.trim())}`;

/** A choice's value: the hash of its label. */
export const choiceValue = (label: string): string => `c-${shortHash(label.trim())}`;

/** Placeholder a <Choice> writes for its radio group's name; its <Checkpoint> fills it in. */
export const CHECKPOINT_NAME_PLACEHOLDER = '__checkpoint-name__';
