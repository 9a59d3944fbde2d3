import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
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
import { listEntryLabel, parseYamlFile, schemaProblems } from './yaml-file';

const RUNNING_EXAMPLE = 'content/running-example.yaml';

/** The files of content/simulator/ and the schema each must match. */
export const SIMULATOR_FILES = {
  decisions: { file: 'decisions.yaml', schema: decisionsFileSchema },
  platforms: { file: 'platforms.yaml', schema: platformsFileSchema },
  pitfalls: { file: 'pitfalls.yaml', schema: pitfallsFileSchema },
  mitigations: { file: 'mitigations.yaml', schema: mitigationsFileSchema },
  languages: { file: 'languages.yaml', schema: languagesFileSchema },
} as const;

/** Source ids defined in content/sources/*.yaml (for tests of the simulator data). */
export function readSourceIds(root: string): Set<string> {
  const folder = join(root, 'content/sources');
  const ids = new Set<string>();
  for (const name of readdirSync(folder).filter((n) => /\.ya?ml$/.test(n))) {
    const entries = parse(readFileSync(join(folder, name), 'utf8')) as Record<string, unknown> | null;
    for (const key of Object.keys(entries ?? {})) ids.add(key);
  }
  return ids;
}

/** Whether a project root has simulator data (a fixture for chapter checks may have none). */
export const hasSimulatorData = (root: string): boolean => existsSync(join(root, 'content/simulator'));

/**
 * Read and check content/simulator/*.yaml under a project root: YAML and schema first (each problem with
 * file, line, entry and field), then every cross-reference (file and entry). `sourceIds` undefined skips
 * the source check, for when content/sources/ itself cannot be read.
 */
export function checkSimulatorData(
  root: string,
  sourceIds: ReadonlySet<string> | undefined,
): { data?: SimulatorData; problems: string[] } {
  const problems: string[] = [];
  const parsed: Record<string, unknown> = {};
  for (const [key, { file, schema }] of Object.entries(SIMULATOR_FILES)) {
    const yaml = parseYamlFile(
      `content/simulator/${file}`,
      readFileSync(join(root, 'content/simulator', file), 'utf8'),
    );
    problems.push(...yaml.problems);
    if (yaml.problems.length > 0) continue;
    const result = schema.safeParse(yaml.data);
    if (result.success) parsed[key] = result.data;
    else problems.push(...schemaProblems(yaml, [], listEntryLabel(yaml.data), schema, yaml.data));
  }
  // The simulator starts from the running example; its own problems are reported by its check, with lines.
  const example = runningExampleSchema.safeParse(
    parseYamlFile(RUNNING_EXAMPLE, readFileSync(join(root, RUNNING_EXAMPLE), 'utf8')).data,
  );
  if (problems.length > 0 || !example.success) return { problems };
  parsed.example = example.data;
  const data = applyRunningExample(parsed as unknown as SimulatorData);
  data.decisions = assembleDecisions(data.decisions, data.platforms);
  const anySource = { has: () => true } as unknown as Set<string>;
  problems.push(...validateSimulatorData(data, (sourceIds as Set<string> | undefined) ?? anySource));
  return problems.length > 0 ? { problems } : { data, problems };
}

/** The checked simulator data under a project root; throws one error listing every problem. */
export function readSimulatorData(root: string): SimulatorData {
  const { data, problems } = checkSimulatorData(root, readSourceIds(root));
  if (!data)
    throw new Error(
      `Simulator data:\n${problems.length > 0 ? problems.join('\n') : `${RUNNING_EXAMPLE} is not valid`}`,
    );
  return data;
}
