/**
 * Configuration comes from environment variables only. `loadConfig` reads them once at start,
 * fills in defaults and refuses invalid values with one error that lists every problem, so a
 * typo never turns into a silently different server.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PRESENCE_MAX_BYTES } from '@werkbord/shared';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const SQLITE_SYNCHRONOUS_MODES = ['NORMAL', 'FULL'] as const;
export type SqliteSynchronous = (typeof SQLITE_SYNCHRONOUS_MODES)[number];

export interface WerkbordConfig {
  /** `PORT`: TCP port of HTTP and WebSocket. `0` picks a free port. Default `8080`. */
  port: number;
  /** `HOST`: interface to listen on. Default: unset, every interface (IPv6 and IPv4). */
  host: string | undefined;
  /** `WERKBORD_DATA_DIR`: directory of the SQLite file `werkbord.db`, created when missing. Default `./data` (relative paths from the working directory). */
  dataDir: string;
  /** `WERKBORD_CLIENT_DIR`: the built client (`index.html`, `assets/`). Default `client/dist` of this repository, wherever the server is started from. */
  clientDir: string;
  /** `WERKBORD_MAX_MESSAGE_BYTES`: largest WebSocket message accepted; a larger one closes that connection (1009). Default 10 MiB. */
  maxMessageBytes: number;
  /** `WERKBORD_MAX_BUFFERED_BYTES`: unsent bytes queued for one connection; a client that reads slower than its room writes is dropped beyond this (it resyncs on reconnect). Default 32 MiB. */
  maxBufferedBytes: number;
  /** `WERKBORD_MAX_MESSAGES_PER_SECOND`: sustained messages per second per connection (token bucket refill). Default `100`. */
  maxMessagesPerSecond: number;
  /** `WERKBORD_MESSAGE_BURST`: messages a connection may send at once before the rate applies (bucket size). Default `300`. */
  messageBurst: number;
  /** `WERKBORD_MAX_BYTES_PER_SECOND`: sustained bytes per second one connection may send (bursts up to twice `maxMessageBytes`); exceeding it closes that connection (4408). Default 1 MiB. */
  maxBytesPerSecond: number;
  /** `WERKBORD_MAX_PRESENCE_BYTES`: largest presence (awareness) state of one client, as JSON; a larger one is dropped, never relayed. Default 8 KiB. */
  maxPresenceBytes: number;
  /** `WERKBORD_MAX_DOCUMENT_BYTES`: stored size of one document (content, control or private) beyond which updates that add to it are refused (4413); deletions still pass. Default 64 MiB. */
  maxDocumentBytes: number;
  /** `WERKBORD_MAX_BOARD_BYTES`: stored size of all of a board's documents together beyond which its private documents take nothing more (4413). Default 256 MiB. */
  maxBoardBytes: number;
  /** `WERKBORD_MAX_CLIENTS_PER_ROOM`: connections per document; the next one is closed with 4429. Default `200`. */
  maxClientsPerRoom: number;
  /** `WERKBORD_COMPACT_AFTER_UPDATES`: stored updates of a document merged into one state after this many. Default `500`. */
  compactAfterUpdates: number;
  /** `WERKBORD_ROOM_UNLOAD_DELAY_MS`: how long a document without clients stays in memory. Default `30000`. */
  roomUnloadDelayMs: number;
  /** `WERKBORD_AUTO_SNAPSHOT_MINUTES`: automatic snapshots when the last person leaves a changed board, and at most this often during activity; `0` turns them off. Default `30`. */
  autoSnapshotMinutes: number;
  /** `WERKBORD_PING_INTERVAL_MS`: WebSocket ping interval; a socket that misses one pong is dropped. Default `30000`. */
  pingIntervalMs: number;
  /**
   * `WERKBORD_SQLITE_SYNCHRONOUS`: SQLite's `synchronous` pragma (the database runs in WAL mode).
   * `NORMAL` (default) survives a crash of the process; `FULL` also survives power loss, at the
   * cost of one fsync per write transaction.
   */
  sqliteSynchronous: SqliteSynchronous;
  /**
   * `WERKBORD_DATABASE_URL`: `postgres://user:password@host:port/database` stores everything in
   * PostgreSQL instead of the SQLite file in `dataDir`. Holds a password: never logged. Default:
   * unset, SQLite.
   */
  databaseUrl: string | null;
  /** `WERKBORD_DATABASE_POOL_SIZE`: PostgreSQL connections this process opens at most. Default `10`. */
  databasePoolSize: number;
  /**
   * `WERKBORD_REDIS_URL`: `redis://[:password@]host:port[/db]` turns on several processes serving
   * one set of boards (needs `WERKBORD_DATABASE_URL`). Holds a password: never logged. Default:
   * unset, one process.
   */
  redisUrl: string | null;
  /**
   * `WERKBORD_INTERNAL_URL`: where the other processes reach this one (`http://10.0.0.5:8080`).
   * Default: `http://<HOST or the machine's name>:<port>`.
   */
  internalUrl: string | null;
  /** `WERKBORD_OWNER_LEASE_MS`: how long a board's ownership lasts without renewal. Default `10000`. */
  ownerLeaseMs: number;
  /**
   * `WERKBORD_CLUSTER_SECRET`: proves a request was forwarded by another Werkbord process (which
   * then names the client's address). Default: derived from `WERKBORD_DATABASE_URL`.
   */
  clusterSecret: string | null;
  /**
   * `WERKBORD_METRICS_PORT`: serve `GET /metrics` on its own listener on this port (and no longer
   * on the public one). `0` picks a free port. Default: unset, `/metrics` on the public port.
   */
  metricsPort: number | undefined;
  /** `WERKBORD_METRICS_HOST`: interface of the metrics listener. Default `127.0.0.1`. */
  metricsHost: string;
  /**
   * `WERKBORD_METRICS_TOKEN`: `/metrics` asks for `Authorization: Bearer <token>` (at least 16
   * characters), on whichever port serves it. Default: unset; then the public port answers
   * `/metrics` only to loopback requests that no proxy forwarded.
   */
  metricsToken: string | null;
  /** `LOG_LEVEL`: one of fatal, error, warn, info, debug, trace, silent. Default `info`. */
  logLevel: LogLevel;
  /** `TLDRAW_LICENSE_KEY`: handed to the client at run time via `GET /api/config`. Default: none. */
  tldrawLicenseKey: string | null;
  /**
   * `WERKBORD_FRAME_ANCESTORS`: the pages that may show Werkbord in a frame, as CSP
   * `frame-ancestors` sources (`'self'`, `'none'`, `https://intranet.example.nl`). Default `'self'`.
   */
  frameAncestors: string;
  /**
   * `WERKBORD_TRUST_PROXY`: how many reverse proxies stand in front; the client address is then
   * read from `X-Forwarded-For` (that many entries from the right). Default `0`: the header is
   * ignored, the peer address counts.
   */
  trustProxy: number;
  /** `WERKBORD_BOARDS_PER_MINUTE`: boards one address may create per minute, sustained; `0` turns the limit off. Default `2`. */
  boardsPerMinute: number;
  /** `WERKBORD_BOARD_BURST`: boards one address may create at once before the rate applies. Default `30`. */
  boardBurst: number;
  /** `WERKBORD_FAILED_ACCESS_PER_MINUTE`: wrong links (token, board, member key) one address may try per minute, sustained, over HTTP and WebSocket together; `0` turns the limit off. Default `6`. */
  failedAccessPerMinute: number;
  /** `WERKBORD_FAILED_ACCESS_BURST`: wrong links one address may try at once before it has to wait. Default `30`. */
  failedAccessBurst: number;
}

