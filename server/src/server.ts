/**
 * Composes the server: storage → boards → relay with its extensions and HTTP API → one
 * node:http server. The only place that knows every part; each part knows only the narrow
 * interfaces it is given.
 */
import { createServer, type IncomingMessage } from 'node:http';
import { BoardService } from './boards/BoardService.js';
import { DocumentReader } from './boards/DocumentReader.js';
import type { WerkbordConfig } from './config.js';
import { BoardLock } from './extensions/boardLock/BoardLock.js';
import { Markers } from './extensions/markers/Markers.js';
import { prometheusMetrics } from './extensions/metrics/prometheusRegistry.js';
import { RefusalCounts } from './extensions/metrics/RefusalCounts.js';
import { PrivateWriting } from './extensions/privateWriting/PrivateWriting.js';
import { Snapshots } from './extensions/snapshots/Snapshots.js';
import { SnapshotService } from './extensions/snapshots/SnapshotService.js';
import { Voting } from './extensions/voting/Voting.js';
import { apiRoutes } from './http/apiRoutes.js';
import { createConnectRefusal, createRequestHandler } from './http/createRequestHandler.js';
import { ipLimits } from './http/ipLimits.js';
import { securityHeaders } from './http/securityHeaders.js';
import { clientErrorHandler, listenOn, metricsServer } from './http/listeners.js';
import { metricsRoute, opsRoutes } from './http/opsRoutes.js';
import type { Route } from './http/router.js';
import { createStaticHandler } from './http/staticFiles.js';
import { clientAddress } from './limits/clientAddress.js';
import { PerIpBuckets } from './limits/PerIpBuckets.js';
import { createLogger, type Logger } from './log.js';
import { Metrics } from './Metrics.js';
import { Relay } from './relay/Relay.js';
import { SqliteStorage } from './storage/SqliteStorage.js';
import type { Storage } from './storage/Storage.js';

export interface WerkbordServerOptions {
  /** Defaults to a pino logger at the configured level. */
  logger?: Logger;
  /** Defaults to SQLite in `config.dataDir`. */
  storage?: Storage;
}

export interface WerkbordServer {
  /**
   * Starts listening; resolves with the port actually bound (useful with `PORT=0`), and the
   * metrics listener's when `WERKBORD_METRICS_PORT` is set.
   */
  listen(): Promise<{ port: number; url: string; metricsPort?: number }>;
  /** The public HTTP route table (the OpenAPI document must describe every route). */
  readonly routes: readonly Pick<Route, 'method' | 'pattern'>[];
  /**
   * Graceful shutdown: stops accepting connections, writes pending updates, compacts every
   * loaded room, closes the sockets (4503, "come back later") and the database. Idempotent.
   */
  close(): Promise<void>;
}

export function createWerkbordServer(
  config: WerkbordConfig,
  options: WerkbordServerOptions = {},
): WerkbordServer {
  const log = options.logger ?? createLogger(config.logLevel);
  const storage =
    options.storage ??
    new SqliteStorage({ dataDir: config.dataDir, synchronous: config.sqliteSynchronous });
  const metrics = new Metrics();
  const boards = new BoardService(storage);
  const privateWriting = new PrivateWriting();
  const momentopnamen = new Snapshots(
    config.autoSnapshotMinutes > 0
      ? {
          intervalMs: config.autoSnapshotMinutes * 60_000,
          save: (boardId: string): Promise<void> => snapshots.saveAutomatic(boardId),
          log,
        }
      : null,
  );
  // Every feature of the relay, in the order their hooks run.
  const extensions = [
    new RefusalCounts(metrics),
    new BoardLock(),
    new Voting(),
    new Markers(),
    privateWriting,
    momentopnamen,
  ];
  // Wrong links are counted per address over HTTP and WebSocket together.
  const address = (req: IncomingMessage) => clientAddress(req, config.trustProxy);
  const failedAccess = new PerIpBuckets(config.failedAccessPerMinute, config.failedAccessBurst);
  const relay = new Relay({
    config,
    storage,
    boards,
    log,
    metrics,
    extensions,
    failedAccess: { buckets: failedAccess, address },
  });
  const documents = new DocumentReader(
    storage,
    (doc) => relay.loadedState(doc),
    skippedRecordsReporter(metrics, log),
  );
  const snapshots = new SnapshotService(
    storage,
    documents,
    {
      restore: (boardId, snapshot) => momentopnamen.restore(boardId, snapshot),
      evictBoard: (boardId) => {
        momentopnamen.forget(boardId);
        return relay.evictBoard(boardId);
      },
    },
    log,
  );
  const exposition = prometheusMetrics(metrics, relay);
  const metricsAccess = (listener: 'public' | 'metrics') => ({
    token: config.metricsToken,
    listener,
    separatePort: config.metricsPort !== undefined,
  });
  const routes = [
    ...apiRoutes({
      boards,
      documents,
      reveal: (boardId) => privateWriting.reveal(boardId),
      snapshots,
      tldrawLicenseKey: config.tldrawLicenseKey,
    }),
    ...opsRoutes({
      readiness: [{ name: 'database', check: () => storage.ping() }],
      metrics: exposition,
      metricsAccess: metricsAccess('public'),
      log,
    }),
  ];
  const http = createServer(
    createRequestHandler(routes, createStaticHandler(config.clientDir, log), log, {
      headers: securityHeaders(config.frameAncestors),
      guard: ipLimits({
        boardCreation: new PerIpBuckets(config.boardsPerMinute, config.boardBurst),
        failedAccess,
        address,
      }),
    }),
  );
  http.on('upgrade', (request, socket, head) => relay.handleUpgrade(request, socket, head));
  http.on('connect', createConnectRefusal(routes));
  http.on('clientError', clientErrorHandler(log));
  const metricsHttp =
    config.metricsPort === undefined
      ? null
      : metricsServer(
          [metricsRoute({ metrics: exposition, metricsAccess: metricsAccess('metrics') })],
          log,
        );

  let closing: Promise<void> | null = null;

  return {
    routes,
    async listen() {
      const port = await listenOn(http, config.port, config.host);
      const host = config.host === undefined || isWildcard(config.host) ? 'localhost' : config.host;
      const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
      if (metricsHttp === null) return { port, url };
      return {
        port,
        url,
        metricsPort: await listenOn(metricsHttp, config.metricsPort, config.metricsHost),
      };
    },
    close() {
      closing ??= (async () => {
        const stopped = new Promise<void>((resolve) => {
          if (!http.listening) return resolve();
          http.close(() => resolve());
        });
        http.closeIdleConnections();
        await relay.close();
        http.closeAllConnections();
        await stopped;
        if (metricsHttp?.listening) {
          await new Promise<void>((resolve) => metricsHttp.close(() => resolve()));
          metricsHttp.closeAllConnections();
        }
        await storage.close();
        log.info('server stopped');
      })();
      return closing;
    },
  };
}

/** Counts every skip; logs once per board (a broken board is read again and again). */
function skippedRecordsReporter(metrics: Metrics, log: Logger) {
  const logged = new Set<string>();
  return (boardId: string, count: number) => {
    metrics.recordsSkipped += count;
    if (logged.has(boardId)) return;
    if (logged.size >= 10_000) logged.clear();
    logged.add(boardId);
    log.warn({ boardId, count }, 'unreadable records skipped (logged once per board)');
  };
}

function isWildcard(host: string): boolean {
  return host === '0.0.0.0' || host === '::' || host === '[::]';
}
