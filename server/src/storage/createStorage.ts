/**
 * The storage the configuration asks for: PostgreSQL with `WERKBORD_DATABASE_URL`, otherwise
 * the embedded SQLite file in the data directory.
 */
import type { WerkbordConfig } from '../config.js';
import type { Logger } from '../log.js';
import { PostgresStorage } from './PostgresStorage.js';
import { SqliteStorage } from './SqliteStorage.js';
import type { Storage } from './Storage.js';

export function createStorage(config: WerkbordConfig, log: Logger): Storage {
  if (config.databaseUrl === null) {
    return new SqliteStorage({
      dataDir: config.dataDir,
      synchronous: config.sqliteSynchronous,
      log,
    });
  }
  return new PostgresStorage({
    connectionString: config.databaseUrl,
    poolSize: config.databasePoolSize,
    // The pool replaces the connection; the writes that needed it failed and were reported.
    onConnectionError: (error) => log.warn({ err: error }, 'database connection lost'),
  });
}
