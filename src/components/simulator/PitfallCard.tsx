import type { Pitfall } from '../../simulator/schema';
import { days } from './days';
import { SourceLinks, type SourceRef } from './SourceLinks';

interface Props {
  pitfall: Pitfall;
  /** Its place among the pitfalls open now, root cause first: "1 of 3". */
  position: { index: number; of: number };
  monthsLater: boolean;
  sources: Record<string, SourceRef>;
  /** Detour id → why it cannot be taken from here (availability.ts detourUnavailableReason). */
  unavailable?: Record<string, string>;
  onDetour: (detourId: string) => void;
}

/**
 * A pitfall met: what went wrong, why, where to read about it, and the detours around it. A detour that
 * the current choices rule out is shown disabled with the reason (focusable, aria-disabled).
 */
export function PitfallCard({ pitfall, position, monthsLater, sources, unavailable = {}, onDetour }: Props) {
  const titleId = `pitfall-${pitfall.id}`;
  return (
    <article className="sim-pitfall" aria-labelledby={titleId} data-pitfall={pitfall.id}>
      <p className="sim-eyebrow" data-pitfall-position>
        {monthsLater ? 'In production, months later' : 'Pitfall'}
        {position.of > 1 ? ` ${position.index} of ${position.of}` : ''}
      </p>
      <h3 id={titleId}>{pitfall.title}</h3>
      <p>
        {pitfall.explanation}
        <SourceLinks ids={pitfall.sources} sources={sources} />
      </p>
      <p>
        <a href={`/chapters/${pitfall.chapter}/#${pitfall.anchor}`}>Read the chapter section</a>
      </p>
      <h4>Detours</h4>
      <ul className="sim-detours">
        {pitfall.detours.map((detour) => {
          const reason = unavailable[detour.id];
          const reasonId = `sim-why-${pitfall.id}-${detour.id}`;
          return (
            <li key={detour.id}>
              <button
                type="button"
                className="sim-option"
                onClick={reason ? undefined : () => onDetour(detour.id)}
                aria-disabled={reason ? 'true' : undefined}
                aria-describedby={reason ? reasonId : undefined}
                data-detour={detour.id}
                data-unavailable={reason ? '' : undefined}
              >
                <span className="sim-option-label">{detour.label}</span>
                <span className="sim-option-preview" id={reason ? reasonId : undefined}>
                  {reason
                    ? `Not available: ${reason}`
                    : `${detour.explanation} Costs ${days(detour.days.value)}, ${detour.days.source}.`}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </article>
  );
}
