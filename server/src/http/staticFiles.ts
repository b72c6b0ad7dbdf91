/**
 * The built client, served by the same process. Vite puts content-hashed files under
 * `/assets/`; those may be cached forever. Everything else (index.html above all) is revalidated
 * on each load, so a new release reaches everyone on the next reload. The app's own routes, `/`,
 * `/b/<boardId>`, `/mee` (typing a "Doe mee" code) and `/vergelijk`, all get index.html (the client
 * routes them).
 */
import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';
import { ApiErrorCode, JOIN_PATH } from '@werkbord/shared';
import type { Logger } from '../log.js';
import { HttpError, sendError } from './json.js';

const IMMUTABLE = 'public, max-age=31536000, immutable';

export type StaticHandler = (req: IncomingMessage, res: ServerResponse, url: URL) => void;

/** Paths answered with the app's index.html. */
export function isAppRoute(pathname: string): boolean {
  return (
    pathname === '/' ||
    pathname === JOIN_PATH ||
    /^\/b\/[^/]+\/?$/.test(pathname) ||
    /^\/vergelijk\/?$/.test(pathname)
  );
}

export function createStaticHandler(clientDir: string, log: Logger): StaticHandler {
  const notFound = (res: ServerResponse) =>
    sendError(res, new HttpError(404, ApiErrorCode.NotFound, 'Deze pagina bestaat niet.'));

  if (!existsSync(join(clientDir, 'index.html'))) {
    log.warn({ clientDir }, 'client not built: no index.html, serving the API only');
    return (_req, res, url) => {
      if (!isAppRoute(url.pathname)) return notFound(res);
      res.writeHead(503, {
        'Content-Type': 'text/plain; charset=utf-8',
        'Cache-Control': 'no-store',
      });
      res.end(
        `De Werkbord-client is niet gebouwd (geen index.html in ${clientDir}).\n` +
          'Bouw hem met "node scripts/pnpm.mjs build" of zet WERKBORD_CLIENT_DIR.\n',
      );
    };
  }

  const serve = sirv(clientDir, {
    etag: true,
    dotfiles: false,
    setHeaders(res, pathname) {
      res.setHeader('Cache-Control', pathname.startsWith('/assets/') ? IMMUTABLE : 'no-cache');
      res.setHeader('X-Content-Type-Options', 'nosniff');
    },
  });
  return (req, res, url) => {
    if (isAppRoute(url.pathname)) req.url = '/index.html';
    // sirv lists the files once at start and streams them without an error handler: a file
    // removed since (a rebuild while serving) would crash the process. Answer 404 instead.
    const path = new URL(req.url ?? '/', 'http://local').pathname;
    if (!existsSync(join(clientDir, safeDecode(path)))) return notFound(res);
    serve(req, res, () => notFound(res));
  };
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
