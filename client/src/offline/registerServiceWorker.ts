/**
 * Registers the service worker (`sw.ts`, built to `/sw.js`) in production builds, so a board
 * reloaded while offline still opens (its content comes from IndexedDB). Service workers need a
 * secure context (https or localhost); elsewhere this does nothing and the board works online
 * as before.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator) || !window.isSecureContext) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker
      .register('/sw.js')
      .catch((error: unknown) => console.warn('Werkbord: service worker not registered', error));
  });
}
