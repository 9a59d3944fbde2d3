import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import {
  decisionsFileSchema,
  languagesFileSchema,
  mitigationsFileSchema,
  pitfallsFileSchema,
  platformsFileSchema,
  type SimulatorData,
} from '../simulator/schema';
import { runningExampleSchema } from '../journey/running-example';
import { applyRunningExample } from '../simulator/running-example';
import { assembleDecisions, validateSimulatorData } from '../simulator/validate-data';

const RUNNING_EXAMPLE = 'content/running-example.yaml';

/** The files of content/simulator/ and the schema each must match. */
export const SIMULATOR_FILES = {
  decisions: { file: 'decisions.yaml', schema: decisionsFileSchema },
  platforms: { file: 'platforms.yaml', schema: platformsFileSchema },
  pitfalls: { file: 'pitfalls.yaml', schema: pitfallsFileSchema },
  mitigations: { file: 'mitigations.yaml', schema: mitigationsFileSchema },
  languages: { file: 'languages.yaml', schema: languagesFileSchema },
} as const;

/** Say where a schema problem is: "content/simulator/pitfalls.yaml entry 3 (cuda-wheel…) detours.0.days: …". */
function describeIssues(path: string, raw: unknown, error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const [index, ...rest] = issue.path;
    const entry =
      Array.isArray(raw) && typeof index === 'number' ? (raw[index] as { id?: unknown } | undefined) : undefined;
    const name = entry && typeof entry.id === 'string' ? ` (${entry.id})` : '';
    return `${path} entry ${String(index ?? '')}${name} ${rest.join('.')}: ${issue.message}`;
  });
}

/** Source ids defined in content/sources/*.yaml. */
export function readSourceIds(root: string): Set<string> {
  const folder = join(root, 'content/sources');
  const ids = new Set<string>();
  for (const name of readdirSync(folder).filter((n) => /\.ya?ml$/.test(n))) {
    const entries = parse(readFileSync(join(folder, name), 'utf8')) as Record<string, unknown> | null;
    for (const key of Object.keys(entries ?? {})) ids.add(key);
  }
  return ids;
}

/**
 * Read and check content/simulator/*.yaml under a project root: schema first, then every cross-reference.
 * Throws one error listing every problem, each naming its file and entry.
 */
export function readSimulatorData(root: string): SimulatorData {
  const problems: string[] = [];
  const parsed: Record<string, unknown> = {};
  for (const [key, { file, schema }] of Object.entries(SIMULATOR_FILES)) {
    const path = `content/simulator/${file}`;
    let raw: unknown;
    try {
      raw = parse(readFileSync(join(root, path), 'utf8'));
    } catch (error) {
      problems.push(`${path}: ${(error as Error).message}`);
      continue;
    }
    const result = schema.safeParse(raw);
    if (result.success) parsed[key] = result.data;
    else problems.push(...describeIssues(path, raw, result.error));
  }
  const example = runningExampleSchema.safeParse(parse(readFileSync(join(root, RUNNING_EXAMPLE), 'utf8')));
  if (example.success) parsed.example = example.data;
  else problems.push(...example.error.issues.map((i) => `${RUNNING_EXAMPLE} ${i.path.join('.')}: ${i.message}`));
  if (problems.length > 0) throw new Error(`Simulator data:\n${problems.join('\n')}`);
  const data = applyRunningExample(parsed as unknown as SimulatorData);
  data.decisions = assembleDecisions(data.decisions, data.platforms);
  problems.push(...validateSimulatorData(data, readSourceIds(root)));
  if (problems.length > 0) throw new Error(`Simulator data:\n${problems.join('\n')}`);
  return data;
}
