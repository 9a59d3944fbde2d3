import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  findCheckpoints,
  lintAnswerTells,
  lintChapterCheckpoints,
  rightIsLongest,
  rightPosition,
} from '../../src/workshop/checkpoint-lint';

const dir = new URL('../../content/chapters/', import.meta.url);
const chapters = readdirSync(dir)
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => ({ name, checkpoints: findCheckpoints(readFileSync(new URL(name, dir), 'utf8')) }));

const checkpoint = (right: number, labels: string[]) =>
  `<Checkpoint question="Q?">\n${labels
    .map((label, index) => `  <Choice label="${label}"${index === right ? ' correct' : ''}>\n    Why.\n  </Choice>`)
    .join('\n')}\n</Checkpoint>\n`;

describe('findCheckpoints', () => {
  it('reads questions, labels, the right answer and explanations from MDX', () => {
    const [found] = findCheckpoints(`---\ntitle: x\n---\n\nProse.\n\n${checkpoint(1, ['aa', 'b', 'cccc'])}`);
    expect(found).toMatchObject({
      question: 'Q?',
      line: 7,
      choices: [
        { label: 'aa', correct: false, explanation: 'Why.' },
        { label: 'b', correct: true, explanation: 'Why.' },
        { label: 'cccc', correct: false, explanation: 'Why.' },
      ],
    });
    expect(rightPosition(found!)).toBe(2);
    expect(rightIsLongest(found!)).toBe(false);
  });

  it('ignores checkpoints in code blocks', () => {
    expect(findCheckpoints('```mdx\n' + checkpoint(0, ['a', 'b', 'c']) + '```\n')).toEqual([]);
  });
});

describe('lintChapterCheckpoints', () => {
  const three = [0, 1, 2].map((right) => checkpoint(right, ['one', 'two', 'three'])).join('\n');

  it('accepts three checkpoints with one right answer each', () => {
    expect(lintChapterCheckpoints(findCheckpoints(three))).toEqual([]);
  });

  it('rejects a chapter with fewer than three checkpoints', () => {
    expect(lintChapterCheckpoints(findCheckpoints(checkpoint(0, ['a', 'b', 'c'])))).toEqual([
      'has 1 checkpoints; a chapter needs at least 3',
    ]);
  });

  it('rejects no right answer, two right answers, too few choices and a choice without explanation', () => {
    const bad = findCheckpoints(
      [
        checkpoint(-1, ['a', 'b', 'c']),
        '<Checkpoint question="Q?">\n<Choice label="a" correct>x</Choice>\n<Choice label="b" correct>y</Choice>\n</Checkpoint>\n',
        '<Checkpoint question="Q?">\n<Choice label="a" correct>x</Choice>\n<Choice label="b" />\n<Choice label="c">z</Choice>\n</Checkpoint>\n',
      ].join('\n'),
    );
    expect(lintChapterCheckpoints(bad)).toEqual([
      'checkpoint on line 1 has 0 right answers; it needs exactly one',
      'checkpoint on line 13 has 2 choices; it needs 3',
      'checkpoint on line 13 has 2 right answers; it needs exactly one',
      'checkpoint on line 18: choice "b" explains nothing',
    ]);
  });
});

describe('lintAnswerTells', () => {
  it('flags a site where the right answer is mostly the longest, or mostly in one place', () => {
    const telling = findCheckpoints(
      [
        checkpoint(1, ['a', 'the longest one', 'c']),
        checkpoint(1, ['a', 'longer', 'c']),
        checkpoint(0, ['ab', 'a', 'c']),
      ].join('\n'),
    );
    expect(lintAnswerTells(telling)).toEqual([
      'the right answer is the longest choice in 3 of 3 checkpoints',
      'the right answer is choice 2 in 2 of 3 checkpoints',
    ]);
  });

  it('flags a site where the right answer is mostly the shortest', () => {
    const shortest = findCheckpoints(
      [checkpoint(0, ['a', 'bb', 'cc']), checkpoint(1, ['aa', 'b', 'cc']), checkpoint(2, ['aa', 'bb', 'c'])].join('\n'),
    );
    expect(lintAnswerTells(shortest)).toEqual(['the right answer is the shortest choice in 3 of 3 checkpoints']);
  });

  it('accepts right answers spread over positions and lengths', () => {
    const fair = findCheckpoints(
      [
        checkpoint(0, ['short', 'a long wrong one', 'c']),
        checkpoint(1, ['a', 'the longest right', 'c']),
        checkpoint(2, ['aaaa', 'bbbbbb', 'c']),
      ].join('\n'),
    );
    expect(lintAnswerTells(fair)).toEqual([]);
  });
});

describe('the chapters', () => {
  it.each(chapters.map(({ name, checkpoints }) => [name, checkpoints] as const))(
    '%s has at least three sound checkpoints',
    (_name, checkpoints) => {
      expect(lintChapterCheckpoints(checkpoints)).toEqual([]);
    },
  );

  it('do not give the right answer away by its length or authored position', () => {
    expect(lintAnswerTells(chapters.flatMap(({ checkpoints }) => checkpoints))).toEqual([]);
  });
});
