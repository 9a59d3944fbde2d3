// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { transformerMetaHighlight, transformerNotationHighlight } from '@shikijs/transformers';
import { transformerCodeSteps } from './src/integrations/code-steps-transformer.mjs';
import { securityHeadersFile } from './src/integrations/security-headers.mjs';

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
