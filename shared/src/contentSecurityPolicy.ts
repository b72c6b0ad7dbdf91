/**
 * The Content-Security-Policy of the page: it may contact no host but its own (fonts, icons and
 * translations are bundled, the sync socket is same-origin), so a tldraw feature that would reach
 * out (bookmark unfurling, embeds, the unlicensed-production ping) fails closed instead of leaking
 * the page URL. The built page carries it as a `<meta>` (`client/build/contentSecurityPolicy.ts`),
 * the server as a header with `frame-ancestors` added (`server/src/http/securityHeaders.ts`).
 */
export const PAGE_POLICY_DIRECTIVES: readonly string[] = [
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
