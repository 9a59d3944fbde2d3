/** Tags the deck's MDX components wrap around their output, so the server can find it in the chapter HTML. */
export const SLIDE_TAG = 'deck-slide';
export const NOTES_TAG = 'deck-notes';

/** One `##` section of a chapter as the deck sees it. */
export interface DeckSection {
  /** The heading's text, tags removed: the slide's title. */
  title: string;
  /** The heading's id: the section's anchor on the chapter's reading page. */
  id: string;
  /** What the audience sees: the inside of the section's <Slide>, or null when the section has none. */
  slideHtml: string | null;
  /** Whether the <Slide> asked for its list items to appear one step at a time. */
  steps: boolean;
  /** The rest of the section (prose, callouts, code) with <Notes> kept: the speaker's notes. */
  notesHtml: string;
}

/** A chapter split for the deck: the prose before the first `##`, then each section. */
export interface DeckChapter {
  introHtml: string;
  sections: DeckSection[];
}

const SLIDE_BLOCK = new RegExp(`<${SLIDE_TAG}(\\s[^>]*)?>([\\s\\S]*?)</${SLIDE_TAG}>`);
const NOTES_OPEN = new RegExp(`<${NOTES_TAG}[^>]*>`, 'g');
const NOTES_CLOSE = new RegExp(`</${NOTES_TAG}>`, 'g');
const H2_START = /<h2[\s>]/g;

/** Turn HTML into its text: tags dropped, the common entities decoded, whitespace collapsed. */
export function htmlToText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Mark speaker-only notes so the notes pane can set them apart from the shared prose. */
function markSpeakerNotes(html: string): string {
  return html.replace(NOTES_OPEN, '<div class="speaker-only">').replace(NOTES_CLOSE, '</div>').trim();
}

/** Split one section's HTML (starting at its `<h2`) into title, slide and notes. */
function splitSection(html: string): DeckSection {
  const headingEnd = html.indexOf('</h2>');
  const headingHtml = headingEnd === -1 ? '' : html.slice(0, headingEnd);
  const title = htmlToText(headingHtml.replace(/^<h2[^>]*>/, ''));
  const id = /^<h2[^>]*\sid="([^"]*)"/.exec(headingHtml)?.[1] ?? '';
  const body = headingEnd === -1 ? html : html.slice(headingEnd + '</h2>'.length);
  const slide = SLIDE_BLOCK.exec(body);
  if (!slide) return { title, id, slideHtml: null, steps: false, notesHtml: markSpeakerNotes(body) };
  const attributes = slide[1] ?? '';
  return {
    title,
    id,
    slideHtml: slide[2].trim(),
    steps: /\sdata-steps(\s|=|$)/.test(attributes),
    notesHtml: markSpeakerNotes(body.slice(0, slide.index) + body.slice(slide.index + slide[0].length)),
  };
}

/** Split a chapter's rendered HTML at its `<h2>` boundaries into the deck's sections. */
export function splitChapterHtml(html: string): DeckChapter {
  const starts = [...html.matchAll(H2_START)].map((match) => match.index);
  const introHtml = markSpeakerNotes(html.slice(0, starts[0] ?? html.length));
  const sections = starts.map((start, i) => splitSection(html.slice(start, starts[i + 1] ?? html.length)));
  return { introHtml, sections };
}
