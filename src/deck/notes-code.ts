const CODE_BLOCK = /<pre class="astro-code[^"]*"[^>]*>[\s\S]*?<\/pre>/g;

/**
 * Replace each code block in speaker notes by a link to it in the chapter ("python, 24 lines"):
 * a speaker glances at notes rather than reads listings, and the deck stays light to load.
 */
export function linkCodeInNotes(notesHtml: string, chapterHref: string): string {
  return notesHtml.replace(CODE_BLOCK, (block) => {
    const language = /data-language="([^"]+)"/.exec(block)?.[1] ?? 'code';
    const lines = block.match(/class="line[\s"]/g)?.length ?? 0;
    return `<p class="notes-code"><a href="${chapterHref}">${language}, ${lines} line${lines === 1 ? '' : 's'}, in the chapter</a></p>`;
  });
}
