import { getEntry } from 'astro:content';
import type { RunningExample } from '../journey/running-example';

/** The running example (content/running-example.yaml) as its schema returns it; fails the build if missing. */
export async function getRunningExample(): Promise<RunningExample> {
  const entry = await getEntry('runningExample', 'example');
  if (!entry) throw new Error('content/running-example.yaml: no running example; the chapters need it');
  return entry.data;
}
