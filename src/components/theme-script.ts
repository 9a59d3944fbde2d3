// Runs inline in <head>, bundled and minified at build time by ThemeInit.astro: every page carries
// it, so it stays tiny. When the browser refuses to save a choice, it fetches theme-save-client.ts,
// which tells the reader through the storage wrapper's notice.
import { readStored, trySet } from './site-storage';

const data = document.documentElement.dataset;
const system = matchMedia('(prefers-color-scheme: dark)');
const apply = () => {
  data.theme = data.themeChoice === 'auto' ? (system.matches ? 'dark' : 'light') : data.themeChoice;
};
const stored = readStored('localStorage', 'theme');
data.themeChoice = stored === 'light' || stored === 'dark' ? stored : 'auto';
apply();
system.onchange = apply;
addEventListener('DOMContentLoaded', () => {
  const select = document.getElementById('theme-select') as HTMLSelectElement | null;
  if (!select) return;
  select.value = data.themeChoice!;
  select.onchange = () => {
    data.themeChoice = select.value;
    apply();
    if (!trySet('localStorage', 'theme', select.value)) void import(select.dataset.saver!);
  };
});
