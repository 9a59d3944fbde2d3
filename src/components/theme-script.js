// Runs inline in <head> (ThemeInit.astro), minified at build time.
(() => {
  const root = document.documentElement;
  const system = matchMedia('(prefers-color-scheme: dark)');
  const apply = () => {
    const choice = root.dataset.themeChoice;
    root.dataset.theme = choice === 'auto' ? (system.matches ? 'dark' : 'light') : choice;
  };
  let stored;
  try {
    stored = localStorage.getItem('theme');
  } catch {
    /* storage blocked: follow the system */
  }
  root.dataset.themeChoice = stored === 'light' || stored === 'dark' ? stored : 'auto';
  apply();
  system.onchange = apply;
  addEventListener('DOMContentLoaded', () => {
    const select = document.getElementById('theme-select');
    if (select) select.value = root.dataset.themeChoice;
  });
  addEventListener('change', ({ target }) => {
    if (target.id !== 'theme-select') return;
    root.dataset.themeChoice = target.value;
    try {
      if (target.value === 'auto') localStorage.removeItem('theme');
      else localStorage.setItem('theme', target.value);
    } catch {
      /* storage blocked: the choice lasts for this page */
    }
    apply();
  });
})();
