import type { SpecialSlideKind } from './talk-schema';

/** One speaker cue, as the chapters write theirs: what to say, a question for the room, the transition. */
export interface SpeakerCue {
  say: string;
  ask: string;
  next: string;
}

/**
 * The speaker's cue for each kind of special slide a talk may include (talk-schema.ts), shown in the
 * presenter, the `n` overlay and printed notes under the key "/talk-<kind>/0" like a chapter slide's cue.
 */
export const SPECIAL_SLIDE_CUES: Record<SpecialSlideKind, SpeakerCue> = {
  title: {
    say: 'Who you are, and the promise: one ordinary multilingual service followed from the first conversation to production, with the choices that cost teams weeks.',
    ask: 'Hands up: who has a model in production today? Who has one waiting to get there?',
    next: 'The use case.',
  },
  'language-id-demo': {
    say: "The router's first hop, live and offline: fastText's language ID on this laptop. Type a sentence, then two words, then a sentence mixing two languages.",
    ask: 'Give me a sentence in a language it was not asked about. What will it answer?',
    next: 'What this costs as a service.',
  },
  'live-join': {
    say: 'Press l in the presenter to start a live session; the room scans the code or types it at /live/. Give people thirty seconds to join.',
    ask: 'Is everyone in? The count of voters shows on the next slide.',
    next: 'The simulator, steered by your votes.',
  },
  'live-simulator': {
    say: 'Open a vote on each decision and apply the winner; a pitfall becomes a vote on the detour. Without the server, click the choices yourself.',
    ask: 'Before the vote closes: who expects this choice to raise a pitfall?',
    next: 'When the report shows, the journey is in production: the closing slide.',
  },
  closing: {
    say: 'The three things to keep: measure the package against the platform, one multilingual model, a quality floor per language. Everything is on the site, with the simulator and the lab.',
    ask: 'Questions?',
    next: 'Leave the code on screen while people scan it.',
  },
};
