// Runs inline in <head> (ThemeInit.astro bundles and minifies it at build time).
import { readItem, watchItem, writeItem } from './site-storage';

const KEY = 'theme';
const root = document.documentElement;
const system = matchMedia('(prefers-color-scheme: dark)');
const apply = () => {
  const choice = root.dataset.themeChoice;
  root.dataset.theme = choice === 'auto' ? (system.matches ? 'dark' : 'light') : choice;
};
const choose = (stored: string | null) => {
  root.dataset.themeChoice = stored === 'light' || stored === 'dark' ? stored : 'auto';
  const select = document.getElementById('theme-select') as HTMLSelectElement | null;
  if (select) select.value = root.dataset.themeChoice;
  apply();
};
choose(readItem('localStorage', KEY));
system.onchange = apply;
// A choice made in another tab applies here too.
watchItem(KEY, choose);
addEventListener('DOMContentLoaded', () => choose(root.dataset.themeChoice ?? null));
addEventListener('change', ({ target }) => {
  if (!(target instanceof HTMLSelectElement) || target.id !== 'theme-select') return;
  writeItem('localStorage', KEY, target.value === 'auto' ? null : target.value);
  choose(target.value);
});
