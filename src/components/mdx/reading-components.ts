import Slide from './Slide.astro';
import Notes from './Notes.astro';
import Callout from './Callout.astro';
import Figure from './Figure.astro';
import Source from './Source.astro';
import Checkpoint from './Checkpoint.astro';
import Choice from './Choice.astro';
import Term from './Term.astro';

/** The MDX vocabulary as the reading view renders it; chapters use these names without imports. */
export const readingComponents = { Slide, Notes, Callout, Figure, Source, Checkpoint, Choice, Term };
