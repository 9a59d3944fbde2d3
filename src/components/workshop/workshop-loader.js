// Runs inline on every reading page (WorkshopLoader.astro), minified at build time: it only listens,
// and fetches the workshop client on the reader's first action.
(() => {
  const d = document,
    w = window,
    c = d.currentScript.dataset,
    q = (w.workshopQueue = []),
    go = (a) => {
      if (w.workshop) return w.workshop(a);
      if (q.push(a) > 1) return;
      const s = d.createElement('script');
      s.src = c.client;
      d.head.append(s);
    };
  d.addEventListener('click', (e) => {
    const t = e.target.closest?.('[data-search-open],[data-mark-read]');
    if (t) {
      e.preventDefault();
      go(t.dataset.markRead != null ? 'read' : 'search');
    }
  });
  d.addEventListener('keydown', (e) => {
    if (
      e.key == '/' &&
      !(e.ctrlKey || e.metaKey || e.altKey || e.target.closest('input,textarea,select,[contenteditable],dialog'))
    ) {
      e.preventDefault();
      go('search');
    }
  });
  d.addEventListener('change', (e) => e.target.closest('[data-checkpoint]') && go('answer'));
  addEventListener(
    'scroll',
    () => {
      const p = d.querySelector('[data-chapter-end]');
      p &&
        new IntersectionObserver((e, o) => {
          if (e[0].isIntersecting) {
            o.disconnect();
            go('end');
          }
        }).observe(p);
    },
    { once: !0, passive: !0 },
  );
  try {
    localStorage.getItem(c.key) && go('restore');
  } catch {
    /* blocked */
  }
})();