/** Thrown by `loadConfig`; the message names every invalid variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Env = Readonly<Record<string, string | undefined>>;

/** server/src or server/dist → repository root; both sit two levels below it. */
const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function loadConfig(env: Env = process.env): WerkbordConfig {
  const problems: string[] = [];
  const read = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value === undefined || value === '' ? undefined : value;
  };
  const integer = (name: string, fallback: number, min: number, max: number): number => {
    const raw = read(name);
    if (raw === undefined) return fallback;
    const value = /^\d+$/.test(raw) ? Number(raw) : NaN;
    if (!Number.isSafeInteger(value) || value < min || value > max) {
      problems.push(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
      return fallback;
    }
    return value;
  };
  const oneOf = <T extends string>(name: string, options: readonly T[], fallback: T): T => {
    const raw = read(name);
    if (raw === undefined) return fallback;
    const match = options.find((option) => option.toLowerCase() === raw.toLowerCase());
    if (match === undefined) {
      problems.push(`${name} must be one of ${options.join(', ')}, got "${raw}"`);
      return fallback;
    }
    return match;
  };

  const secret = (name: string, minLength: number): string | null => {
    const raw = read(name);
    if (raw === undefined) return null;
    if (raw.length < minLength || /\s/.test(raw)) {
      problems.push(`${name} must be at least ${minLength} characters without spaces`);
      return null;
    }
    return raw;
  };

  const config: WerkbordConfig = {
    port: integer('PORT', 8080, 0, 65_535),
    host: read('HOST'),
    dataDir: resolve(read('WERKBORD_DATA_DIR') ?? 'data'),
    clientDir: resolve(read('WERKBORD_CLIENT_DIR') ?? resolve(REPO_ROOT, 'client/dist')),
    maxMessageBytes: integer('WERKBORD_MAX_MESSAGE_BYTES', 10 * 1024 * 1024, 1024, 1024 ** 3),
    maxBufferedBytes: integer(
      'WERKBORD_MAX_BUFFERED_BYTES',
      32 * 1024 * 1024,
      64 * 1024,
      1024 ** 3,
    ),
    maxMessagesPerSecond: integer('WERKBORD_MAX_MESSAGES_PER_SECOND', 100, 1, 1_000_000),
    messageBurst: integer('WERKBORD_MESSAGE_BURST', 300, 1, 1_000_000),
    maxBytesPerSecond: integer('WERKBORD_MAX_BYTES_PER_SECOND', 1024 * 1024, 1024, 1024 ** 3),
    maxPresenceBytes: integer('WERKBORD_MAX_PRESENCE_BYTES', PRESENCE_MAX_BYTES, 256, 1024 ** 3),
    maxDocumentBytes: integer('WERKBORD_MAX_DOCUMENT_BYTES', 64 * 1024 * 1024, 1024, 1024 ** 4),
    maxBoardBytes: integer('WERKBORD_MAX_BOARD_BYTES', 256 * 1024 * 1024, 1024, 1024 ** 4),
    maxClientsPerRoom: integer('WERKBORD_MAX_CLIENTS_PER_ROOM', 200, 1, 100_000),
    compactAfterUpdates: integer('WERKBORD_COMPACT_AFTER_UPDATES', 500, 1, 10_000_000),
    roomUnloadDelayMs: integer('WERKBORD_ROOM_UNLOAD_DELAY_MS', 30_000, 0, 86_400_000),
    autoSnapshotMinutes: integer('WERKBORD_AUTO_SNAPSHOT_MINUTES', 30, 0, 10_080),
    pingIntervalMs: integer('WERKBORD_PING_INTERVAL_MS', 30_000, 100, 3_600_000),
    sqliteSynchronous: oneOf('WERKBORD_SQLITE_SYNCHRONOUS', SQLITE_SYNCHRONOUS_MODES, 'NORMAL'),
    databaseUrl: databaseUrl(read('WERKBORD_DATABASE_URL'), problems),
    databasePoolSize: integer('WERKBORD_DATABASE_POOL_SIZE', 10, 1, 1_000),
    redisUrl: redisUrl(read('WERKBORD_REDIS_URL'), read('WERKBORD_DATABASE_URL'), problems),
    internalUrl: internalUrl(read('WERKBORD_INTERNAL_URL'), problems),
    ownerLeaseMs: integer('WERKBORD_OWNER_LEASE_MS', 10_000, 1_000, 600_000),
    clusterSecret: secret('WERKBORD_CLUSTER_SECRET', 16),
    metricsPort:
      read('WERKBORD_METRICS_PORT') === undefined
        ? undefined
        : integer('WERKBORD_METRICS_PORT', 0, 0, 65_535),
    metricsHost: read('WERKBORD_METRICS_HOST') ?? '127.0.0.1',
    metricsToken: secret('WERKBORD_METRICS_TOKEN', 16),
    logLevel: oneOf('LOG_LEVEL', LOG_LEVELS, 'info'),
    tldrawLicenseKey: read('TLDRAW_LICENSE_KEY') ?? null,
    frameAncestors: frameAncestors(read('WERKBORD_FRAME_ANCESTORS'), problems),
    trustProxy: integer('WERKBORD_TRUST_PROXY', 0, 0, 10),
    boardsPerMinute: integer('WERKBORD_BOARDS_PER_MINUTE', 2, 0, 1_000_000),
    boardBurst: integer('WERKBORD_BOARD_BURST', 30, 1, 1_000_000),
    failedAccessPerMinute: integer('WERKBORD_FAILED_ACCESS_PER_MINUTE', 6, 0, 1_000_000),
    failedAccessBurst: integer('WERKBORD_FAILED_ACCESS_BURST', 30, 1, 1_000_000),
  };
  if (problems.length > 0) {
    throw new ConfigError(`Invalid configuration:\n- ${problems.join('\n- ')}`);
  }
  return config;
}

