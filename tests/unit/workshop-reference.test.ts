import { describe, expect, it } from 'vitest';
import { checkpointId, choiceValue } from '../../src/workshop/checkpoint-id';
import { checklistToMarkdown, parseChecklistState, type ChecklistGroup } from '../../src/workshop/checklist';
import { findGlossaryProblems } from '../../src/workshop/glossary-check';
import { collectSourceFields, findCitedSourceIds, indexSourceUses } from '../../src/workshop/source-uses';
import { chapterAnchorSchema, chapterSectionHref, findUnknownSections } from '../../src/journey/chapter-anchors';

describe('checkpoint ids', () => {
  it('are stable for the same question and differ between questions', () => {
    expect(checkpointId('Where does the model live?')).toBe(checkpointId('  Where does the model live? '));
    expect(checkpointId('Where does the model live?')).not.toBe(checkpointId('Where does the model run?'));
    expect(checkpointId('Q')).toMatch(/^cp-[a-z0-9]+$/);
    expect(choiceValue('As a container image')).toMatch(/^c-[a-z0-9]+$/);
  });
});

describe('findCitedSourceIds', () => {
  it('finds <Source id> and figure source= citations once each, in order', () => {
    const mdx = `A <Source id="aws-lambda-quotas" /> and <Figure src="/f.svg" alt="" caption="" source="cloud-run-memory" />
      again <Source id='aws-lambda-quotas'/>.`;
    expect(findCitedSourceIds(mdx)).toEqual(['aws-lambda-quotas', 'cloud-run-memory']);
  });

  it('inverts pages into the pages that cite each source', () => {
    const uses = indexSourceUses([
      { use: { label: 'A', href: '/a/' }, ids: ['x', 'y'] },
      { use: { label: 'B', href: '/b/' }, ids: ['x'] },
    ]);
    expect(uses.get('x')!.map((use) => use.label)).toEqual(['A', 'B']);
    expect(uses.get('z')).toBeUndefined();
  });
});

describe('collectSourceFields', () => {
  it('finds source fields at any depth, once each', () => {
    const platform = {
      limits: { maxMemoryMB: { value: 1, source: 'a' } },
      figures: [
        { value: 2, source: 'b' },
        { value: 3, source: 'a' },
      ],
      note: { source: 42 },
    };
    expect(collectSourceFields(platform)).toEqual(['a', 'b']);
  });

  it('also finds the ids listed under `sources`, as pitfalls and mitigations cite them', () => {
    const data = {
      pitfalls: [{ id: 'p', sources: ['x', 'y'], detours: [{ days: { value: 1, source: 'z' } }] }],
      mitigations: [{ id: 'm', sources: ['y'] }],
    };
    expect(collectSourceFields(data)).toEqual(['x', 'y', 'z']);
  });
});

describe('findGlossaryProblems', () => {
  it('names unknown sources, unknown see-also terms and self references', () => {
    const problems = findGlossaryProblems(
      [
        { id: 'cold-start', source: 'nope', seeAlso: ['scale-to-zero', 'warm-pool', 'cold-start'] },
        { id: 'scale-to-zero', source: 'known' },
      ],
      new Set(['known']),
    );
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toMatch(/unknown source "nope"/);
    expect(problems.join('\n')).toMatch(/unknown term "warm-pool"/);
    expect(problems.join('\n')).toMatch(/lists itself/);
  });
});

describe('chapter anchors', () => {
  it('become section URLs', () => {
    expect(chapterSectionHref('platforms#cold-starts')).toBe('/chapters/platforms/#cold-starts');
    expect(chapterSectionHref('service#slim-or-distroless')).toBe('/chapters/service/#slim-or-distroless');
  });

  it('accept any heading of a known chapter, and refuse an unknown chapter or a malformed anchor', () => {
    expect(chapterAnchorSchema.safeParse('service#slim-or-distroless').success).toBe(true);
    const unknownChapter = chapterAnchorSchema.safeParse('services#slim-or-distroless');
    expect(unknownChapter.success).toBe(false);
    expect(unknownChapter.error?.issues[0]?.message).toMatch(/chapter slug/);
    expect(chapterAnchorSchema.safeParse('service').success).toBe(false);
    expect(chapterAnchorSchema.safeParse('service#Slim or distroless').success).toBe(false);
  });

  it('name the file and entry of each link to a heading the chapter lacks', () => {
    const headings = new Map([['service', ['container-images', 'slim-or-distroless']]]);
    const problems = findUnknownSections(
      [
        { where: 'content/glossary.yaml, term "distroless"', anchor: 'service#slim-or-distroless' },
        { where: 'content/glossary.yaml, term "lock-in"', anchor: 'service#lock-in' },
        // A chapter this site does not build is left to the schema's slug check.
        { where: 'content/checklist.yaml, group "g", question "q"', anchor: 'platforms#memory' },
      ],
      headings,
    );
    expect(problems).toEqual([
      'content/glossary.yaml, term "lock-in": no heading "#lock-in" in chapter "service" (its headings: container-images, slim-or-distroless)',
    ]);
  });
});

describe('checklist', () => {
  const groups: ChecklistGroup[] = [
    {
      id: 'platform',
      title: 'Platform',
      questions: [
        {
          id: 'limits',
          question: 'Does it fit [the limits]?',
          why: 'Lambda .zip: 250 MB.',
          href: 'https://site/chapters/platforms/#memory',
        },
        { id: 'memory', question: 'Memory?', why: 'Why.' },
      ],
    },
  ];

  it('exports ticks, notes and links as a Markdown task list', () => {
    const state = parseChecklistState({
      version: 1,
      answers: { 'platform/limits': { done: true, note: 'Image is 2.3 GB\nuse a container' } },
    });
    expect(checklistToMarkdown(groups, state)).toBe(
      [
        '# NLP project checklist',
        '',
        '## Platform',
        '',
        '- [x] Does it fit \\[the limits\\]?',
        '  Lambda .zip: 250 MB. ([read more](https://site/chapters/platforms/#memory))',
        '  > Notes: Image is 2.3 GB',
        '  > use a container',
        '- [ ] Memory?',
        '  Why.',
        '',
      ].join('\n'),
    );
  });

  it.each([null, 'x', [], { version: 2, answers: {} }, { version: 1, answers: null }])(
    'reads %j as an empty checklist',
    (value) => {
      expect(parseChecklistState(value).answers).toEqual({});
    },
  );

  it('drops malformed answers and keeps the rest, notes longer than 4,000 characters included', () => {
    const state = parseChecklistState({
      version: 1,
      answers: {
        'bad key': { done: true, note: '' },
        'a/b': { done: 'yes', note: 42 },
        'c/d': { done: true, note: 'x'.repeat(5000) },
      },
    });
    expect(Object.keys(state.answers)).toEqual(['c/d']);
    expect(state.answers['c/d']!.note).toHaveLength(5000);
  });
});
