import type { LiveOption, Tally } from '../../live/protocol';

/**
 * Each option's votes as a bar, with the count and share in text (the bars are decoration).
 * `leaders` are marked as leading.
 */
export function TallyBars({
  options,
  tally,
  leaders = [],
}: {
  options: LiveOption[];
  tally: Tally;
  leaders?: string[];
}) {
  return (
    <ul className="live-tally" data-voters={tally.voters}>
      {options.map((option) => {
        const votes = tally.counts[option.id] ?? 0;
        const share = tally.voters ? Math.round((votes / tally.voters) * 100) : 0;
        const leading = leaders.includes(option.id);
        return (
          <li key={option.id} data-option={option.id} data-votes={votes} className={leading ? 'is-leading' : undefined}>
            <span className="live-tally__label">
              {option.label}
              {leading && <span className="live-badge">{leaders.length > 1 ? 'tied' : 'leading'}</span>}
            </span>
            <span className="live-tally__count">
              {votes} {votes === 1 ? 'vote' : 'votes'} ({share} %)
            </span>
            <span className="live-tally__bar" aria-hidden="true">
              <span style={{ width: `${share}%` }} />
            </span>
          </li>
        );
      })}
    </ul>
  );
}
