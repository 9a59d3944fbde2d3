import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** One chapter's source: its file name ("04-model.mdx"), its path from the project's root, and its text. */
export interface ChapterFile {
  name: string;
  path: string;
  text: string;
}

/** Every content/chapters/*.mdx of a project, in file-name order; none when the folder is missing. */
export function readChapterFiles(root: string): ChapterFile[] {
  const folder = join(root, 'content/chapters');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => ({ name, path: `content/chapters/${name}`, text: readFileSync(join(folder, name), 'utf8') }));
}