/** `WERKBORD_DATABASE_URL`: a PostgreSQL URL; the message never repeats it (it holds a password). */
function databaseUrl(raw: string | undefined, problems: string[]): string | null {
  if (raw === undefined) return null;
  let protocol = '';
  try {
    protocol = new URL(raw).protocol;
  } catch {
    // reported below
  }
  if (protocol !== 'postgres:' && protocol !== 'postgresql:') {
    problems.push(
      'WERKBORD_DATABASE_URL must be a PostgreSQL URL: postgres://user:password@host:5432/database',
    );
    return null;
  }
  return raw;
}

/**
 * `WERKBORD_REDIS_URL`: a Redis URL, only together with PostgreSQL: several processes share one
 * database, which an embedded SQLite file cannot be.
 */
function redisUrl(
  raw: string | undefined,
  database: string | undefined,
  problems: string[],
): string | null {
  if (raw === undefined) return null;
  let protocol = '';
  try {
    protocol = new URL(raw).protocol;
  } catch {
    // reported below
  }
  if (protocol !== 'redis:' && protocol !== 'rediss:') {
    problems.push('WERKBORD_REDIS_URL must be a Redis URL: redis://host:6379');
    return null;
  }
  if (database === undefined) {
    problems.push(
      'WERKBORD_REDIS_URL needs WERKBORD_DATABASE_URL: several processes share their boards in PostgreSQL, not in a SQLite file of their own',
    );
    return null;
  }
  return raw;
}

