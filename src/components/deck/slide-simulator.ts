import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import SimulatorIsland, { type SimulatorIslandProps } from '../simulator/SimulatorIsland';

/**
 * Mount the decision simulator into a live-simulator slide's [data-simulator-mount] (see SpecialSlide.astro).
 * Imported dynamically by the deck when the slide is first shown, so the deck's own script stays small. The
 * island's props (the model's data, its sources, stage labels and starts) come from data-props, a JSON file
 * the build writes (/simulator/props.json); its stylesheet from data-css. Rejects when they cannot be fetched.
 */
export async function mountSlideSimulator(mount: HTMLElement): Promise<void> {
  const css = mount.dataset.css;
  if (css && !document.querySelector(`link[href="${CSS.escape(css)}"]`))
    document.head.append(Object.assign(document.createElement('link'), { rel: 'stylesheet', href: css }));
  const response = await fetch(mount.dataset.props!);
  if (!response.ok) throw new Error(`${mount.dataset.props} answered ${response.status}`);
  const props = (await response.json()) as SimulatorIslandProps;
  mount.replaceChildren();
  createRoot(mount).render(createElement(SimulatorIsland, props));
}
