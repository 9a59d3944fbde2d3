import { describe, expect, it } from 'vitest';
import { linkCodeInNotes } from '../../src/deck/notes-code';

const codeBlock = (language: string, lines: number) =>
  `<pre class="astro-code astro-code-themes github-light-default" style="color:#1f2328" tabindex="0" data-language="${language}"><code>${Array.from(
    { length: lines },
    (_, i) => `<span class="line"><span style="color:#cf222e">line ${i}</span></span>`,
  ).join('\n')}</code></pre>`;

describe('linkCodeInNotes', () => {
  it('replaces each code block by a link to it in the chapter, with its language and length', () => {
    const notes = `<p>Before.</p>${codeBlock('python', 12)}<p>Between.</p>${codeBlock('dockerfile', 1)}`;
    const result = linkCodeInNotes(notes, '/chapters/service/#where-the-model-file-lives');
    expect(result).toBe(
      '<p>Before.</p><p class="notes-code"><a href="/chapters/service/#where-the-model-file-lives">python, 12 lines, in the chapter</a></p>' +
        '<p>Between.</p><p class="notes-code"><a href="/chapters/service/#where-the-model-file-lives">dockerfile, 1 line, in the chapter</a></p>',
    );
  });

  it('leaves notes without code as they are', () => {
    const notes = '<p>Ask the room: who runs <code>torch</code> on Lambda?</p>';
    expect(linkCodeInNotes(notes, '/chapters/platforms/')).toBe(notes);
  });
});
