/**
 * The chapters' slugs, and the `##` sections the simulator's pitfalls may link to: chapter slug →
 * anchors. Simulator data naming an unknown section fails the build; that the anchors exist in the
 * chapters is checked by the site's link test. Glossary and checklist entries may link to any heading
 * of these chapters, checked against the rendered chapters (src/content/chapter-section-links.ts).
 */
export const CHAPTER_SECTIONS = {
  'use-case': ['why-deployment-starts-on-day-one'],
  'deployment-questions': ['can-the-texts-leave-your-infrastructure', 'latency-and-throughput'],
  data: ['labelled-data-per-language'],
  'model-choices': [
    'one-multilingual-model-one-per-language-or-translate-first',
    'cross-lingual-transfer',
    'hosted-llm-apis',
  ],
  optimisation: [
    'why-int8-barely-shrinks-a-multilingual-model',
    'cpu-only-wheels',
    'distillation',
    'onnx-runtime',
    'vocabulary-trimming',
  ],
  service: ['where-the-model-file-lives', 'ten-models-ten-services'],
  platforms: ['package-and-image-limits', 'memory', 'cold-starts', 'scale-to-zero'],
  monitoring: ['drift-one-language-at-a-time', 'feedback-loops-and-retraining'],
  'pitfalls-and-shortcuts': ['small-tricks-worth-stealing'],
} as const satisfies Record<string, readonly string[]>;

export type ChapterSlug = keyof typeof CHAPTER_SECTIONS;
