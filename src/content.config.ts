import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { findDuplicateOrders } from './journey/chapter-order';
import { lintChapter } from './journey/chapter-lint';
import { sourcesLoader } from './content/sources-loader';
import { simulatorLoader } from './content/simulator-loader';
import { assertValidContent } from './content/content-check';
import { checkTalks } from './content/talk-check';
import { talkSchema } from './deck/talk-schema';
import { listEntries, mapEntries, singleEntry, yamlFileLoader } from './content/yaml-loader';
import {
  chapterSchema,
  checklistGroupSchema,
  glossaryTermSchema,
  platformSchema,
  runningExampleSchema,
  simulatorDataSchema,
  sourceSchema,
} from './content/schemas';

/**
 * The glob loader, plus checks a schema cannot make: all content is valid (see assertValidContent), no two
 * chapters share an order, each can become slides.
 */
function chaptersLoader(): Loader {
  const files = glob({ pattern: '**/*.mdx', base: './content/chapters' });
  return {
    name: 'chapters-loader',
    async load(context) {
      assertValidContent(fileURLToPath(context.config.root));
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

const chapters = defineCollection({ loader: chaptersLoader(), schema: chapterSchema });

const sources = defineCollection({ loader: sourcesLoader('./content/sources'), schema: sourceSchema });

/** Glossary terms, keyed by id; source and "see also" ids are checked when content loads. */
const glossary = defineCollection({
  loader: yamlFileLoader('content/glossary.yaml', mapEntries),
  schema: glossaryTermSchema,
});

/** The questions to ask at the start of every NLP project, in groups. */
const checklist = defineCollection({
  loader: yamlFileLoader('content/checklist.yaml', listEntries),
  schema: checklistGroupSchema,
});

/** The decision simulator's model (content/simulator/), checked against sources and chapter slugs. */
const simulator = defineCollection({ loader: simulatorLoader('journey'), schema: simulatorDataSchema });

/** The platforms alone, for any page that lists or compares them. */
const simulatorPlatforms = defineCollection({ loader: simulatorLoader('platforms'), schema: platformSchema });

/** The running example's figures, one entry with id "example", shared by chapters and simulator. */
const runningExample = defineCollection({
  loader: yamlFileLoader('content/running-example.yaml', singleEntry('example')),
  schema: runningExampleSchema,
});

/** Talks (content/talks/<id>.yaml), each checked against the chapters before it loads (see checkTalks). */
const talks = defineCollection({
  loader: {
    name: 'talks-loader',
    async load({ config, store, parseData, generateDigest }) {
      const root = fileURLToPath(config.root);
      assertValidContent(root);
      store.clear();
      for (const { id, path, talk } of checkTalks(root).talks) {
        const data = await parseData({ id, data: talk, filePath: path });
        store.set({ id, data, filePath: path, digest: generateDigest(data) });
      }
    },
  },
  schema: talkSchema,
});

export const collections = {
  talks,
  chapters,
  sources,
  glossary,
  checklist,
  simulator,
  simulatorPlatforms,
  runningExample,
};
