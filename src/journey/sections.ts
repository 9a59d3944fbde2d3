/** The site's main parts. A part appears in navigation and on the landing page only once its page exists. */
export interface Section {
  route: string;
  navLabel: string;
  door: string;
  promise: string;
}

const ALL_SECTIONS: Section[] = [
  {
    route: '/talk/',
    navLabel: 'Talk',
    door: 'Give the talk',
    promise: 'The chapters as one slide deck, with speaker notes and a presenter view kept in step.',
  },
  {
    route: '/chapters/',
    navLabel: 'Chapters',
    door: 'Take the workshop',
    promise: 'Work through the journey at your own pace, stage by stage, with checkpoints along the way.',
  },
  {
    route: '/reference/',
    navLabel: 'Reference',
    door: 'Look something up',
    promise: 'Glossary, platform scorecard and the checklist of questions to ask before any NLP project.',
  },
  {
    route: '/simulator/',
    navLabel: 'Simulator',
    door: 'Try the simulator',
    promise: 'Pick an architecture and see what it costs: image size, cold start, latency, quality per language.',
  },
  {
    route: '/lab/',
    navLabel: 'Lab',
    door: 'Run the lab',
    promise:
      'A real language-ID model from data to a drifting production stream, in your browser, measured on your device.',
  },
];

const pages = import.meta.glob('/src/pages/**/*.astro');

export const SECTIONS: Section[] = ALL_SECTIONS.filter(({ route }) => `/src/pages${route}index.astro` in pages);
