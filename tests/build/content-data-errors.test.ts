import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildFixture } from '../tools/build-fixture-result';

// Each fixture lays its faults over the project's content (tests/fixtures/<name>/patch.yaml); the warm run
// first loads the project's valid content into the same cache, so a fault cannot hide behind old data.
const endLine = (path: string) => readFileSync(path, 'utf8').split('\n').length;

describe.each([{ warm: false }, { warm: true }])(
  'the build refuses bad content data (warm cache: $warm)',
  ({ warm }) => {
    it('fails on a YAML syntax error in any data file, naming each file and line', () => {
      const { status, output } = buildFixture('content-yaml-errors', { warm });
      expect(status).not.toBe(0);
      for (const path of [
        'content/checklist.yaml',
        'content/glossary.yaml',
        'content/running-example.yaml',
        'content/sources/models.yaml',
        'content/simulator/languages.yaml',
      ]) {
        expect(output).toMatch(new RegExp(`${path}:${endLine(path)}:\\d+ YAML: `));
      }
      expect(output).toContain('Content errors (5)');
      expect(output).not.toContain('no such');
    });

    it('fails on unknown ids, ids used twice and unsafe links, naming file, line and field', () => {
      const { status, output } = buildFixture('content-reference-errors', { warm });
      expect(status).not.toBe(0);
      const chapter = 'content/chapters/04-model-choices.mdx';
      expect(output).toContain(`${chapter}:${endLine(chapter) + 1} <Source id="no-such-source">: no such source`);
      expect(output).toContain(`${chapter}:${endLine(chapter) + 1} <Term id="warm-pool">: no such term`);
      expect(output).toMatch(/content\/glossary.yaml:\d+ "cold-start": unknown source "no-such-source"/);
      expect(output).toMatch(
        /content\/sources\/models.yaml:\d+ "distilbert-paper" url: a web address starting with https:/,
      );
      expect(output).toMatch(
        /content\/sources\/models.yaml:\d+ "bert-multilingual" url: a web address starting with https:/,
      );
      expect(output).toMatch(
        /content\/sources\/simulator.yaml:\d+ "xlmr-paper": defined twice, also in content\/sources\/models.yaml/,
      );
      expect(output).toMatch(/content\/checklist.yaml:\d+ question id "decision": used twice/);
      expect(output).toContain('Content errors (7)');
    });
  },
);
