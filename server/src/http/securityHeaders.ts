/**
 * Headers on every HTTP answer:
 * - `Content-Security-Policy`: the page may contact no host but its own (fonts, icons and
 *   translations are bundled, the sync socket is same-origin), so a tldraw feature that would
 *   reach out fails closed instead of leaking the page URL. The same policy the built page carries
 *   as a `<meta>` (`client/build/contentSecurityPolicy.ts`), plus what only a header can carry:
 *   `frame-ancestors`, the pages that may show Werkbord in a frame (`WERKBORD_FRAME_ANCESTORS`).
 *   It matters for HTML pages and the service worker; on other answers it does no harm.
 * - `Referrer-Policy: no-referrer`: links carry tokens (`?t=`), and a link clicked on a board must
 *   not hand the board's address to another site.
 * - `X-Content-Type-Options: nosniff`: a file is what its `Content-Type` says.
 */
import type { ServerResponse } from 'node:http';

const PAGE_POLICY = [
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
];

export function contentSecurityPolicy(frameAncestors: string): string {
  return [...PAGE_POLICY, `frame-ancestors ${frameAncestors}`].join('; ');
}

/** Sets the headers; the handlers' own `writeHead` adds theirs to these. */
export function securityHeaders(frameAncestors: string): (res: ServerResponse) => void {
  const policy = contentSecurityPolicy(frameAncestors);
  return (res) => {
    res.setHeader('Content-Security-Policy', policy);
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('X-Content-Type-Options', 'nosniff');
  };
}
