import { LineCounter, isMap, isSeq, parseDocument, type Node } from 'yaml';
import type { z } from 'astro/zod';

/** A key or index on the way into a YAML value, as in a Zod issue path. */
export type YamlPath = readonly PropertyKey[];

/** A parsed YAML content file: its value, or the syntax problems, and the line of any value in it. */
export interface YamlFile {
  /** Path from the project root, as shown in messages, e.g. "content/glossary.yaml". */
  path: string;
  /** The parsed value; undefined when `problems` is not empty. */
  data: unknown;
  /** "path:line:column YAML: …" for the first syntax error (a duplicate key is one), if any. */
  problems: string[];
  /** The 1-based line of the value at `at`, or of its nearest ancestor present in the file. */
  lineOf(at: YamlPath): number | undefined;
}

/** Parse YAML text, keeping every syntax error with its line instead of throwing on the first. */
export function parseYamlFile(path: string, text: string): YamlFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true });
  // The first error only: the ones after it are mostly the parser losing its way.
  const problems = doc.errors.slice(0, 1).map((error) => {
    const [start] = error.linePos ?? [];
    const where = start ? `:${start.line}:${start.col}` : '';
    return `${path}${where} YAML: ${error.message.split(/ at line \d+|\n/)[0]}`;
  });
  return {
    path,
    data: problems.length === 0 ? doc.toJS() : undefined,
    problems,
    lineOf(at) {
      // The line of the deepest node on the path: a map entry's key, a list item.
      let node: unknown = doc.contents;
      let offset: number | undefined = (node as Node | null)?.range?.[0];
      for (const segment of at) {
        if (isMap(node)) {
          const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === segment);
          if (!pair) break;
          offset = (pair.key as Node).range?.[0] ?? offset;
          node = pair.value;
        } else if (isSeq(node) && typeof segment === 'number' && node.items[segment]) {
          node = node.items[segment];
          offset = (node as Node).range?.[0] ?? offset;
        } else break;
      }
      return offset === undefined ? undefined : lineCounter.linePos(offset).line;
    },
  };
}

/** How a message names the entry an issue is in, and the field within it. */
export type EntryLabel = string | ((issuePath: PropertyKey[]) => { entry: string; field: PropertyKey[] });

/** Name entries of a YAML list by their `id` ("entry cuda-wheel"), or by index when they have none. */
export const listEntryLabel =
  (list: unknown): EntryLabel =>
  ([index, ...field]) => {
    const item = Array.isArray(list) && typeof index === 'number' ? (list[index] as { id?: unknown }) : undefined;
    const id = item && typeof item === 'object' && typeof item.id === 'string' ? item.id : String(index ?? '');
    return { entry: `entry ${id}`, field };
  };

/**
 * Check `value` (found at `at` in `file`) against a schema; one message per issue, naming the file, the
 * line, the entry and the field: `content/sources/models.yaml:14 "xlmr-paper" url: a web address …`.
 */
export function schemaProblems(
  file: YamlFile,
  at: YamlPath,
  label: EntryLabel,
  schema: z.ZodType,
  value: unknown,
): string[] {
  const result = schema.safeParse(value);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const line = file.lineOf([...at, ...issue.path]);
    const { entry, field } = typeof label === 'string' ? { entry: label, field: issue.path } : label(issue.path);
    const fieldPath = field.map(String).join('.');
    return `${file.path}${line === undefined ? '' : `:${line}`} ${entry}${fieldPath ? ` ${fieldPath}` : ''}: ${issue.message}`;
  });
}
