/* global self, caches */
/**
 * Werkbord's service worker: only so that a board reloaded while offline still opens. The board's
 * content itself is kept by IndexedDB (y-indexeddb); this worker keeps the app around it:
 * - page loads: network first, else the cached app shell (every page is the same index.html);
 * - /assets/* (content-hashed, never change): cache first;
 * - GET /api/boards/<id>?t=… and /api/config: network first, else the last answer.
 * Nothing else is touched: the sync WebSocket, POSTs and other origins go straight to the network.
 */
const CACHE = 'werkbord-app-v1';
const SHELL = '/index.html';

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

// The page reports what it loaded before this worker was in control, so that is cached too.
self.addEventListener('message', (event) => {
  const urls = event.data && event.data.type === 'werkbord:cache' ? event.data.urls : null;
  if (Array.isArray(urls)) {
    event.waitUntil(
      caches
        .open(CACHE)
        .then((cache) => Promise.all(urls.map((url) => cacheIfMissing(cache, url)))),
    );
  }
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(networkFirst(request, SHELL));
  } else if (url.pathname.startsWith('/assets/') || url.pathname === '/favicon.svg') {
    event.respondWith(cacheFirst(request));
  } else if (url.pathname.startsWith('/api/boards/') || url.pathname === '/api/config') {
    event.respondWith(networkFirst(request, request));
  }
});

async function networkFirst(request, cacheKey) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(cacheKey, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(cacheKey);
    if (cached) return cached;
    throw error;
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

async function cacheIfMissing(cache, url) {
  if (await cache.match(url)) return;
  try {
    const response = await fetch(url);
    if (response.ok) await cache.put(url, response);
  } catch {
    // Offline already: nothing to add.
  }
}
