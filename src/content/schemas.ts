import { z } from 'astro/zod';
import { JOURNEY_STAGES } from '../journey/stages';
import { chapterAnchorSchema } from '../journey/chapter-anchors';
import { webUrl } from '../journey/web-url';

export { simulatorDataSchema, platformSchema } from '../simulator/schema';
export { runningExampleSchema } from '../journey/running-example';

/** A chapter's frontmatter (content/chapters/NN-slug.mdx). */
export const chapterSchema = z.object({
  title: z.string().min(1),
  order: z.number().int().positive(),
  stage: z.enum(JOURNEY_STAGES),
  summary: z.string().min(1),
  minutes: z.number().int().positive().describe('How long the chapter takes to present'),
  objectives: z.array(z.string().min(1)).min(1).describe('What a reader can do after the chapter'),
});

/** One source in content/sources/*.yaml, keyed by its id; `url` is an https: (or http:) link. */
export const sourceSchema = z.object({
  label: z.string().min(1).max(40).describe('Short citation shown inline, e.g. "AWS Lambda quotas"'),
  title: z.string().min(1),
  url: webUrl,
  publisher: z.string().min(1),
  date: z.coerce.string().min(1).describe('Version or date the figure was seen'),
});

/** An id used in content files and URLs: lower-case words joined by hyphens. */
export const contentId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'an id is lower-case words joined by hyphens');

/** One glossary term in content/glossary.yaml, keyed by its id; ids are checked against other files at load time. */
export const glossaryTermSchema = z.object({
  term: z.string().min(1),
  definition: z.string().min(20),
  source: z.string().min(1).optional().describe('Id in content/sources/ backing a figure or claim'),
  seeAlso: z.array(contentId).optional(),
  chapter: chapterAnchorSchema.optional().describe('Chapter section that covers the term, as slug#anchor'),
});

/** One group of questions in content/checklist.yaml (a list of groups, each with an `id`). */
export const checklistGroupSchema = z.object({
  title: z.string().min(1),
  order: z.number().int().positive(),
  questions: z
    .array(
      z.object({
        id: contentId,
        question: z.string().min(1),
        why: z.string().min(1),
        chapter: chapterAnchorSchema,
      }),
    )
    .min(1),
});
