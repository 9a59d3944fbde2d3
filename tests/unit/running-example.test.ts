import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  exampleKeys,
  exampleValue,
  findExampleKeys,
  findUnknownExampleKeys,
  formatExampleValue,
  runningExampleSchema,
  type RunningExample,
} from '../../src/journey/running-example';

const example: RunningExample = {
  name: 'Router',
  languages: ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'pl', 'sv', 'tr'],
  teams: 14,
  traffic: { messagesPerDay: 40_000, peakMessagesPerSecond: 15, tokensPerMessage: 80 },
  latency: { p95BudgetMs: 300, inferenceMsPerMessage: 150 },
  platform: 'cloud-run',
  warmInstances: 1,
  maxConcurrency: 4,
  memoryHeadroom: 1.5,
  monitoring: { psiWatch: 0.1, psiAlert: 0.25, retraining: 'triggered' },
};

describe('the running example file', () => {
  it('passes its schema', () => {
    const data = runningExampleSchema.safeParse(parse(readFileSync('content/running-example.yaml', 'utf8')));
    expect(data.error?.issues ?? []).toEqual([]);
  });
});

describe('figures derived from the running example', () => {
  it('count a 730-hour month, the one the instance prices use', () => {
    // 40,000 × 730 / 24 = 1,216,666.7
    expect(exampleValue(example, 'traffic.messagesPerMonth')).toBe(1_216_667);
    expect(formatExampleValue(exampleValue(example, 'traffic.messagesPerMonth'), { compact: true })).toBe(
      '1.2 million',
    );
  });

  it('spread the day over 86,400 seconds and compare the peak with that average', () => {
    expect(exampleValue(example, 'traffic.averageMessagesPerSecond')).toBe(0.46);
    // 15 ÷ 0.46296… = 32.4
    expect(exampleValue(example, 'traffic.peakToAverage')).toBe(32);
  });

  it('turn the inference time into throughput per vCPU and vCPUs at the peak', () => {
    expect(exampleValue(example, 'latency.messagesPerVcpuPerSecond')).toBe(6.7);
    // 15 messages a second × 0.15 s = 2.25 busy vCPUs → 3
    expect(exampleValue(example, 'traffic.peakVcpus')).toBe(3);
    expect(
      exampleValue({ ...example, traffic: { ...example.traffic, peakMessagesPerSecond: 20 } }, 'traffic.peakVcpus'),
    ).toBe(3);
  });

  it('size the linear baseline from the number of teams', () => {
    // 300,000 features × 14 teams × 8 bytes = 33.6 MB
    expect(exampleValue(example, 'teams.baselineCoefficientsMB')).toBe(34);
  });

  it('count warm instances for per-language services behind a language router', () => {
    expect(exampleValue(example, 'languages.count')).toBe(10);
    expect(exampleValue(example, 'warmInstances.perLanguageServices')).toBe(11);
    expect(exampleValue({ ...example, warmInstances: 2 }, 'warmInstances.perLanguageServices')).toBe(22);
  });
});

describe('reading and showing a figure', () => {
  it('reads nested keys and formats numbers the way the prose writes them', () => {
    expect(formatExampleValue(exampleValue(example, 'traffic.messagesPerDay'))).toBe('40,000');
    expect(formatExampleValue(exampleValue(example, 'monitoring.psiAlert'))).toBe('0.25');
    expect(formatExampleValue(exampleValue(example, 'platform'))).toBe('cloud-run');
    expect(formatExampleValue(exampleValue(example, 'languages'))).toBe('en, de, fr, es, it, nl, pt, pl, sv, tr');
  });

  it('refuses an unknown key or a key that names a group, listing the known keys', () => {
    expect(() => exampleValue(example, 'traffic.messagesPerWeek')).toThrow(
      /unknown running-example key "traffic.messagesPerWeek".*traffic.messagesPerDay/,
    );
    expect(() => exampleValue(example, 'traffic')).toThrow(/unknown running-example key "traffic"/);
    expect(exampleKeys(example)).toContain('monitoring.retraining');
  });

  it('finds each <Example key> in a chapter and reports the unknown ones', () => {
    const mdx = [
      'About <Example key="traffic.messagesPerDay" /> messages a day,',
      '<Example compact key="traffic.messagesPerMonth" /> a month, at <Example key="latency.p95Ms" /> ms.',
      'Again <Example key="traffic.messagesPerDay" />.',
    ].join('\n');
    expect(findExampleKeys(mdx)).toEqual(['traffic.messagesPerDay', 'traffic.messagesPerMonth', 'latency.p95Ms']);
    const problems = findUnknownExampleKeys(example, mdx);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^<Example key="latency.p95Ms">: unknown running-example key; add it to content\/running-example.yaml or use one of .*latency.p95BudgetMs/,
    );
  });
});
