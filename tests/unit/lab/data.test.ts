import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { cleanSamples } from '../../../src/lab/clean';
import { LAB_LANGUAGES } from '../../../src/lab/languages';
import { seededRandom } from '../../../src/lab/prng';
import { sharedArticles, splitByArticle, splitRandomly } from '../../../src/lab/split';
import { parseDeclaration } from '../../../src/lab/udhr-parse';

const sample = (lang: string, article: number, text: string) => ({ lang, article, text });

describe('the lab data step', () => {
  it('uses the running example’s ten languages', () => {
    const example = parse(readFileSync('content/running-example.yaml', 'utf8'));
    expect([...LAB_LANGUAGES]).toEqual(example.languages);
  });

  it('parses a declaration into paragraphs per article, headings left out', () => {
    const html = `<html><body><header><h2>Preamble</h2><p>Whereas <b>dignity</b> matters,</p></header>
      <article><h2>Article 1</h2><p>All human beings are born free.</p></article>
      <article><h2>Article 2</h2><ol><li>Everyone has rights.</li><li>No distinction.</li></ol></article></body></html>`;
    expect(parseDeclaration(html, 'en')).toEqual([
      sample('en', 0, 'Whereas dignity matters,'),
      sample('en', 1, 'All human beings are born free.'),
      sample('en', 2, 'Everyone has rights.'),
      sample('en', 2, 'No distinction.'),
    ]);
  });

  it('cleans in counted steps: whitespace, control characters, empty, short, duplicates', () => {
    const { samples, steps } = cleanSamples([
      sample('en', 1, '  All  human\u0007beings\n are free '),
      sample('en', 1, ''),
      sample('en', 2, 'Article 2'),
      sample('en', 3, 'All human beings are free'),
      sample('de', 3, 'All human beings are free'),
    ]);
    expect(samples.map(({ lang, text }) => `${lang}:${text}`)).toEqual([
      'en:All human beings are free',
      'de:All human beings are free',
    ]);
    expect(steps.map(({ before, after }) => [before, after])).toEqual([
      [5, 5],
      [5, 4],
      [4, 3],
      [3, 2],
    ]);
  });

  it('splits by article: no article on both sides, the same articles in every language', () => {
    const samples = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].flatMap((article) => [
      sample('en', article, 'x'),
      sample('de', article, 'y'),
    ]);
    const split = splitByArticle(samples, 0.3, 1);
    expect(split.testArticles).toHaveLength(3);
    expect(sharedArticles(split)).toEqual([]);
    expect(split.test).toHaveLength(6);
    expect(split.test.filter(({ lang }) => lang === 'en').map(({ article }) => article)).toEqual(split.testArticles);
    expect(splitByArticle(samples, 0.3, 1)).toEqual(split);
  });

  it('a random split of the same data puts articles on both sides (the leak)', () => {
    const samples = [1, 2, 3, 4, 5].flatMap((article) => [0, 1, 2, 3].map((i) => sample('en', article, `p${i}`)));
    expect(sharedArticles(splitRandomly(samples, 0.3, 1)).length).toBeGreaterThan(0);
  });

  it('the seeded generator repeats its sequence for a seed', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(seededRandom(43)()).not.toBe(first[0]);
  });
});
