/**
 * The room's results as Markdown, for the speaker to keep or publish: one section a vote, with each
 * option's votes and share, and what was applied.
 */
import type { LiveStep, VoteResult } from './protocol.ts';

const HOW = { winner: 'the winner', 'speaker-pick': "the speaker's pick among tied options", override: 'an override' };

/** Escape the characters that would break a Markdown table cell. */
const cell = (text: string) => text.replaceAll('\\', '\\\\').replaceAll('|', '\\|').replaceAll('\n', ' ');

/**
 * @param room the room code
 * @param results every closed vote, in order
 * @param steps the journey as applied (winners, picks and overrides, after undos)
 * @param date when the export is made (ISO 8601 in the heading)
 */
export function resultsMarkdown(room: string, results: readonly VoteResult[], steps: readonly LiveStep[], date: Date) {
  const lines = [`# Live votes, room ${room}`, '', `Exported ${date.toISOString()}. ${results.length} votes.`, ''];
  results.forEach((result, i) => {
    lines.push(`## ${i + 1}. ${result.prompt}`, '');
    lines.push(`${result.tally.voters} voters.`, '', '| Option | Votes | Share |', '|---|---:|---:|');
    for (const option of result.options) {
      const votes = result.tally.counts[option.id] ?? 0;
      const share = result.tally.voters ? Math.round((votes / result.tally.voters) * 100) : 0;
      lines.push(`| ${cell(option.label)} | ${votes} | ${share} % |`);
    }
    lines.push('');
    if (result.applied) {
      const label = result.options.find((o) => o.id === result.applied!.option)?.label ?? result.applied.option;
      lines.push(`Applied: ${cell(label)}, ${HOW[result.applied.how]}${result.undone ? ' (later undone)' : ''}.`, '');
    } else lines.push('Not applied.', '');
  });
  lines.push('## Journey', '');
  steps.forEach((step, i) =>
    lines.push(
      `${i + 1}. ${step.kind === 'choose' ? `${step.decision}: ${step.option}` : `detour around ${step.pitfall}: ${step.detour}`}`,
    ),
  );
  return lines.join('\n') + '\n';
}
