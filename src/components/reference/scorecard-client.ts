/** The scorecard in the browser: weights from sliders and the URL, the ranking re-ordered as they change. */
import {
  CRITERIA,
  DEFAULT_WEIGHTS,
  encodeWeights,
  parseWeights,
  rankPlatforms,
  type PlatformScores,
  type Weights,
} from '../../workshop/scorecard';

export function setUpScorecard() {
  const form = document.querySelector<HTMLFormElement>('[data-scorecard-weights]');
  const list = document.querySelector<HTMLOListElement>('[data-scorecard-ranking]');
  const notice = document.querySelector('[data-scorecard-notice]');
  if (!form || !list) return;

  const rows = new Map(
    [...list.querySelectorAll<HTMLLIElement>('li[data-platform]')].map((row) => [row.dataset.platform!, row]),
  );
  const platforms: PlatformScores[] = [...rows.values()].map((row) => ({
    id: row.dataset.platform!,
    name: row.dataset.name!,
    scores: JSON.parse(row.dataset.scores!) as PlatformScores['scores'],
  }));

  const render = (weights: Weights) => {
    for (const { id } of CRITERIA) {
      const input = form.elements.namedItem(id) as HTMLInputElement;
      input.value = String(weights[id]);
      form.querySelector(`output[for="${input.id}"]`)!.textContent = String(weights[id]);
    }
    const ranking = rankPlatforms(platforms, weights);
    const top = document.querySelector('[data-scorecard-top]');
    if (top && ranking[0])
      top.textContent = `First with these weights: ${ranking[0].platform.name}, ${Math.round(ranking[0].total)} of 100.`;
    for (const { platform, total } of ranking) {
      const row = rows.get(platform.id)!;
      row.querySelector<HTMLElement>('[data-fill]')!.style.width = `${total}%`;
      row.querySelector('[data-total]')!.textContent = String(Math.round(total));
      list.append(row); // appending in ranked order re-orders the list
    }
  };

  const readForm = (): Weights =>
    Object.fromEntries(
      CRITERIA.map(({ id }) => [id, Number((form.elements.namedItem(id) as HTMLInputElement).value)]),
    ) as Weights;

  const keepInUrl = (weights: Weights) => {
    history.replaceState(null, '', `${location.pathname}${encodeWeights(weights)}${location.hash}`);
  };

  const { weights, notice: problem } = parseWeights(location.search);
  if (problem && notice) {
    notice.textContent = problem;
    keepInUrl(weights); // drop the unusable query so a reload or a copied link is clean
  }
  render(weights);

  form.addEventListener('input', () => {
    const next = readForm();
    render(next);
    keepInUrl(next);
  });
  form.querySelector('[data-scorecard-reset]')?.addEventListener('click', () => {
    render(DEFAULT_WEIGHTS);
    keepInUrl(DEFAULT_WEIGHTS);
  });
}
