/**
 * Checks on the chapters' checkpoints that keep the workshop honest: every chapter has enough of them,
 * each has one right answer among plausible choices with an explanation for each, and the authored data
 * does not give the answer away by always putting it in the same place or making it the longest choice.
 * Pure: parses MDX text (the unit test reads the files).
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { mdxFromMarkdown, type MdxJsxFlowElement, type MdxJsxTextElement } from 'mdast-util-mdx';
import { frontmatter } from 'micromark-extension-frontmatter';
import { mdxjs } from 'micromark-extension-mdxjs';
import { visit } from 'unist-util-visit';

/** Fewest checkpoints a chapter may have. */
export const MIN_CHECKPOINTS_PER_CHAPTER = 3;
/** Fewest choices a checkpoint may offer. */
export const MIN_CHOICES = 3;
/**
 * Largest share of all checkpoints whose right answer may be the longest choice, or at one authored
 * position. With three or four choices chance alone gives a quarter to a third; 40 % leaves room for an
 * honest answer that needs more words, and fails a site where length or position gives the answer away.
 */
export const MAX_TELLTALE_SHARE = 0.4;

export interface AuthoredChoice {
  label: string;
  correct: boolean;
  /** The explanation's text (children of <Choice>), whitespace collapsed. */
  explanation: string;
}

export interface AuthoredCheckpoint {
  question: string;
  choices: AuthoredChoice[];
  /** 1-based line in the file. */
  line: number;
}

const attribute = (element: MdxJsxFlowElement | MdxJsxTextElement, name: string) =>
  element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);

/** The text inside a node, whitespace collapsed. */
function textOf(node: MdxJsxFlowElement | MdxJsxTextElement): string {
  const parts: string[] = [];
  visit(node, ['text', 'inlineCode'], (child) => {
    if ('value' in child && typeof child.value === 'string') parts.push(child.value);
  });
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** The <Checkpoint> blocks of an MDX chapter in authored order. Throws the parser's message on invalid MDX. */
export function findCheckpoints(mdx: string): AuthoredCheckpoint[] {
  const tree = fromMarkdown(mdx, {
    extensions: [frontmatter(['yaml']), mdxjs()],
    mdastExtensions: [frontmatterFromMarkdown(['yaml']), mdxFromMarkdown()],
  });
  const checkpoints: AuthoredCheckpoint[] = [];
  visit(tree, 'mdxJsxFlowElement', (node: MdxJsxFlowElement) => {
    if (node.name !== 'Checkpoint') return;
    const question = attribute(node, 'question')?.value;
    // A <Choice> written on one line is parsed as a text element inside a paragraph: take both forms.
    const found: (MdxJsxFlowElement | MdxJsxTextElement)[] = [];
    visit(node, ['mdxJsxFlowElement', 'mdxJsxTextElement'], (child) => {
      const element = child as MdxJsxFlowElement | MdxJsxTextElement;
      if (element.name === 'Choice') found.push(element);
    });
    const choices = found.map((choice) => {
      const label = attribute(choice, 'label')?.value;
      const correct = attribute(choice, 'correct');
      return {
        label: typeof label === 'string' ? label : '',
        // `correct` alone (value null) or correct={true}-style expressions both mark the right answer.
        correct: correct !== undefined && (correct.value === null || correct.value !== 'false'),
        explanation: textOf(choice),
      };
    });
    checkpoints.push({
      question: typeof question === 'string' ? question : '',
      choices,
      line: node.position?.start.line ?? 0,
    });
  });
  return checkpoints;
}

/** Problems with one chapter's checkpoints (count, one right answer, choices, explanations); empty when fine. */
export function lintChapterCheckpoints(checkpoints: readonly AuthoredCheckpoint[]): string[] {
  const problems: string[] = [];
  if (checkpoints.length < MIN_CHECKPOINTS_PER_CHAPTER)
    problems.push(`has ${checkpoints.length} checkpoints; a chapter needs at least ${MIN_CHECKPOINTS_PER_CHAPTER}`);
  for (const { question, choices, line } of checkpoints) {
    const where = `checkpoint on line ${line}`;
    if (!question.trim()) problems.push(`${where} has no question`);
    if (choices.length < MIN_CHOICES) problems.push(`${where} has ${choices.length} choices; it needs ${MIN_CHOICES}`);
    const right = choices.filter((choice) => choice.correct).length;
    if (right !== 1) problems.push(`${where} has ${right} right answers; it needs exactly one`);
    for (const choice of choices) {
      if (!choice.label.trim()) problems.push(`${where} has a choice without a label`);
      if (!choice.explanation) problems.push(`${where}: choice "${choice.label}" explains nothing`);
    }
    const labels = new Set(choices.map((choice) => choice.label.trim()));
    if (labels.size !== choices.length) problems.push(`${where} has two choices with the same label`);
  }
  return problems;
}

/** Whether the right answer is strictly the longest label of its checkpoint. */
export const rightIsLongest = ({ choices }: AuthoredCheckpoint): boolean => {
  const right = choices.find((choice) => choice.correct);
  return right !== undefined && choices.every((choice) => choice === right || choice.label.length < right.label.length);
};

/** Whether the right answer is strictly the shortest label of its checkpoint. */
export const rightIsShortest = ({ choices }: AuthoredCheckpoint): boolean => {
  const right = choices.find((choice) => choice.correct);
  return right !== undefined && choices.every((choice) => choice === right || choice.label.length > right.label.length);
};

/** 1-based authored position of the right answer (0 when there is none). */
export const rightPosition = ({ choices }: AuthoredCheckpoint): number =>
  choices.findIndex((choice) => choice.correct) + 1;

/**
 * Problems across all checkpoints of the site: the right answer is the longest choice, the shortest,
 * or at one authored position, in more than MAX_TELLTALE_SHARE of them (a reader without JavaScript sees the
 * authored order; everyone sees the lengths).
 */
export function lintAnswerTells(checkpoints: readonly AuthoredCheckpoint[]): string[] {
  const total = checkpoints.length;
  if (total === 0) return [];
  const problems: string[] = [];
  // Both ends tell: a reader learns "pick the longest" as quickly as "never pick the longest".
  for (const [extreme, test] of [
    ['longest', rightIsLongest],
    ['shortest', rightIsShortest],
  ] as const) {
    const count = checkpoints.filter(test).length;
    if (count / total > MAX_TELLTALE_SHARE)
      problems.push(`the right answer is the ${extreme} choice in ${count} of ${total} checkpoints`);
  }
  const positions = new Map<number, number>();
  for (const checkpoint of checkpoints) {
    const position = rightPosition(checkpoint);
    positions.set(position, (positions.get(position) ?? 0) + 1);
  }
  for (const [position, count] of positions)
    if (count / total > MAX_TELLTALE_SHARE)
      problems.push(`the right answer is choice ${position} in ${count} of ${total} checkpoints`);
  return problems;
}
