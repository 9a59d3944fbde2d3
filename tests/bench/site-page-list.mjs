// The built site's pages as URL paths, read from dist/ (shared by the bench and the browser tests).
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every page in dist as a URL path: "/", "/chapters/data/", "/404.html". */
export function sitePageList(dist) {
  const pages = [];
  const walk = (folder) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) {
        if (name !== '_astro' && name !== 'pagefind') walk(path);
      } else if (name.endsWith('.html')) {
        const url = '/' + relative(dist, path).split(sep).join('/');
        pages.push(url.endsWith('/index.html') ? url.slice(0, -'index.html'.length) : url);
      }
    }
  };
  walk(dist);
  if (pages.length === 0) throw new Error(`${dist} has no pages: run \`npm run build\` first`);
  return pages.sort();
}
