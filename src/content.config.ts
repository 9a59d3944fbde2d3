import { defineCollection } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { JOURNEY_STAGES } from './journey/stages';
import { findDuplicateOrders } from './journey/chapter-order';
import { lintChapter } from './journey/chapter-lint';
import { sourcesLoader } from './content/sources-loader';
import { chapterAnchorSchema } from './journey/chapter-anchors';
import { simulatorLoader } from './content/simulator-loader';
import { simulatorDataSchema, platformSchema } from './simulator/schema';
import { runningExampleSchema } from './journey/running-example';
import { parse as parseYaml } from 'yaml';

/** The glob loader, plus checks a schema cannot make: no two chapters share an order; each can become slides. */
function chaptersLoader(): Loader {
  const files = glob({ pattern: '**/*.mdx', base: './content/chapters' });
  return {
    name: 'chapters-loader',
    async load(context) {
      await files.load(context);
      const entries = context.store.values().sort((a, b) => a.id.localeCompare(b.id));
      const problems = [
        ...findDuplicateOrders(
          entries.map((entry) => ({ filePath: entry.filePath ?? entry.id, order: Number(entry.data.order) })),
        ),
        ...entries.flatMap((entry) => lintChapter(entry.body ?? '').map((problem) => `${entry.filePath} ${problem}`)),
      ];
      if (problems.length > 0) throw new Error(`Chapters:\n${problems.join('\n')}`);
    },
  };
}

const chapters = defineCollection({
  loader: chaptersLoader(),
  schema: z.object({
    title: z.string().min(1),
    order: z.number().int().positive(),
    stage: z.enum(JOURNEY_STAGES),
    summary: z.string().min(1),
    minutes: z.number().int().positive().describe('How long the chapter takes to present'),
    objectives: z.array(z.string().min(1)).min(1).describe('What a reader can do after the chapter'),
  }),
});

const sources = defineCollection({
  loader: sourcesLoader('./content/sources'),
  schema: z.object({
    label: z.string().min(1).max(40).describe('Short citation shown inline, e.g. "AWS Lambda quotas"'),
    title: z.string().min(1),
    url: z.url(),
    publisher: z.string().min(1),
    date: z.coerce.string().min(1).describe('Version or date the figure was seen'),
  }),
});

const termId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a term id is lower-case words joined by hyphens');

/** Glossary terms; source ids and "see also" ids are checked against their collections when pages build. */
const glossary = defineCollection({
  loader: file('./content/glossary.yaml'),
  schema: z.object({
    term: z.string().min(1),
    definition: z.string().min(20),
    source: z.string().min(1).optional().describe('Id in content/sources/ backing a figure or claim'),
    seeAlso: z.array(termId).optional(),
    chapter: chapterAnchorSchema.optional().describe('Chapter section that covers the term, as slug#anchor'),
  }),
});

/** The questions to ask at the start of every NLP project, in groups. */
const checklist = defineCollection({
  loader: file('./content/checklist.yaml'),
  schema: z.object({
    title: z.string().min(1),
    order: z.number().int().positive(),
    questions: z
      .array(
        z.object({
          id: termId,
          question: z.string().min(1),
          why: z.string().min(1),
          chapter: chapterAnchorSchema,
        }),
      )
      .min(1),
  }),
});

/** The decision simulator's model (content/simulator/), checked against sources and chapter slugs. */
const simulator = defineCollection({ loader: simulatorLoader('journey'), schema: simulatorDataSchema });

/** The platforms alone, for any page that lists or compares them. */
const simulatorPlatforms = defineCollection({ loader: simulatorLoader('platforms'), schema: platformSchema });

/** The running example's figures, one entry with id "example", shared by chapters and simulator. */
const runningExample = defineCollection({
  loader: file('./content/running-example.yaml', { parser: (text) => ({ example: parseYaml(text) }) }),
  schema: runningExampleSchema,
});

export const collections = { chapters, sources, glossary, checklist, simulator, simulatorPlatforms, runningExample };
