// Code blocks that step through line ranges: ```python {1|3-5|all}. One range a key press in the deck;
// the reading view shows every line. Plain JavaScript so astro.config.mjs can load it under Node.

/** The meta part that asks for steps: at least two ranges in braces, separated by "|". */
const STEP_META = /\{([^{}]*\|[^{}]*)\}/;
const RANGE_PART = /^(all|\d+(-\d+)?(,\d+(-\d+)?)*)$/;

/**
 * Parse a code block's meta string into its steps, each "all" or the sorted line numbers it shows
 * (1-based). Null when the meta asks for no steps or a range is malformed.
 * @param {string | undefined | null} meta
 * @returns {(number[] | 'all')[] | null}
 */
export function parseCodeSteps(meta) {
  const match = meta ? STEP_META.exec(meta) : null;
  if (!match) return null;
  const parts = match[1].split('|').map((part) => part.replace(/\s+/g, ''));
  if (!parts.every((part) => RANGE_PART.test(part))) return null;
  const steps = [];
  for (const part of parts) {
    if (part === 'all') {
      steps.push('all');
      continue;
    }
    const lines = new Set();
    for (const piece of part.split(',')) {
      const [from, to = from] = piece.split('-').map(Number);
      if (from < 1 || to < from) return null;
      for (let line = from; line <= to; line += 1) lines.add(line);
    }
    steps.push([...lines].sort((a, b) => a - b));
  }
  return steps;
}

/**
 * Write a step list back as the canonical "1|3-5|all" the deck reads from data-code-steps.
 * @param {(number[] | 'all')[]} steps
 */
export function formatCodeSteps(steps) {
  return steps.map((step) => (step === 'all' ? 'all' : step.join(','))).join('|');
}
