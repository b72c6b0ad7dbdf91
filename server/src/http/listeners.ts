/** The node:http pieces both listeners share: listening, bad requests, the metrics listener. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { ApiErrorCode } from '@werkbord/shared';
import type { Logger } from '../log.js';
import { createRequestHandler } from './createRequestHandler.js';
import { HttpError, sendError } from './json.js';
import type { Route } from './router.js';

/** Resolves with the port bound (`0` picks one). */
export function listenOn(server: Server, port: number | undefined, host: string | undefined) {
  return new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

export function clientErrorHandler(log: Logger) {
  return (error: Error, socket: Duplex) => {
    log.debug({ err: error }, 'http client error');
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  };
}

/** The listener of `WERKBORD_METRICS_PORT`: `/metrics` and nothing else. */
export function metricsServer(routes: readonly Route[], log: Logger): Server {
  const notFound = new HttpError(404, ApiErrorCode.NotFound, 'Hier staan alleen de metrics.');
  const server = createServer(
    createRequestHandler(routes, (_req, res) => sendError(res, notFound), log),
  );
  server.on('clientError', clientErrorHandler(log));
  return server;
}
