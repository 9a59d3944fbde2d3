import { z } from 'astro/zod';

/**
 * The slides a talk can show that no chapter holds. Each is rendered by src/components/deck/SpecialSlide.astro:
 * - `title`: the talk's title, speaker line and event;
 * - `closing`: questions, and where to find the site (its address and a QR code made at build time);
 * - `language-id-demo`: the lab's language-ID demo, live on the slide;
 * - `live-simulator`: the decision simulator, loaded when the slide is reached, for the speaker to click;
 * - `live-join`: where the audience joins live voting (needs the companion server, `npm start`).
 */
export const SPECIAL_SLIDES = ['title', 'closing', 'language-id-demo', 'live-simulator', 'live-join'] as const;
export type SpecialSlideKind = (typeof SPECIAL_SLIDES)[number];

const sectionId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a section id is the heading’s anchor, e.g. cold-starts');

/** Minutes an item takes on stage, when the plan's default share does not fit it (see src/deck/pacing.ts). */
const minutes = z.number().positive().max(600).optional();

/**
 * One entry of a talk's running order: a whole chapter (its title slide and every slide), some of a chapter's
 * slides by section id (the `##` heading's anchor on the chapter page), or a special slide.
 */
export const talkItemSchema = z.union([
  z.strictObject({
    chapter: z.string().min(1).describe('The chapter’s slug: its file name without number and .mdx, e.g. "data"'),
    sections: z.array(sectionId).min(1).optional().describe('Only these slides, in this order'),
    minutes,
  }),
  z.strictObject({ special: z.enum(SPECIAL_SLIDES), minutes }),
]);
export type TalkItem = z.infer<typeof talkItemSchema>;

/** A talk (content/talks/<id>.yaml): its id is the file name, its deck is at /talk/<id>/. */
export const talkSchema = z.strictObject({
  title: z.string().min(1),
  speaker: z.string().min(1).describe('The speaker line on the title slide, e.g. "Ada Lovelace · ML platform"'),
  event: z.string().min(1),
  duration: z.number().int().positive().max(600).describe('The slot, in minutes: the presenter paces against it'),
  url: z
    .url({ protocol: /^https?$/ })
    .optional()
    .describe('Where the audience finds the site (closing slide, QR code); default: astro.config `site`'),
  items: z.array(talkItemSchema).min(1),
});
export type Talk = z.infer<typeof talkSchema>;
