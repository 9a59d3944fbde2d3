import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findContentProblems } from '../../src/content/content-check';

// Each test checks a copy of the project's content/ with one kind of fault: no build needed.
let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'content-check-'));
  cpSync('content', join(root, 'content'), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const lineCount = (path: string) => readFileSync(join(root, path), 'utf8').split('\n').length;
const edit = (path: string, change: (text: string) => string) =>
  writeFileSync(join(root, path), change(readFileSync(join(root, path), 'utf8')));
/** Break a YAML file at its end; returns the line of the fault. */
const breakYaml = (path: string) => {
  const line = lineCount(path);
  appendFileSync(join(root, path), 'broken: key: value\n');
  return line;
};

describe('content checks', () => {
  it('find nothing wrong in the project content', () => {
    expect(findContentProblems(process.cwd())).toEqual([]);
  });

  it.each([
    'content/checklist.yaml',
    'content/glossary.yaml',
    'content/running-example.yaml',
    ...readdirSync('content/sources').map((name) => `content/sources/${name}`),
    ...readdirSync('content/simulator').map((name) => `content/simulator/${name}`),
    ...readdirSync('content/talks').map((name) => `content/talks/${name}`),
  ])('name the file and line of a YAML syntax error in %s, and nothing misleading', (path) => {
    const line = breakYaml(path);
    const problems = findContentProblems(root);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((problem) => problem.startsWith(`${path}:`))).toBe(true);
    expect(problems[0]).toMatch(new RegExp(`^${path}:${line}:\\d+ YAML: `));
  });

  it('name the file and line of a talk’s unknown chapter, unknown slide and bad field', () => {
    const path = 'content/talks/conference.yaml';
    edit(path, (text) =>
      text
        .replace('  - chapter: monitoring\n', '  - chapter: monitorin\n')
        .replace('      - cold-starts\n', '      - cold-start\n')
        .replace('duration: 40', 'duration: forty'),
    );
    expect(findContentProblems(root)).toEqual([
      `${path}:6 talk duration: Invalid input: expected number, received string`,
    ]);
    edit(path, (text) => text.replace('duration: forty', 'duration: 40'));
    const lines = readFileSync(join(root, path), 'utf8').split('\n');
    const lineOf = (text: string) => lines.findIndex((line) => line === text) + 1;
    expect(findContentProblems(root)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${path}:${lineOf('      - cold-start')} talk items\\.\\d+\\.sections\\.1: chapter "platforms" has no slide "cold-start"`,
        ),
      ),
      expect.stringMatching(
        new RegExp(`^${path}:${lineOf('  - chapter: monitorin')} talk items\\.\\d+\\.chapter: no chapter "monitorin"`),
      ),
    ]);
  });

  it('name both files of a source id defined twice, and the line of the second', () => {
    const line = lineCount('content/sources/simulator.yaml');
    appendFileSync(
      join(root, 'content/sources/simulator.yaml'),
      'distilbert-paper:\n  label: x\n  title: x\n  url: https://example.org/\n  publisher: x\n  date: 2020\n',
    );
    expect(findContentProblems(root)).toEqual([
      `content/sources/simulator.yaml:${line} "distilbert-paper": defined twice, also in content/sources/models.yaml`,
    ]);
  });

  it('name the line of a glossary term id used twice in one file', () => {
    const line = lineCount('content/glossary.yaml');
    appendFileSync(
      join(root, 'content/glossary.yaml'),
      'cold-start:\n  term: x\n  definition: a definition long enough\n',
    );
    expect(findContentProblems(root)).toEqual([
      expect.stringMatching(new RegExp(`^content/glossary.yaml:${line}:1 YAML: Map keys must be unique`)),
    ]);
  });

  it('name a checklist question id used twice', () => {
    edit('content/checklist.yaml', (text) => text.replace('- id: texts-leave', '- id: decision'));
    const problems = findContentProblems(root);
    expect(problems).toEqual([
      expect.stringMatching(/^content\/checklist.yaml:\d+ question id "decision": used twice$/),
    ]);
  });

  it.each(['javascript:alert(document.cookie)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd'])(
    'refuse a source url of %s, naming file, line, source and field',
    (url) => {
      edit('content/sources/models.yaml', (text) =>
        text.replace('url: https://arxiv.org/abs/1910.01108', `url: ${JSON.stringify(url)}`),
      );
      const line = readFileSync(join(root, 'content/sources/models.yaml'), 'utf8')
        .split('\n')
        .findIndex((l) => l.includes(JSON.stringify(url)));
      expect(findContentProblems(root)).toEqual([
        `content/sources/models.yaml:${line + 1} "distilbert-paper" url: a web address starting with https:// (or http://)`,
      ]);
    },
  );

  it('name the .mdx file and line of an unknown <Source> or <Term> id', () => {
    const path = 'content/chapters/04-model-choices.mdx';
    const line = lineCount(path);
    appendFileSync(
      join(root, path),
      '\nSee <Source id="no-such-source" /> on <Term id="warm-pool">warm pools</Term>.\n',
    );
    expect(findContentProblems(root)).toEqual([
      `${path}:${line + 1} <Source id="no-such-source">: no such source; add it to a file in content/sources/`,
      `${path}:${line + 1} <Term id="warm-pool">: no such term; add it to content/glossary.yaml`,
    ]);
  });

  it('name the line of a glossary term citing an unknown source or term', () => {
    edit('content/glossary.yaml', (text) =>
      text
        .replace('source: torch-import-cloud-run-issue', 'source: no-such-source')
        .replace('seeAlso: [scale-to-zero, provisioned-concurrency', 'seeAlso: [scale-to-zero, warm-pool'),
    );
    const lines = readFileSync(join(root, 'content/glossary.yaml'), 'utf8').split('\n');
    const line = (text: string) => lines.findIndex((l) => l.includes(text)) + 1;
    expect(findContentProblems(root)).toEqual([
      `content/glossary.yaml:${line('no-such-source')} "cold-start": unknown source "no-such-source"`,
      `content/glossary.yaml:${line('warm-pool')} "cold-start": seeAlso names unknown term "warm-pool"`,
    ]);
  });

  it('name the file, line and field of a schema problem in the running example', () => {
    edit('content/running-example.yaml', (text) => text.replace('teams: 14', 'teams: many'));
    const line = readFileSync(join(root, 'content/running-example.yaml'), 'utf8').split('\n').indexOf('teams: many');
    expect(findContentProblems(root)).toEqual([
      expect.stringMatching(new RegExp(`^content/running-example.yaml:${line + 1} running example teams: .*number`)),
    ]);
  });

  it('name the entry, line and field of a schema problem in simulator data', () => {
    edit('content/simulator/pitfalls.yaml', (text) => text.replace('- id: lambda-zip-over-250mb', '- id: Lambda Zip'));
    const problems = findContentProblems(root);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatch(/^content\/simulator\/pitfalls.yaml:\d+ entry Lambda Zip id: /);
  });
});
