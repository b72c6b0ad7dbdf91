/**
 * Composes the server: storage → boards → relay with its extensions and HTTP API → one
 * node:http server. The only place that knows every part; each part knows only the narrow
 * interfaces it is given.
 */
import { createServer, type IncomingMessage } from 'node:http';
import { BoardService } from './boards/BoardService.js';
import { Cluster } from './cluster/Cluster.js';
import { DocumentReader } from './boards/DocumentReader.js';
import type { WerkbordConfig } from './config.js';
import { JoinCodes } from './boards/joinCodes.js';
import { AnonymousWriting } from './extensions/anonymousWriting/AnonymousWriting.js';
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
import { createStorage } from './storage/createStorage.js';
import type { Storage } from './storage/Storage.js';

export interface WerkbordServerOptions {
  /** Defaults to a pino logger at the configured level. */
  logger?: Logger;
  /** Defaults to PostgreSQL at `config.databaseUrl`, or else SQLite in `config.dataDir`. */
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
  const ownStorage = options.storage ?? createStorage(config, log);
  // Several processes (WERKBORD_REDIS_URL): every write of a live board carries its owner fence.
  const cluster: Cluster | null =
    config.redisUrl === null
      ? null
      : new Cluster(config, ownStorage, log, {
          inUse: (boardId): boolean => relay.hasBoard(boardId),
          lost: (boardId) => void relay.letGoOfBoard(boardId),
          deleted: (boardId) => void evictBoard(boardId),
          clientAddress: (req) => clientAddress(req, config.trustProxy),
          routed: (route) => {
            metrics.clusterRouted[route] = (metrics.clusterRouted[route] ?? 0) + 1;
          },
        });
  const storage: Storage = cluster?.storage ?? ownStorage;
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
    new AnonymousWriting(),
    new Voting(),
    new Markers(),
    privateWriting,
    momentopnamen,
  ];
  // Wrong links are counted per address over HTTP and WebSocket together.
  const address = (req: IncomingMessage): string =>
    cluster?.forwardedAddress(req) ?? clientAddress(req, config.trustProxy);
  const failedAccess = new PerIpBuckets(config.failedAccessPerMinute, config.failedAccessBurst);
  const relay: Relay = new Relay({
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
      evictBoard,
    },
    log,
  );
  function evictBoard(boardId: string): Promise<void> {
    momentopnamen.forget(boardId);
    return relay.evictBoard(boardId);
  }
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
      joinCodes: new JoinCodes(storage),
      tldrawLicenseKey: config.tldrawLicenseKey,
    }),
    ...opsRoutes({
      readiness: [
        { name: 'database', check: () => storage.ping() },
        ...(cluster === null ? [] : [cluster.readiness]),
      ],
      metrics: exposition,
      metricsAccess: metricsAccess('public'),
      log,
    }),
  ];
  const handleRequest = createRequestHandler(
    routes,
    createStaticHandler(config.clientDir, log),
    log,
    {
      headers: securityHeaders(config.frameAncestors),
      guard: ipLimits({
        boardCreation: new PerIpBuckets(config.boardsPerMinute, config.boardBurst),
        failedAccess,
        address,
      }),
    },
  );
  const handleUpgrade = relay.handleUpgrade.bind(relay);
  const http = createServer(
    cluster === null ? handleRequest : (req, res) => cluster.gate.request(req, res, handleRequest),
  );
  http.on('upgrade', (request, socket, head) =>
    cluster === null
      ? handleUpgrade(request, socket, head)
      : cluster.gate.upgrade(request, socket, head, handleUpgrade),
  );
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
      // A database that cannot be reached or used stops the start, with its reason.
      await storage.ping();
      await cluster?.connect();
      const port = await listenOn(http, config.port, config.host);
      await cluster?.join(port);
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
        await cluster?.drain();
        const stopped = new Promise<void>((resolve) => {
          if (!http.listening) return resolve();
          http.close(() => resolve());
        });
        http.closeIdleConnections();
        await relay.close();
        // Every write is stored: now the other processes may take the boards.
        await cluster?.close();
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
