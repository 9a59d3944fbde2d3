import { checkInput, verdictFor } from '../../lab/input.ts';
import { formatMs, percent } from '../../lab/markdown.ts';
import { LANGUAGE_NAMES } from '../../lab/languages.ts';
import { sharedWorkerWithModelA } from './lab-client.ts';

/**
 * Wires every `[data-lid-demo]` form on the page: the text is checked (empty, control characters, length), sent
 * to the shared worker (which loads the WebAssembly and lid.176.ftz on first use), and the answer shows language,
 * confidence, whether it is one of the set, and the time measured on this device.
 */
export function mountLanguageIdDemos(root: ParentNode = document) {
  for (const form of root.querySelectorAll<HTMLFormElement>('form[data-lid-demo]')) {
    if (form.dataset.ready) continue;
    form.dataset.ready = 'true';
    const languages = (form.dataset.languages ?? '').split(',').filter(Boolean);
    const output = form.querySelector<HTMLOutputElement>('output')!;
    const field = form.querySelector<HTMLTextAreaElement>('textarea')!;
    const button = form.querySelector<HTMLButtonElement>('button[type="submit"]')!;
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const checked = checkInput(field.value);
      if (!checked.ok) {
        show(output, 'error', checked.error);
        return;
      }
      button.disabled = true;
      try {
        const firstUse = !form.dataset.loaded;
        if (firstUse)
          show(output, 'busy', `Loading fastText and lid.176.ftz (${form.dataset.weight}) — once, then cached…`);
        const loadStart = performance.now();
        const worker = await sharedWorkerWithModelA();
        const loadMs = performance.now() - loadStart;
        form.dataset.loaded = 'true';
        const sent = performance.now();
        const { guesses, ms } = await worker.call({ type: 'predict', model: 'A', texts: [checked.text] });
        const roundTrip = performance.now() - sent;
        const [top, ...rest] = guesses[0] ?? [];
        if (!top) throw new Error('The model gave no answer.');
        const verdict = verdictFor(top.lang, top.probability, languages);
        const runnersUp = rest.map((g) => `${LANGUAGE_NAMES[g.lang] ?? g.lang} ${percent(g.probability)}`).join(', ');
        const lines = [
          verdict.message,
          `Identified in ${formatMs(ms)} by the model, ${formatMs(roundTrip)} round trip, measured on this device${firstUse ? ` (first use: loading took ${formatMs(loadMs)})` : ''}.`,
          ...(runnersUp ? [`Next guesses: ${runnersUp}.`] : []),
          ...checked.notes,
        ];
        show(output, verdict.inSet ? 'done' : 'warn', lines.join('\n'), verdict.lang);
      } catch (error) {
        show(
          output,
          'error',
          `Could not identify the language: ${error instanceof Error ? error.message : String(error)}`,
        );
      } finally {
        button.disabled = false;
      }
    });
  }
}

function show(output: HTMLOutputElement, tone: string, text: string, lang = '') {
  output.dataset.tone = tone;
  output.dataset.lang = lang;
  output.textContent = text;
}
