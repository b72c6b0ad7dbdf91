import type { Plugin } from 'vite';

/**
 * The built page may contact no host but its own (issue 2): fonts, icons and translations are
 * bundled, the sync socket is same-origin. This policy makes the browser enforce that promise, so
 * a tldraw feature that would reach out (bookmark unfurling, embeds, the unlicensed-production
 * ping) fails closed instead of leaking the page URL.
 *
 * Only for `vite build`: the dev server needs inline scripts for hot reloading.
 */
const POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // tldraw and React set inline styles and inject <style> elements.
  "style-src 'self' 'unsafe-inline'",
  // Pasted images live in the document as data: URLs; exports use blob: URLs.
  "img-src 'self' data: blob:",
  "media-src 'self' data: blob:",
  "font-src 'self' data:",
  // 'self' covers ws(s) to the same host in CSP3; tldraw fetches data:/blob: URLs of its assets.
  "connect-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'werkbord-content-security-policy',
    apply: 'build',
    transformIndexHtml() {
      return [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: POLICY },
          injectTo: 'head-prepend',
        },
      ];
    },
  };
}
