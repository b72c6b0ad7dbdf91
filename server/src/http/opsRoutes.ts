/**
 * The routes for whoever runs the server (and the API's own description):
 *   GET /healthz            → {status: 'ok'}: the process runs (liveness)
 *   GET /readyz             → 200/503 {status, checks}: the database (and later PostgreSQL,
 *                             Redis) answers (readiness)
 *   GET /metrics            → Prometheus text format; who may read it: `metricsAccess.ts`
 *   GET /api/openapi.json   → the OpenAPI 3.1 document of this HTTP API
 */
import type { Logger } from '../log.js';
import { sendJson } from './json.js';
import { checkMetricsAccess, type MetricsAccessOptions } from './metricsAccess.js';
import { openApiDocument } from './openapi/openApiDocument.js';
import { checkReadiness, type ReadinessCheck, ReadinessStatus } from './readiness.js';
import type { Route } from './router.js';

export interface MetricsExposition {
  readonly contentType: string;
  text(): Promise<string>;
}

export interface OpsRoutesOptions {
  readiness: readonly ReadinessCheck[];
  metrics: MetricsExposition;
  metricsAccess: MetricsAccessOptions;
  log: Logger;
}

/** `/metrics` alone: the route of the metrics listener, and one of the public port's. */
export function metricsRoute({
  metrics,
  metricsAccess,
}: Pick<OpsRoutesOptions, 'metrics' | 'metricsAccess'>): Route {
  return {
    method: 'GET',
    pattern: /^\/metrics$/,
    async handle({ req, res }) {
      checkMetricsAccess(req, metricsAccess);
      const text = await metrics.text();
      res.writeHead(200, {
        'Content-Type': metrics.contentType,
        'Content-Length': Buffer.byteLength(text),
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      });
      res.end(text);
    },
  };
}

export function opsRoutes(options: OpsRoutesOptions): Route[] {
  const spec = JSON.stringify(openApiDocument);
  return [
    {
      method: 'GET',
      pattern: /^\/healthz$/,
      handle({ res }) {
        sendJson(res, 200, { status: 'ok' });
      },
    },
    {
      method: 'GET',
      pattern: /^\/readyz$/,
      async handle({ res }) {
        const readiness = await checkReadiness(options.readiness, options.log);
        sendJson(res, readiness.status === ReadinessStatus.Ok ? 200 : 503, readiness);
      },
    },
    metricsRoute(options),
    {
      method: 'GET',
      pattern: /^\/api\/openapi\.json$/,
      handle({ res }) {
        res.writeHead(200, {
          'Content-Type': 'application/json; charset=utf-8',
          'Content-Length': Buffer.byteLength(spec),
          'Cache-Control': 'no-cache',
          'X-Content-Type-Options': 'nosniff',
        });
        res.end(spec);
      },
    },
  ];
}
