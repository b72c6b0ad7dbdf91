/**
 * Headers on every HTTP answer:
 * - `Content-Security-Policy`: the page's policy (`shared/src/contentSecurityPolicy.ts`, also
 *   the built page's `<meta>`), plus what only a header can carry:
 *   `frame-ancestors`, the pages that may show Werkbord in a frame (`WERKBORD_FRAME_ANCESTORS`).
 *   It matters for HTML pages and the service worker; on other answers it does no harm.
 * - `Referrer-Policy: no-referrer`: links carry tokens (`?t=`), and a link clicked on a board must
 *   not hand the board's address to another site.
 * - `X-Content-Type-Options: nosniff`: a file is what its `Content-Type` says.
 */
import type { ServerResponse } from 'node:http';
import { PAGE_POLICY_DIRECTIVES } from '@werkbord/shared';

export function contentSecurityPolicy(frameAncestors: string): string {
  return [...PAGE_POLICY_DIRECTIVES, `frame-ancestors ${frameAncestors}`].join('; ');
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
