/**
 * Forwards an HTTP request about a live board (onthullen, restore, delete, the harvest of a loaded
 * board…) to the process that owns it, and its answer back unchanged. The body is sent only once
 * the owner's socket is connected, so when nothing listens there the request is still whole and
 * this process can answer it itself.
 */
import { request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { ForwardResult } from './forwardUpgrade.js';
import { isForwardingHeader } from './forwardedFrom.js';

/** Headers about one hop, which are not passed on. */
const HOP_HEADERS = new Set(['connection', 'keep-alive', 'proxy-connection', 'upgrade', 'te']);

export function forwardRequest(
  target: URL,
  req: IncomingMessage,
  res: ServerResponse,
  extraHeaders: Record<string, string>,
  timeoutMs: number,
): Promise<ForwardResult> {
  return new Promise((resolve) => {
    const headers: Record<string, string | string[]> = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (value === undefined || HOP_HEADERS.has(name) || isForwardingHeader(name)) continue;
      headers[name] = value;
    }
    Object.assign(headers, extraHeaders);
    let connected = false;
    let settled = false;
    const settle = (result: ForwardResult) => {
      if (settled) return;
      settled = true;
      resolve(result);
    };
    const forwarded = httpRequest({
      host: target.hostname,
      port: Number(target.port || 80),
      method: req.method,
      path: req.url,
      headers,
      agent: false,
      timeout: timeoutMs,
    });
    forwarded.on('socket', (socket) => {
      socket.once('connect', () => {
        connected = true;
        req.pipe(forwarded);
      });
    });
    forwarded.on('timeout', () => forwarded.destroy(new Error('the owner did not answer in time')));
    forwarded.on('response', (answer) => {
      if (answer.statusCode === 503 && !res.headersSent) {
        answer.resume();
        return settle('unavailable');
      }
      const headers = Object.fromEntries(
        Object.entries(answer.headers).filter(
          ([name]) => !HOP_HEADERS.has(name) && name !== 'transfer-encoding',
        ),
      );
      res.writeHead(answer.statusCode ?? 502, headers);
      answer.pipe(res);
      answer.on('error', () => res.destroy());
      settle('forwarded');
    });
    forwarded.on('error', (error: NodeJS.ErrnoException) => {
      if (settled) return res.destroy();
      settle(!connected && error.code === 'ECONNREFUSED' ? 'refused' : 'unavailable');
    });
  });
}