/** `WERKBORD_INTERNAL_URL`: an http URL without path, query or fragment. */
function internalUrl(raw: string | undefined, problems: string[]): string | null {
  if (raw === undefined) return null;
  try {
    const url = new URL(raw);
    if (url.protocol === 'http:' && url.pathname === '/' && url.search === '' && !url.hash) {
      return url.origin;
    }
  } catch {
    // reported below
  }
  problems.push(
    `WERKBORD_INTERNAL_URL must be an http URL like http://10.0.0.5:8080, got "${raw}"`,
  );
  return null;
}

/** A CSP source the header may carry: a keyword, a scheme, or a host with optional scheme, port and path. */
const FRAME_SOURCE =
  /^('self'|'none'|https?:|(https?:\/\/)?(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:(\d{1,5}|\*))?(\/[^\s;,'"]*)?)$/i;

/** `WERKBORD_FRAME_ANCESTORS`, checked so that nothing but sources reaches the header. */
function frameAncestors(raw: string | undefined, problems: string[]): string {
  if (raw === undefined) return "'self'";
  const sources = raw
    .split(/\s+/)
    .map((source) => (/^(self|none)$/i.test(source) ? `'${source.toLowerCase()}'` : source));
  const wrong = sources.filter((source) => !FRAME_SOURCE.test(source));
  if (wrong.length > 0 || (sources.includes("'none'") && sources.length > 1)) {
    problems.push(
      `WERKBORD_FRAME_ANCESTORS must be 'self', 'none' or origins like https://intranet.example.nl separated by spaces, got "${raw}"`,
    );
    return "'self'";
  }
  return sources.join(' ');
}
