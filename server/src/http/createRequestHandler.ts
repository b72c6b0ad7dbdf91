/**
 * Every HTTP request: the API routes first, then the built client. No error escapes. Each request
 * is logged at `debug` when it is answered (its URL redacted by the logger, see `log.ts`).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiErrorCode } from '@werkbord/shared';
import type { Logger } from '../log.js';
import { HttpError, sendError } from './json.js';
import { matchRoute, type Route } from './router.js';
import type { StaticHandler } from './staticFiles.js';

export function createRequestHandler(
  routes: readonly Route[],
  serveStatic: StaticHandler,
  log: Logger,
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const started = performance.now();
    const { method, url } = req; // as asked: the static handler rewrites app routes' URLs
    res.once('finish', () =>
      log.debug(
        {
          method,
          url,
          status: res.statusCode,
          ms: Math.round(performance.now() - started),
        },
        'request',
      ),
    );
    void handle(req, res).catch((error: unknown) => {
      if (error instanceof HttpError) return sendError(res, error);
      log.error({ err: error, method: req.method, url: req.url }, 'request failed');
      sendError(res, new HttpError(500, ApiErrorCode.Internal, 'Er ging iets mis op de server.'));
    });
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const method = req.method ?? 'GET';
    const match = matchRoute(routes, method, url.pathname);
    if (match.status === 'matched') {
      return match.route.handle({ req, res, url, params: match.params });
    }
    if (match.status === 'method-not-allowed' || (method !== 'GET' && method !== 'HEAD')) {
      throw new HttpError(
        405,
        ApiErrorCode.MethodNotAllowed,
        'Deze methode is hier niet toegestaan.',
      );
    }
    if (url.pathname.startsWith('/api/')) {
      throw new HttpError(404, ApiErrorCode.NotFound, 'Deze API-route bestaat niet.');
    }
    serveStatic(req, res, url);
  }
}
