// The lab's service worker (scope /lab/): keeps the lab page and what it loaded — scripts, styles, the
// WebAssembly, the model and the dataset — in a cache, so the lab works offline after the first visit.
// Same-origin GET requests only; the network wins when it answers, the cache when it does not.
const CACHE = 'nlp-journey-lab-v1';

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  const immutable = url.pathname.startsWith('/_astro/') || /\.(wasm|ftz)$/.test(url.pathname);
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      const cached = await cache.match(request);
      if (cached && immutable) return cached;
      try {
        const response = await fetch(request);
        if (response.ok) await cache.put(request, response.clone());
        return response;
      } catch (error) {
        if (cached) return cached;
        throw error;
      }
    }),
  );
});
