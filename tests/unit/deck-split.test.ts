import { describe, expect, it } from 'vitest';
import { buildDeckSlides } from '../../src/deck/deck-slides';
import { htmlToText, splitChapterHtml } from '../../src/deck/split-sections';

const chapterHtml = [
  '<p>Intro</p>',
  '<h2 id="a">First <code>one</code></h2>',
  '<p>Before</p><deck-slide data-steps="true"><ul><li>x</li></ul></deck-slide><p>After</p><deck-notes><p>Secret</p></deck-notes>',
  '<h2 id="b">No slide here</h2><p>Aside</p>',
  '<h2 id="c">Third &amp; last</h2><deck-slide><p>Shown</p></deck-slide>',
].join('\n');

describe('splitting a chapter at its ## headings', () => {
  const { introHtml, sections } = splitChapterHtml(chapterHtml);

  it('keeps the prose before the first heading apart', () => {
    expect(introHtml).toBe('<p>Intro</p>');
  });

  it('gives each section its heading text as title', () => {
    expect(sections.map((s) => s.title)).toEqual(['First one', 'No slide here', 'Third & last']);
  });

  it('puts the <Slide> on the slide and the rest of the section, <Notes> included, in the notes', () => {
    expect(sections[0].slideHtml).toBe('<ul><li>x</li></ul>');
    expect(sections[0].steps).toBe(true);
    expect(sections[0].notesHtml).toContain('<p>Before</p>');
    expect(sections[0].notesHtml).toContain('<p>After</p>');
    expect(sections[0].notesHtml).toContain('<div class="speaker-only"><p>Secret</p></div>');
    expect(sections[0].notesHtml).not.toContain('deck-slide');
  });

  it('marks a section without <Slide> as having none, and a plain <Slide> as without steps', () => {
    expect(sections[1].slideHtml).toBeNull();
    expect(sections[1].notesHtml).toBe('<p>Aside</p>');
    expect(sections[2].steps).toBe(false);
  });

  it('returns no sections for a chapter without ## headings', () => {
    expect(splitChapterHtml('<p>Only prose</p>')).toEqual({ introHtml: '<p>Only prose</p>', sections: [] });
  });

  it("counts a slide's steps from the tree: list items of a stepped slide, nested ones too, and code ranges", () => {
    const html =
      '<h2 id="s">S</h2><deck-slide data-steps="true"><ul><li>a<ul><li>b</li></ul></li></ul>' +
      '<pre class="astro-code" data-code-steps="1|2-3|all"><code></code></pre></deck-slide>' +
      '<h2 id="t">T</h2><deck-slide><ul><li>x</li></ul></deck-slide>';
    expect(splitChapterHtml(html).sections.map((s) => s.stepCount)).toEqual([4, 0]);
  });

  it("links the code blocks of a section's notes to the section when given the chapter's address", () => {
    const html =
      '<h2 id="where">Where</h2><deck-slide><p>x</p></deck-slide>' +
      '<pre class="astro-code" data-language="python"><code><span class="line">a</span>\n<span class="line">b</span></code></pre>';
    expect(splitChapterHtml(html, '/chapters/service/').sections[0].notesHtml).toBe(
      '<p class="notes-code"><a href="/chapters/service/#where">python, 2 lines, in the chapter</a></p>',
    );
  });

  it('does not split at an escaped "<h2" inside code', () => {
    expect(splitChapterHtml('<h2>A</h2><pre>&lt;h2>not a heading</pre>').sections).toHaveLength(1);
  });
});

describe('building the talk from chapters', () => {
  const slides = buildDeckSlides([
    { slug: 'one', title: 'One', summary: 'S1', minutes: 5, split: splitChapterHtml(chapterHtml) },
    {
      slug: 'two',
      title: 'Two',
      summary: 'S2',
      minutes: 7,
      split: splitChapterHtml('<h2>Only</h2><deck-slide>y</deck-slide>'),
    },
  ]);

  it('opens each chapter with a title slide, then one slide per section with a <Slide>', () => {
    expect(slides.map((s) => [s.kind, s.key, s.title])).toEqual([
      ['chapter', '/one/0', 'One'],
      ['section', '/one/1', 'First one'],
      ['section', '/one/2', 'Third & last'],
      ['chapter', '/two/0', 'Two'],
      ['section', '/two/1', 'Only'],
    ]);
  });

  it("adds a slideless section's prose to the previous slide's notes, under its heading", () => {
    expect(slides[1].notesHtml).toContain('No slide here');
    expect(slides[1].notesHtml).toContain('<p>Aside</p>');
  });

  it("gives a chapter's title slide its intro as notes and its minutes", () => {
    expect(slides[0].notesHtml).toBe('<p>Intro</p>');
    expect(slides[3].chapter.minutes).toBe(7);
  });
});

describe('htmlToText', () => {
  it('drops tags and decodes entities', () => {
    expect(htmlToText('<em>a</em> &lt;b&gt; &amp;  c')).toBe('a <b> & c');
  });
});
