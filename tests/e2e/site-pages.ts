import { fileURLToPath } from 'node:url';
import { sitePageList } from '../bench/site-page-list.mjs';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

/** Every page of the built site as a URL path ("/", "/chapters/data/", "/404.html"). */
export const sitePages = (): string[] => sitePageList(dist);

/** Reading pages: the chapters, which must stay free of framework JavaScript. */
export const readingPages = () => sitePages().filter((path) => /^\/chapters\/[^/]+\/$/.test(path));
