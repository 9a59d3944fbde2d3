import { z } from 'astro/zod';

/**
 * A link from content: an absolute `https:` or `http:` address. Every URL field in content data uses this,
 * so a `javascript:`, `data:` or `file:` link fails the build instead of running when a reader clicks it.
 */
export const webUrl = z.url({ protocol: /^https?$/, error: 'a web address starting with https:// (or http://)' });
