/**
 * A real Werkbord server for tests: port 0 on loopback, a fresh temporary SQLite directory,
 * configured through the same `loadConfig` as production. `restart()` starts a new server on
 * the same data directory (and the same database).
 *
 * With `WERKBORD_DATABASE_URL` in the environment of the test run (a PostgreSQL cluster's URL,
 * as superuser), every server stores in a fresh database of that cluster instead: the whole
 * integration suite runs on PostgreSQL. The databases stay until the cluster goes. A test about
 * the SQLite file itself keeps SQLite with `WERKBORD_DATABASE_URL: ''` in its environment.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase } from '../../server/src/storage/testing/postgresTestDatabase.js';
import {
  createLogger,
  createWerkbordServer,
  loadConfig,
  type Storage,
  type WerkbordConfig,
  type WerkbordServer,
} from '@werkbord/server';

export interface TestServer {
  httpUrl: string;
  /** The metrics listener's origin, with `WERKBORD_METRICS_PORT`. */
  metricsUrl: string | undefined;
  /** The y-websocket server URL (rooms are appended by the provider). */
  syncUrl: string;
  dataDir: string;
  server: WerkbordServer;
  /** Graceful close; the data directory stays. */
  close(): Promise<void>;
  /** Closes this server and starts another one on the same data directory. */
  restart(): Promise<TestServer>;
}

const dataDirs: string[] = [];

export interface TestServerOptions {
  /** Reuse this data directory (a restart) instead of a new temporary one. */
  dataDir?: string;
  /** Reuse this PostgreSQL database (a restart); see the module's comment. */
  databaseUrl?: string;
  /** A storage to use instead of the default SQLite file in the data directory. */
  storage?: (config: WerkbordConfig) => Storage;
  /**
   * Collects the server's log lines (JSON, `warn` and up unless `LOG_LEVEL` says otherwise)
   * here instead of printing them, so a test can check that nothing was logged as an error.
   */
  logLines?: string[];
}

export async function startTestServer(
  env: Record<string, string> = {},
  options: TestServerOptions = {},
): Promise<TestServer> {
  const dir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'werkbord-it-'));
  if (options.dataDir === undefined) dataDirs.push(dir);
  const cluster = process.env.WERKBORD_DATABASE_URL;
  const databaseUrl =
    options.databaseUrl ??
    (cluster && options.storage === undefined && !('WERKBORD_DATABASE_URL' in env)
      ? (await createTestDatabase(cluster)).url
      : undefined);
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    WERKBORD_DATA_DIR: dir,
    WERKBORD_CLIENT_DIR: join(dir, 'no-client'),
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
    ...(databaseUrl === undefined ? {} : { WERKBORD_DATABASE_URL: databaseUrl }),
    ...env,
  });
  const lines = options.logLines;
  const logger =
    lines === undefined
      ? undefined
      : createLogger(process.env.LOG_LEVEL === undefined ? 'warn' : config.logLevel, {
          write: (line: string) => void lines.push(line),
        });
  const server = createWerkbordServer(config, { storage: options.storage?.(config), logger });
  const { port, metricsPort } = await server.listen().catch(async (error: unknown) => {
    await server.close(); // e.g. the database could not be reached: nothing may keep running
    throw error;
  });
  const testServer: TestServer = {
    httpUrl: `http://127.0.0.1:${port}`,
    metricsUrl: metricsPort === undefined ? undefined : `http://127.0.0.1:${metricsPort}`,
    syncUrl: `ws://127.0.0.1:${port}/sync`,
    dataDir: dir,
    server,
    close: () => server.close(),
    async restart() {
      await server.close();
      return startTestServer(env, {
        ...options,
        dataDir: dir,
        ...(config.databaseUrl === null ? {} : { databaseUrl: config.databaseUrl }),
      });
    },
  };
  return testServer;
}

/** Removes every data directory the tests created (call from `afterAll`). */
export function removeTestDataDirs(): void {
  for (const dir of dataDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}
