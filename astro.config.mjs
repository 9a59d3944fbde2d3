// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { transformerMetaHighlight, transformerNotationHighlight } from '@shikijs/transformers';
import { transformerCodeSteps } from './src/integrations/code-steps-transformer.mjs';
import { securityHeadersFile } from './src/integrations/security-headers.mjs';

/** src/simulator modules every simulator page needs at once (the rest load on demand or only at build). */
const SIMULATOR_MODEL =
  /src\/simulator\/(?!derivations|machine|adr-report|traffic-sweep|share-link|metrics-memo|check-journeys|selection-key)/;

export default defineConfig({
  site: 'http://127.0.0.1:4321',
  trailingSlash: 'always',
  // securityHeadersFile last: it reads the finished pages.
  integrations: [mdx(), react(), securityHeadersFile()],
  markdown: {
    shikiConfig: {
      // The GitHub "default" themes: their comment and parameter colours meet AA contrast in both themes.
      themes: { light: 'github-light-default', dark: 'github-dark-default' },
      // Code steps ({1|3-5|all}) and meta highlighting ({2,4-5}) never both match: the latter ignores "|".
      transformers: [transformerMetaHighlight(), transformerNotationHighlight(), transformerCodeSteps()],
    },
  },
  vite: {
    build: {
      rolldownOptions: {
        output: {
          // The consequence model the simulator's pages load first, as one chunk rather than several
          // small ones (each costs its own imports and gzip window). What loads on demand stays apart:
          // derivations' words, the machine, the report's ADR and traffic sweep, share links.
          advancedChunks: {
            groups: [{ name: 'simulator-model', test: SIMULATOR_MODEL }],
          },
        },
        onwarn(warning, warn) {
          // Every MDX page triggers this harmless warning (withastro/astro#18087).
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject'))
            return;
          warn(warning);
        },
      },
    },
  },
});
