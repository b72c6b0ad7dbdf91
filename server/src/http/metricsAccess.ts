/**
 * Who may read `/metrics`. Counters tell how busy the server is and which refusals happen, which
 * is no business of the public, so the endpoint is closed unless configured:
 * - with `WERKBORD_METRICS_PORT` it is served only on that listener (loopback by default) and
 *   the public port answers 404;
 * - with `WERKBORD_METRICS_TOKEN` every scrape needs `Authorization: Bearer <token>` (401);
 * - with neither, the public port answers only requests from loopback that carry no proxy's
 *   forwarding header (a reverse proxy on the same host connects from loopback too) (403).
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { ApiErrorCode } from '@werkbord/shared';
import { HttpError } from './json.js';

export interface MetricsAccessOptions {
  token: string | null;
  /** Where this check runs: the public listener, or the metrics listener of its own. */
  listener: 'public' | 'metrics';
  /** Whether a metrics listener of its own is configured. */
  separatePort: boolean;
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;
const FORWARDING_HEADERS = ['forwarded', 'x-forwarded-for', 'x-real-ip'] as const;

/** Throws the answer for a request that may not read the metrics. */
export function checkMetricsAccess(
  req: IncomingMessage,
  { token, listener, separatePort }: MetricsAccessOptions,
): void {
  if (listener === 'public' && separatePort) {
    throw new HttpError(404, ApiErrorCode.NotFound, 'Deze pagina bestaat niet.');
  }
  if (token !== null) {
    if (!bearerMatches(req.headers.authorization, token)) {
      throw new HttpError(
        401,
        ApiErrorCode.Unauthorized,
        'De metrics vragen om een toegangstoken (Authorization: Bearer …).',
        undefined,
        { 'WWW-Authenticate': 'Bearer realm="metrics"' },
      );
    }
    return;
  }
  if (listener === 'metrics') return;
  const local = LOOPBACK.test(req.socket.remoteAddress ?? '');
  if (!local || FORWARDING_HEADERS.some((name) => req.headers[name] !== undefined)) {
    throw new HttpError(
      403,
      ApiErrorCode.Forbidden,
      'De metrics zijn alleen vanaf deze machine te lezen, of met WERKBORD_METRICS_TOKEN of WERKBORD_METRICS_PORT.',
    );
  }
}

function bearerMatches(header: string | undefined, token: string): boolean {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  if (match === null) return false;
  const given = Buffer.from(match[1] ?? '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
