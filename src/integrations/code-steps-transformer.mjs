import { formatCodeSteps, parseCodeSteps } from '../deck/code-steps.mjs';

/**
 * Shiki transformer: marks a stepped block's <pre> with data-code-steps and each line with
 * data-line, so the deck can step through it. Meta highlighting ({2,4-5}) ignores "|" metas.
 * @returns {import('shiki').ShikiTransformer}
 */
export function transformerCodeSteps() {
  return {
    name: 'nlp-journey:code-steps',
    pre(node) {
      const steps = parseCodeSteps(this.options.meta?.__raw);
      if (steps) node.properties['data-code-steps'] = formatCodeSteps(steps);
    },
    line(node, line) {
      if (parseCodeSteps(this.options.meta?.__raw)) node.properties['data-line'] = line;
    },
  };
}
