import type { Pitfall } from '../../simulator/schema';
import { days } from './ProductionReport';
import { SourceLinks, type SourceRef } from './SourceLinks';

interface Props {
  pitfall: Pitfall;
  monthsLater: boolean;
  sources: Record<string, SourceRef>;
  onDetour: (detourId: string) => void;
}

/** A pitfall met: what went wrong, why, where to read about it, and the detours around it. */
export function PitfallCard({ pitfall, monthsLater, sources, onDetour }: Props) {
  const titleId = `pitfall-${pitfall.id}`;
  return (
    <article className="sim-pitfall" aria-labelledby={titleId} data-pitfall={pitfall.id}>
      <p className="sim-eyebrow">{monthsLater ? 'In production, months later' : 'Pitfall'}</p>
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
        {pitfall.detours.map((detour) => (
          <li key={detour.id}>
            <button type="button" className="sim-option" onClick={() => onDetour(detour.id)} data-detour={detour.id}>
              <span className="sim-option-label">{detour.label}</span>
              <span className="sim-option-preview">
                {detour.explanation} Costs {days(detour.days.value)}, {detour.days.source}.
              </span>
            </button>
          </li>
        ))}
      </ul>
    </article>
  );
}
