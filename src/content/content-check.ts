import { z } from 'astro/zod';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { findGlossaryProblems } from '../workshop/glossary-check';
import { readChapterFiles } from './chapter-files';
import { findChapterReferences } from './chapter-references';
import { checklistGroupSchema, contentId, glossaryTermSchema, runningExampleSchema, sourceSchema } from './schemas';
import { checkSimulatorData, hasSimulatorData } from './simulator-files';
import { checkTalks } from './talk-check';
import { listEntryLabel, parseYamlFile, schemaProblems, type YamlFile } from './yaml-file';

const isMap = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Problems in content/sources/*.yaml, and the ids defined there (undefined when a file cannot be read). */
function checkSources(root: string, read: (path: string) => YamlFile) {
  const problems: string[] = [];
  const definedIn = new Map<string, string>();
  let readable = true;
  const names = readdirSync(join(root, 'content/sources')).filter((name) => /\.ya?ml$/.test(name));
  for (const name of names.sort()) {
    const file = read(`content/sources/${name}`);
    problems.push(...file.problems);
    if (file.problems.length > 0) readable = false;
    if (file.problems.length > 0 || file.data === null) continue;
    if (!isMap(file.data)) {
      problems.push(`${file.path}: expected a map of source id → { label, title, url, publisher, date }`);
      continue;
    }
    for (const [id, raw] of Object.entries(file.data)) {
      const earlier = definedIn.get(id);
      if (earlier) problems.push(`${file.path}:${file.lineOf([id])} "${id}": defined twice, also in ${earlier}`);
      else definedIn.set(id, file.path);
      problems.push(...schemaProblems(file, [id], `"${id}"`, sourceSchema, raw));
    }
  }
  return { problems, ids: readable ? new Set(definedIn.keys()) : undefined };
}

/** Problems in content/glossary.yaml, and its term ids (undefined when it cannot be read). */
function checkGlossary(file: YamlFile, sourceIds: ReadonlySet<string> | undefined) {
  if (file.problems.length > 0) return { problems: file.problems, ids: undefined };
  if (!isMap(file.data)) return { problems: [`${file.path}: expected a map of term id → { term, definition }`] };
  const entries = Object.entries(file.data);
  const problems = entries.flatMap(([id, raw]) => [
    ...schemaProblems(file, [id], 'term id', contentId, id),
    ...schemaProblems(file, [id], `"${id}"`, glossaryTermSchema, raw),
  ]);
  if (problems.length > 0) return { problems, ids: new Set(entries.map(([id]) => id)) };
  const refs = entries.map(([id, raw]) => ({ id, ...glossaryTermSchema.parse(raw) }));
  const anySource = { has: () => true } as unknown as Set<string>;
  // findGlossaryProblems names file and term; add the line of the field at fault.
  const withLine = (problem: string) =>
    problem.replace(/^(\S+) "([^"]+)": /, (_, path: string, id: string) => {
      const field = problem.includes(': unknown source') ? 'source' : 'seeAlso';
      return `${path}:${file.lineOf([id, field])} "${id}": `;
    });
  return {
    problems: findGlossaryProblems(refs, (sourceIds as Set<string> | undefined) ?? anySource).map(withLine),
    ids: new Set(entries.map(([id]) => id)),
  };
}

const checklistFileSchema = z.array(checklistGroupSchema.extend({ id: contentId }));

/** Problems in content/checklist.yaml: schema, and ids of groups and questions each used once. */
function checkChecklist(file: YamlFile): string[] {
  if (file.problems.length > 0) return file.problems;
  const problems = schemaProblems(file, [], listEntryLabel(file.data), checklistFileSchema, file.data);
  if (problems.length > 0) return problems;
  const seen = new Set<string>();
  const once = (id: string, at: PropertyKey[], what: string) => {
    if (seen.has(id)) problems.push(`${file.path}:${file.lineOf(at)} ${what} id "${id}": used twice`);
    seen.add(id);
  };
  checklistFileSchema.parse(file.data).forEach((group, index) => {
    once(group.id, [index, 'id'], 'group');
    group.questions.forEach((question, q) => once(question.id, [index, 'questions', q, 'id'], 'question'));
  });
  return problems;
}

