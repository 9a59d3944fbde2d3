import { describe, expect, it } from 'vitest';
import { SOURCE_TOPICS, groupSourcesByTopic, type SourceTopic } from '../../src/workshop/source-topics';

const topics: SourceTopic[] = [
  { id: 'models', title: 'Models', sources: ['xlmr-paper', 'bert-multilingual'] },
  { id: 'platforms', title: 'Platforms', sources: ['aws-lambda-quotas'] },
  { id: 'empty', title: 'Nothing cited yet', sources: ['gone'] },
];
const source = (id: string, label: string) => ({ id, label });

describe('grouping sources by topic', () => {
  it('keeps the topics in journey order and each group sorted by label', () => {
    const groups = groupSourcesByTopic(
      [
        source('aws-lambda-quotas', 'AWS Lambda quotas'),
        source('xlmr-paper', 'XLM-R paper'),
        source('bert-multilingual', 'mBERT'),
      ],
      topics,
    );
    expect(groups.map(({ id, sources }) => [id, sources.map(({ id }) => id)])).toEqual([
      ['models', ['bert-multilingual', 'xlmr-paper']],
      ['platforms', ['aws-lambda-quotas']],
    ]);
  });

  it('shows a source no topic lists under "Other sources" at the end, never dropping it', () => {
    const groups = groupSourcesByTopic([source('new-blog', 'A new blog'), source('xlmr-paper', 'XLM-R paper')], topics);
    expect(groups.at(-1)).toMatchObject({ id: 'other', title: 'Other sources', sources: [{ id: 'new-blog' }] });
  });

  it('refuses a source listed under two topics, naming it', () => {
    expect(() =>
      groupSourcesByTopic([], [...topics, { id: 'again', title: 'Again', sources: ['xlmr-paper'] }]),
    ).toThrow(/"xlmr-paper" is listed under two topics: models and again/);
  });

  it("lists each source under one topic of the site's own list", () => {
    expect(() => groupSourcesByTopic([])).not.toThrow();
    expect(new Set(SOURCE_TOPICS.map(({ id }) => id)).size).toBe(SOURCE_TOPICS.length);
  });
});
