import { CHAPTER_SECTIONS } from '../journey/chapter-sections';
import { SIMULATOR_STAGES } from './chapter-door';
import type { Condition, Decision, Figure, Attribute, Platform, SimulatorData } from './schema';
import { matchCondition } from './conditions';
import { codeSources } from './assumptions';
import {
  DECISION_IDS,
  METRICS,
  MITIGATION_IDS,
  OPTIMISATION_STEPS,
  OPTION_FLAGS,
  OPTION_KINDS,
  PLATFORM_FLAGS,
  REQUIRED_FIGURES,
  type KindedDecision,
} from './vocabulary';

const NO_SOURCE_LABELS = new Set(['estimate', 'judgement']);

/** Give the platform decision its options from platforms.yaml. */
export function assembleDecisions(decisions: Decision[], platforms: Platform[]): Decision[] {
  return decisions.map((decision) =>
    decision.id === 'platform' && decision.options.length === 0
      ? {
          ...decision,
          options: platforms.map(({ id, label, summary, flags }) => ({ id, label, summary, flags, figures: {} })),
        }
      : decision,
  );
}

/** Every problem a schema cannot see: unknown stages, options, metrics, chapters, sources. Each names file and entry. */
export function validateSimulatorData(data: SimulatorData, sourceIds: Set<string>): string[] {
  const problems: string[] = [];
  const decisions = new Map(data.decisions.map((d) => [d.id, d]));
  const mitigations = new Set(data.mitigations.map((m) => m.id));
  const checkSource = (where: string, source: string) => {
    if (!NO_SOURCE_LABELS.has(source) && !sourceIds.has(source)) problems.push(`${where}: unknown source "${source}"`);
  };
  const checkFigures = (where: string, figures: Record<string, Figure | Attribute | undefined>) => {
    for (const [name, figure] of Object.entries(figures)) if (figure) checkSource(`${where} ${name}`, figure.source);
  };
  const duplicates = (file: string, ids: string[]) => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) problems.push(`${file} entry ${id}: defined twice`);
      seen.add(id);
    }
  };

  const decisionsFile = 'content/simulator/decisions.yaml';
  duplicates(
    decisionsFile,
    data.decisions.map((d) => d.id),
  );
  for (const id of DECISION_IDS)
    if (!decisions.has(id)) problems.push(`${decisionsFile}: the decision "${id}" is missing`);
  for (const decision of data.decisions) {
    const where = `${decisionsFile} entry ${decision.id}`;
    if (!(DECISION_IDS as readonly string[]).includes(decision.id))
      problems.push(`${where}: unknown decision (known: ${DECISION_IDS.join(', ')})`);
    if (!SIMULATOR_STAGES.includes(decision.stage)) problems.push(`${where}: unknown stage "${decision.stage}"`);
    if (decision.options.length < 2) problems.push(`${where}: needs at least two options`);
    duplicates(
      where,
      decision.options.map((o) => o.id),
    );
    const kinds: readonly string[] | undefined = OPTION_KINDS[decision.id as KindedDecision];
    for (const option of decision.options) {
      const at = `${where} option ${option.id}`;
      checkFigures(at, option.figures);
      if (kinds && !option.kind) problems.push(`${at}: needs a kind (${kinds.join(', ')})`);
      else if (option.kind && !kinds?.includes(option.kind))
        problems.push(
          `${at}: kind "${option.kind}" is not one of ${kinds?.join(', ') ?? 'none (this decision has no kinds)'}`,
        );
      if ((decision.id === 'optimisation') !== (option.steps !== undefined || option.kind === 'none'))
        problems.push(
          `${at}: ${decision.id === 'optimisation' ? 'an optimisation lists its steps' : 'only an optimisation has steps'}`,
        );
      if (option.steps) {
        const order = option.steps.map((step) => OPTIMISATION_STEPS.indexOf(step));
        if (order.some((n, i) => i > 0 && n <= order[i - 1]!))
          problems.push(`${at}: steps must follow the order a team applies them (${OPTIMISATION_STEPS.join(', ')})`);
        if (option.kind && option.steps.at(-1) !== option.kind)
          problems.push(`${at}: its kind is its last step, "${option.steps.at(-1)}"`);
      }
      if ((decision.id === 'model') !== (option.framework !== undefined))
        problems.push(`${at}: ${decision.id === 'model' ? 'a model needs' : 'only a model has'} a framework`);
      for (const flag of option.flags)
        if (decision.id !== 'platform' && !(OPTION_FLAGS as readonly string[]).includes(flag))
          problems.push(`${at}: unknown flag "${flag}" (known: ${OPTION_FLAGS.join(', ')})`);
      for (const figure of REQUIRED_FIGURES[decision.id as keyof typeof REQUIRED_FIGURES] ?? []) {
        if (!option.figures[figure]) problems.push(`${where} option ${option.id}: missing figure "${figure}"`);
      }
    }
  }

  const platformsFile = 'content/simulator/platforms.yaml';
  duplicates(
    platformsFile,
    data.platforms.map((p) => p.id),
  );
  for (const platform of data.platforms) {
    const where = `${platformsFile} entry ${platform.id}`;
    checkFigures(where, {
      ...platform.limits,
      ...platform.figures,
      scaleToZero: platform.scaleToZero,
      gpu: platform.gpu,
      coldStart: platform.coldStart,
    });
    checkFigures(`${where} scorecard`, platform.scorecard);
    checkFigures(
      `${where} pricing`,
      Object.fromEntries(Object.entries(platform.pricing).filter(([key]) => key !== 'kind')) as Record<string, Figure>,
    );
    if (platform.flags.includes('gpu') !== (platform.gpuUsdPerHour !== undefined))
      problems.push(`${where}: a platform flagged "gpu" needs gpuUsdPerHour, and only such a platform has one`);
    if (platform.gpuUsdPerHour) checkSource(`${where} gpuUsdPerHour`, platform.gpuUsdPerHour.source);
    if (platform.defaultConcurrency) checkSource(`${where} defaultConcurrency`, platform.defaultConcurrency.source);
    for (const flag of platform.flags) {
      if (!(PLATFORM_FLAGS as readonly string[]).includes(flag)) problems.push(`${where}: unknown flag "${flag}"`);
    }
  }

  const mitigationsFile = 'content/simulator/mitigations.yaml';
  for (const mitigation of data.mitigations) {
    const where = `${mitigationsFile} entry ${mitigation.id}`;
    if (!(MITIGATION_IDS as readonly string[]).includes(mitigation.id))
      problems.push(`${where}: unknown mitigation (known: ${MITIGATION_IDS.join(', ')})`);
    for (const source of mitigation.sources) checkSource(where, source);
  }
  for (const language of data.languages)
    checkFigures(`content/simulator/languages.yaml entry ${language.code}`, {
      transferDistance: language.transferDistance,
    });
  const codes = data.languages.map((l) => l.code).join(' ');
  if (codes !== data.example.languages.join(' '))
    problems.push(
      `content/simulator/languages.yaml: the languages (${codes}) must be the running example's, in its order (${data.example.languages.join(' ')})`,
    );

  const checkChoice = (where: string, decisionId: string, optionId: string) => {
    const decision = decisions.get(decisionId);
    if (!decision) problems.push(`${where}: unknown decision "${decisionId}"`);
    else if (!decision.options.some((o) => o.id === optionId))
      problems.push(`${where}: unknown option "${optionId}" of decision "${decisionId}"`);
  };
  const checkMetric = (where: string, metric: string) => {
    if (!(metric in METRICS)) problems.push(`${where}: unknown metric "${metric}"`);
  };
  const checkCondition = (where: string, condition: Condition): void =>
    matchCondition(condition, {
      all: (node) => node.all.forEach((c) => checkCondition(where, c)),
      any: (node) => node.any.forEach((c) => checkCondition(where, c)),
      not: (node) => checkCondition(where, node.not),
      choice: (node) => node.in.forEach((option) => checkChoice(where, node.choice, option)),
      optionKind: (node) => {
        const known: readonly string[] = OPTION_KINDS[node.optionKind];
        for (const kind of node.in)
          if (!known.includes(kind)) problems.push(`${where}: "${kind}" is not a kind of ${node.optionKind} option`);
      },
      compare: (node) => checkMetric(where, node.metric),
      overLimit: (node) => checkMetric(where, node.metric),
      platformFlag: (node) => {
        if (!(PLATFORM_FLAGS as readonly string[]).includes(node.platformFlag))
          problems.push(`${where}: unknown platform flag "${node.platformFlag}"`);
      },
      mitigation: (node) => {
        if (!mitigations.has(node.mitigation)) problems.push(`${where}: unknown mitigation "${node.mitigation}"`);
      },
    });

  const pitfallsFile = 'content/simulator/pitfalls.yaml';
  duplicates(
    pitfallsFile,
    data.pitfalls.map((p) => p.id),
  );
  for (const pitfall of data.pitfalls) {
    const where = `${pitfallsFile} entry ${pitfall.id}`;
    checkCondition(where, pitfall.when);
    for (const source of pitfall.sources) checkSource(where, source);
    const anchors: readonly string[] | undefined = CHAPTER_SECTIONS[pitfall.chapter as keyof typeof CHAPTER_SECTIONS];
    if (!anchors)
      problems.push(
        `${where}: unknown chapter "${pitfall.chapter}" (known: ${Object.keys(CHAPTER_SECTIONS).join(', ')})`,
      );
    else if (!anchors.includes(pitfall.anchor))
      problems.push(`${where}: chapter "${pitfall.chapter}" has no section "${pitfall.anchor}"`);
    duplicates(
      where,
      pitfall.detours.map((d) => d.id),
    );
    for (const detour of pitfall.detours) {
      const at = `${where} detour ${detour.id}`;
      checkSource(at, detour.days.source);
      for (const [decisionId, optionId] of Object.entries(detour.set)) checkChoice(at, decisionId, optionId);
      if (detour.mitigation && !mitigations.has(detour.mitigation))
        problems.push(`${at}: unknown mitigation "${detour.mitigation}"`);
    }
  }
  if (!data.platforms.some((p) => p.id === data.example.platform))
    problems.push(`content/running-example.yaml: platform "${data.example.platform}" is not in ${platformsFile}`);
  for (const source of codeSources()) checkSource('src/simulator (a source cited in code)', source);
  return problems;
}
