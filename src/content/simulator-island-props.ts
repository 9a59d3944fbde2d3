import { getCollection, getEntry } from 'astro:content';
import type { SimulatorIslandProps } from '../components/simulator/SimulatorIsland';
import { STAGE_LABELS } from '../journey/stages';
import { codeSources } from '../simulator/assumptions';
import { exampleStepsTo } from '../simulator/example-journey';
import type { SimulatorData } from '../simulator/schema';

/**
 * The decision simulator island's props, as /simulator/ computes them: the model's data, only the sources it
 * cites, stage labels, and each stage's running-example start. Throws when the simulator data did not load.
 */
export async function simulatorIslandProps(): Promise<SimulatorIslandProps> {
  const entry = await getEntry('simulator', 'journey');
  if (!entry) throw new Error('The simulator data did not load (content/simulator/).');
  const data = entry.data as SimulatorData;
  const cited = new Set<string>();
  const cite = (source?: string) => source && cited.add(source);
  for (const decision of data.decisions)
    for (const option of decision.options) Object.values(option.figures).forEach((f) => cite(f.source));
  for (const platform of data.platforms) {
    [...Object.values(platform.limits), ...Object.values(platform.figures)].forEach((f) => cite(f?.source));
    for (const value of Object.values(platform.pricing)) if (typeof value === 'object') cite(value.source);
    [platform.scaleToZero, platform.gpu, platform.coldStart, ...Object.values(platform.scorecard)].forEach((a) =>
      cite(a.source),
    );
  }
  for (const pitfall of data.pitfalls) pitfall.sources.forEach(cite);
  for (const language of data.languages) cite(language.transferDistance.source);
  // Sources the model's code cites (assumptions, the queueing formula, billing rules) travel too.
  codeSources().forEach(cite);
  const sources = Object.fromEntries(
    (await getCollection('sources'))
      .filter((s) => cited.has(s.id))
      .map((s) => [s.id, { label: s.data.label, url: s.data.url }]),
  );
  const stageStarts = Object.fromEntries(
    [...new Set(data.decisions.map((d) => d.stage))].flatMap((stage) => {
      const steps = exampleStepsTo(data, stage);
      return steps ? [[stage, steps]] : [];
    }),
  );
  return { data, sources, stageLabels: { ...STAGE_LABELS }, stageStarts };
}
