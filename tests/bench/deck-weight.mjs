// The decks' first-paint weight: what a browser fetches before a talk's first slide can paint (the deck's or
// presenter's HTML, CSS and JS, plus the first slide's chapter fragment when that slide's content loads from
// one), gzip, for every shipped talk and for a generated 300-slide talk built as a fixture site.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { weighPage } from './page-weight.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** A deck or presenter page's first-paint bytes (gzip) and its slide count. */
function firstPaint(dist, path) {
  const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
  const slides = html.match(/aria-roledescription="slide"/g)?.length ?? 0;
  // The first slide's fragment, when its content is not inline (the first data-key's shell names it).
  const first = /<div class="slide[^"]*"[^>]*?data-key="[^"]*"[^>]*>/.exec(html)?.[0] ?? '';
  const src = /data-src="([^"]+)"/.exec(first)?.[1];
  const fragment = src ? gzipSync(readFileSync(join(dist, src, 'index.html'))).length : 0;
  return { slides, bytes: weighPage(dist, path).totalGzip + fragment, fragment };
}

/** Every talk's deck and presenter in a built site: rows of [talk, slides, deck bytes, presenter bytes]. */
function talkRows(dist, label = (id) => id) {
  const talks = readdirSync(join(dist, 'talk'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dist, 'talk', entry.name, 'presenter', 'index.html')))
    .map((entry) => entry.name);
  return talks.map((id) => {
    const deck = firstPaint(dist, `talk/${id}/`);
    const presenter = firstPaint(dist, `talk/${id}/presenter/`);
    return [label(id), deck.slides, deck.bytes, presenter.bytes];
  });
}

/** Write a fixture of `chapters` chapters × `sections` slide sections and one talk of them all, whole. */
function writeBigFixture(folder, chapters, sections) {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(join(folder, 'content/chapters'), { recursive: true });
  mkdirSync(join(folder, 'content/talks'), { recursive: true });
  for (let c = 1; c <= chapters; c += 1) {
    const body = Array.from(
      { length: sections },
      (_, s) =>
        `## Chapter ${c} slide ${s + 1}\n\n<Slide>\n\n- A key point of slide ${s + 1}, long enough to be a real line\n- A second point with a figure, 250 MB\n- A third point that closes the slide\n\n</Slide>\n\n` +
        `The section's prose, which the speaker's notes carry: a paragraph of the length a chapter's sections have, ${'with words that fill it '.repeat(12)}<Source id="aws-lambda-quotas" />.\n`,
    ).join('\n');
    writeFileSync(
      join(folder, `content/chapters/${String(c).padStart(2, '0')}-part-${c}.mdx`),
      `---\ntitle: Generated chapter ${c}\norder: ${c}\nstage: use-case\nsummary: A generated chapter for the deck's weight bench.\nminutes: 10\nobjectives:\n  - Weigh the deck\n---\n\nIntro.\n\n${body}`,
    );
  }
  const items = Array.from({ length: chapters }, (_, c) => `  - chapter: part-${c + 1}`).join('\n');
  writeFileSync(
    join(folder, 'content/talks/big.yaml'),
    `title: A ${chapters * (sections + 1)}-slide talk\nspeaker: Bench\nevent: Bench\nduration: 300\nitems:\n${items}\n`,
  );
}

/**
 * The report: first-paint gzip KB of deck and presenter for each shipped talk (from `dist`) and for a generated
 * talk of 300 slides (10 chapters of a title slide and 29 slides), built into a fixture site for the purpose.
 */
export function deckWeightReport(dist) {
  const fixtureName = '.sites/deck-300';
  const fixture = join(root, 'tests/fixtures', fixtureName);
  writeBigFixture(fixture, 10, 29);
  mkdirSync(join(root, 'tests/fixtures/.sites/.sites'), { recursive: true });
  const outDir = join(root, 'tests/fixtures/.sites/deck-300-dist');
  execFileSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import { buildFixtureSite } from './tests/tools/fixture-site.mjs'; await buildFixtureSite(${JSON.stringify(fixtureName)}, ${JSON.stringify(outDir)});`,
    ],
    { cwd: root, stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' } },
  );
  const rows = [...talkRows(dist), ...talkRows(outDir, (id) => `${id} (generated)`)];
  rmSync(fixture, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
  const kb = (n) => (n / 1024).toFixed(1);
  return [
    'Decks, first paint (HTML + CSS + JS + the first slide’s fragment, KB gzip):',
    '',
    '| talk | slides | deck | presenter |',
    '| --- | --- | --- | --- |',
    ...rows.map(([talk, slides, deck, presenter]) => `| ${talk} | ${slides} | ${kb(deck)} | ${kb(presenter)} |`),
  ].join('\n');
}

// `node tests/bench/deck-weight.mjs` prints the report for the site built in dist/.
if (import.meta.url === `file://${process.argv[1]}`) console.log(deckWeightReport(join(root, 'dist')));
