/**
 * Registers `public/sw.js` in production builds, so a board reloaded while offline still opens
 * (its content comes from IndexedDB). Service workers need a secure context (https or
 * localhost); elsewhere this does nothing and the board works online as before.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator) || !window.isSecureContext) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').then(
      async () => {
        const registration = await navigator.serviceWorker.ready;
        registration.active?.postMessage({ type: 'werkbord:cache', urls: loadedAssetUrls() });
      },
      (error: unknown) => console.warn('Werkbord: service worker not registered', error),
    );
  });
}

/** Everything of our own the page loaded so far: the shell's scripts, styles, fonts and icons. */
function loadedAssetUrls(): string[] {
  const urls = performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name))
    .filter((url) => url.origin === window.location.origin && url.pathname.startsWith('/assets/'))
    .map((url) => url.pathname);
  return [...new Set(['/index.html', ...urls])];
}
