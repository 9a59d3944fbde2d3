import DeckSlide from './DeckSlide.astro';
import DeckNotes from './DeckNotes.astro';
import DeckSource from './DeckSource.astro';
import { readingComponents } from './reading-components';

/**
 * The MDX vocabulary as the deck renders it: <Slide> and <Notes> become markers the deck splits on, and
 * <Source> a bare linked label.
 */
export const deckComponents = { ...readingComponents, Slide: DeckSlide, Notes: DeckNotes, Source: DeckSource };
