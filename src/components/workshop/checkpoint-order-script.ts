// Runs inline right after a chapter's content (ChapterEnd.astro), bundled and minified at build time, so
// the choices are reordered as the page is parsed, before the reader can pick one. Moving a choice keeps
// its radio's value (the hash of its label), so saved answers still match; the arrow keys follow the
// shown order. Without JavaScript the authored order stays.
import { readStored, trySet } from '../site-storage';
import {
  CHOICE_SEED_KEY,
  FALLBACK_CHOICE_SEED,
  choiceOrder,
  newChoiceSeed,
  parseChoiceSeed,
} from '../../workshop/choice-order';

let seed = parseChoiceSeed(readStored('localStorage', CHOICE_SEED_KEY));
if (!seed) {
  seed = newChoiceSeed(crypto.getRandomValues(new Uint32Array(2)));
  // A browser that keeps nothing gets one stable order instead of a new one on every page.
  if (!trySet('localStorage', CHOICE_SEED_KEY, seed)) seed = FALLBACK_CHOICE_SEED;
}
for (const checkpoint of document.querySelectorAll<HTMLElement>('[data-checkpoint]')) {
  const list = checkpoint.querySelector('[data-choices]')!;
  const choices = [...list.children];
  list.append(...choiceOrder(seed, checkpoint.dataset.checkpoint!, choices.length).map((index) => choices[index]!));
  checkpoint.dataset.shuffled = '';
}
