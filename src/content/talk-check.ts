import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { chapterSlug } from '../journey/chapter-order';
import { resolveTalk, type ChapterCatalogueEntry } from '../deck/talk-plan';
import { talkSchema, type Talk } from '../deck/talk-schema';
import { readChapterFiles } from './chapter-files';
import { findSlideSections } from './chapter-slides';
import { parseYamlFile, schemaProblems } from './yaml-file';

/** The chapters as talks see them, read from content/chapters/*.mdx (unreadable chapters are left out). */
export function readChapterCatalogue(root: string): ChapterCatalogueEntry[] {
  return readChapterFiles(root).flatMap(({ name, text }) => {
    try {
      const { minutes, slides } = findSlideSections(text);
      return [{ slug: chapterSlug(name.replace(/\.mdx$/, '')), minutes, sections: slides.map((s) => s.id) }];
    } catch {
      return []; // An MDX error is reported by the chapter checks.
    }
  });
}

/** A talk file: its id (the file name) and its data. */
export interface TalkFile {
  id: string;
  path: string;
  talk: Talk;
}

/**
 * Check every content/talks/*.yaml: YAML, schema, and that each chapter and slide it names exists, each message
 * naming the file and line: `content/talks/conference.yaml:14 items.3.sections.1: chapter "data" has no slide "x"`.
 */
export function checkTalks(root: string): { problems: string[]; talks: TalkFile[] } {
  const folder = join(root, 'content/talks');
  if (!existsSync(folder)) return { problems: [], talks: [] };
  const catalogue = readChapterCatalogue(root);
  const problems: string[] = [];
  const talks: TalkFile[] = [];
  for (const name of readdirSync(folder)
    .filter((n) => /\.ya?ml$/.test(n))
    .sort()) {
    const path = `content/talks/${name}`;
    const id = name.replace(/\.ya?ml$/, '');
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) {
      problems.push(`${path}: a talk's file name is its URL: lower-case words joined by hyphens`);
      continue;
    }
    const file = parseYamlFile(path, readFileSync(join(folder, name), 'utf8'));
    if (file.problems.length > 0) {
      problems.push(...file.problems);
      continue;
    }
    const found = schemaProblems(file, [], 'talk', talkSchema, file.data);
    if (found.length > 0) {
      problems.push(...found);
      continue;
    }
    const talk = talkSchema.parse(file.data);
    for (const { at, message } of resolveTalk(talk, catalogue).problems) {
      const line = file.lineOf(at);
      problems.push(`${path}${line === undefined ? '' : `:${line}`} talk ${at.map(String).join('.')}: ${message}`);
    }
    talks.push({ id, path, talk });
  }
  return { problems, talks };
}