/** Unknown `<Source id>` and `<Term id>` in the chapters, each as "content/chapters/04-x.mdx:123 …". */
function checkChapters(
  root: string,
  sourceIds: ReadonlySet<string> | undefined,
  termIds: ReadonlySet<string> | undefined,
): string[] {
  return readChapterFiles(root).flatMap(({ path, text }) => {
    let references;
    try {
      references = findChapterReferences(text);
    } catch (error) {
      const { line, column, reason } = error as { line?: number; column?: number; reason?: string };
      return [`${path}${line ? `:${line}:${column}` : ''} MDX: ${reason ?? (error as Error).message}`];
    }
    return references.flatMap(({ component, id, line }) => {
      const where = `${path}:${line} <${component}${id === undefined ? '' : ` id="${id}"`}>`;
      if (id === undefined) return [`${where}: id must be a plain string, e.g. id="cold-start"`];
      if (component === 'Source' && sourceIds && !sourceIds.has(id)) {
        return [`${where}: no such source; add it to a file in content/sources/`];
      }
      if (component === 'Term' && termIds && !termIds.has(id)) {
        return [`${where}: no such term; add it to content/glossary.yaml`];
      }
      return [];
    });
  });
}

/**
 * Every problem in a project's content/ folder, each naming the file, the line where there is one, the
 * entry and the field: YAML syntax, schemas, duplicate ids, unsafe links, and ids that point nowhere
 * (sources, glossary terms, chapters' `<Source>` and `<Term>`, simulator references, talks' chapters and slides). Chapter frontmatter
 * and slide structure are checked by the chapters loader.
 */
export function findContentProblems(root: string): string[] {
  const read = (path: string): YamlFile =>
    existsSync(join(root, path))
      ? parseYamlFile(path, readFileSync(join(root, path), 'utf8'))
      : { path, data: undefined, problems: [`${path}: file not found`], lineOf: () => undefined };
  const sources = checkSources(root, read);
  const glossary = checkGlossary(read('content/glossary.yaml'), sources.ids);
  const runningExample = read('content/running-example.yaml');
  const simulator = hasSimulatorData(root) ? checkSimulatorData(root, sources.ids) : { problems: [] };
  const example =
    runningExample.problems.length > 0
      ? runningExample.problems
      : schemaProblems(runningExample, [], 'running example', runningExampleSchema, runningExample.data);
  const platform = (runningExample.data as { platform?: unknown } | undefined)?.platform;
  if (example.length === 0 && simulator.data && !simulator.data.platforms.some(({ id }) => id === platform)) {
    example.push(
      `${runningExample.path}:${runningExample.lineOf(['platform'])} running example platform: unknown platform "${String(platform)}" (not in content/simulator/platforms.yaml)`,
    );
  }
  return [
    ...sources.problems,
    ...glossary.problems,
    ...checkChecklist(read('content/checklist.yaml')),
    ...example,
    ...simulator.problems,
    ...checkChapters(root, sources.ids, glossary.ids),
    ...checkTalks(root).problems,
  ];
}

/** A cheap fingerprint of content/: every file's path, size and modification time. */
function fingerprint(root: string): string {
  const folder = join(root, 'content');
  return (readdirSync(folder, { recursive: true }) as string[])
    .sort()
    .map((name) => {
      const stats = statSync(join(folder, name));
      return `${name}:${stats.size}:${stats.mtimeMs}`;
    })
    .join('\n');
}

const checked = new Map<string, { fingerprint: string; problems: string[] }>();

/**
 * Throw one error listing every content problem under `root` (see findContentProblems). Every loader calls
 * this first, so a bad file fails the build whichever collection loads first, cold or with a warm cache;
 * the result is kept until a file under content/ changes.
 */
export function assertValidContent(root: string): void {
  const current = fingerprint(root);
  let result = checked.get(root);
  if (result?.fingerprint !== current) {
    result = { fingerprint: current, problems: findContentProblems(root) };
    checked.set(root, result);
  }
  if (result.problems.length > 0) {
    throw new Error(`Content errors (${result.problems.length}):\n${result.problems.join('\n')}`);
  }
}
