/**
 * Werkbord's service worker, built by vite-plugin-pwa (Workbox `injectManifest`: the build's file
 * list arrives in `self.__WB_MANIFEST`). It exists so that a board reloaded while offline still
 * opens: the board's content is kept by IndexedDB, its title and my role by the page itself
 * (`rememberedBoardInfo.ts`); this worker keeps the app around them.
 * - The build's files are precached on install, in caches named after this build; on activation
 *   every other cache (older builds, the earlier hand-written worker's) is deleted.
 * - Page loads: network first, never stored (a board's URL holds its link's token), else the
 *   precached app shell.
 * - `/api/config` (no token in it): network first, else the last answer.
 * - Nothing else: every other API request carries a token and goes to the network uncached, as
 *   do the sync socket and POSTs.
 */
import { cacheNames, clientsClaim, setCacheNameDetails } from 'workbox-core';
import { matchPrecache, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';
import { buildVersion } from './buildVersion';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: Array<PrecacheEntry | string>;
};

const SHELL = '/index.html';
const manifest = self.__WB_MANIFEST;

// `werkbord-app-<build>` and `werkbord-config-<build>`.
setCacheNameDetails({
  prefix: 'werkbord',
  precache: 'app',
  runtime: 'config',
  suffix: buildVersion(manifest),
});

self.addEventListener('install', () => void self.skipWaiting());
clientsClaim();
self.addEventListener('activate', (event) => {
  const current = new Set([cacheNames.precache, cacheNames.runtime]);
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(names.filter((name) => !current.has(name)).map((name) => caches.delete(name))),
      ),
  );
});

// First, so `/` is fresh when online too; the precache route would answer it from the cache.
registerRoute(
  new NavigationRoute(async ({ request }) => {
    try {
      return await fetch(request);
    } catch (error) {
      const shell = await matchPrecache(SHELL);
      if (shell) return shell;
      throw error;
    }
  }),
);
precacheAndRoute(manifest);
registerRoute(
  ({ url }) => url.origin === self.location.origin && url.pathname === '/api/config',
  new NetworkFirst({ cacheName: cacheNames.runtime }),
);
