/**
 * The chapter sections that reference material may link to, as "slug#anchor". Glossary and
 * checklist entries are validated against this list, so a typo fails the build.
 */
export const CHAPTER_ANCHORS = [
  'use-case#why-deployment-starts-on-day-one',
  'deployment-questions#can-the-texts-leave-your-infrastructure',
  'deployment-questions#latency-and-throughput',
  'data#labelled-data-per-language',
  'model-choices#one-multilingual-model-one-per-language-or-translate-first',
  'model-choices#cross-lingual-transfer',
  'model-choices#hosted-llm-apis',
  'optimisation#why-int8-barely-shrinks-a-multilingual-model',
  'optimisation#cpu-only-wheels',
  'optimisation#distillation',
  'optimisation#onnx-runtime',
  'optimisation#vocabulary-trimming',
  'service#where-the-model-file-lives',
  'service#ten-models-ten-services',
  'platforms#package-and-image-limits',
  'platforms#memory',
  'platforms#cold-starts',
  'platforms#scale-to-zero',
  'monitoring#drift-one-language-at-a-time',
  'monitoring#feedback-loops-and-retraining',
] as const;

export type ChapterAnchor = (typeof CHAPTER_ANCHORS)[number];

/** "platforms#cold-starts" → "/chapters/platforms/#cold-starts". */
export function chapterSectionHref(anchor: ChapterAnchor): string {
  const [slug, id] = anchor.split('#');
  return `/chapters/${slug}/#${id}`;
}
