import DeckSlide from './DeckSlide.astro';
import DeckNotes from './DeckNotes.astro';
import { readingComponents } from './reading-components';

/** The MDX vocabulary as the deck renders it: <Slide> and <Notes> become markers the deck splits on. */
export const deckComponents = { ...readingComponents, Slide: DeckSlide, Notes: DeckNotes };
