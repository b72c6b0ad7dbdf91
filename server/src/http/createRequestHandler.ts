/**
 * Every HTTP request: the API routes first, then the built client. No error escapes. Each request
 * is logged at `debug` when it is answered (its URL redacted by the logger, see `log.ts`).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { ApiErrorCode } from '@werkbord/shared';
import type { Logger } from '../log.js';
import type { RequestGuard } from './ipLimits.js';
import { HttpError, methodNotAllowed, sendError } from './json.js';
import { requestLogger } from './requestLogger.js';
import { matchRoute, type Route } from './router.js';
import type { StaticHandler } from './staticFiles.js';

/** What the built client (and an unknown path) answers to. */
const STATIC_METHODS = ['GET', 'HEAD'];

export interface RequestHandlerOptions {
  /** Headers every answer carries (`securityHeaders.ts`). */
  headers?: (res: ServerResponse) => void;
  /** Limits per address (`ipLimits.ts`). */
  guard?: RequestGuard;
}

export function createRequestHandler(
  routes: readonly Route[],
  serveStatic: StaticHandler,
  log: Logger,
  { headers, guard }: RequestHandlerOptions = {},
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const started = performance.now();
    headers?.(res);
    const { method, url } = req; // as asked: the static handler rewrites app routes' URLs
    const requestLog = requestLogger(log, url);
    res.once('finish', () =>
      requestLog.debug(
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
      if (error instanceof HttpError) {
        guard?.failed(req, error);
        return sendError(res, error);
      }
      requestLog.error({ err: error, method: req.method, url: req.url }, 'request failed');
      sendError(res, new HttpError(500, ApiErrorCode.Internal, 'Er ging iets mis op de server.'));
    });
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const method = req.method ?? 'GET';
    guard?.before(req, url);
    const match = matchRoute(routes, method, url.pathname);
    if (match.status === 'matched') {
      return match.route.handle({ req, res, url, params: match.params });
    }
    if (match.status === 'method-not-allowed') throw methodNotAllowed(match.allowed);
    if (method !== 'GET' && method !== 'HEAD') throw methodNotAllowed(STATIC_METHODS);
    if (url.pathname.startsWith('/api/')) {
      throw new HttpError(404, ApiErrorCode.NotFound, 'Deze API-route bestaat niet.');
    }
    serveStatic(req, res, url);
  }
}

/**
 * `CONNECT` (the proxy method) never reaches the request handler: Node hands it to the server's
 * `connect` event, and without a listener drops the connection. Answer it like any method a
 * route does not have.
 */
export function createConnectRefusal(
  routes: readonly Route[],
): (req: IncomingMessage, socket: Duplex) => void {
  return (req, socket) => {
    socket.on('error', () => {});
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const match = matchRoute(routes, 'CONNECT', path);
    const allowed = match.status === 'method-not-allowed' ? match.allowed : STATIC_METHODS;
    const body = JSON.stringify({
      error: ApiErrorCode.MethodNotAllowed,
      message: 'Deze methode is hier niet toegestaan.',
    });
    socket.end(
      [
        'HTTP/1.1 405 Method Not Allowed',
        `Allow: ${allowed.join(', ')}`,
        'Content-Type: application/json; charset=utf-8',
        `Content-Length: ${Buffer.byteLength(body)}`,
        'Connection: close',
        '',
        body,
      ].join('\r\n'),
    );
  };
}
