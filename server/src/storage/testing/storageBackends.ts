/**
 * The back-ends the storage contract suite runs against (`describe.each(STORAGE_BACKENDS)`):
 * SQLite in a temporary directory and PostgreSQL in a fresh schema of the tests' cluster.
 * Test code only; not part of the build.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PostgresStorage } from '../PostgresStorage.js';
import { SqliteStorage } from '../SqliteStorage.js';
import type { Storage } from '../Storage.js';
import { createTestSchema } from './postgresTestDatabase.js';

export interface OpenedStorage {
  storage: Storage;
  /** Closes the storage and opens the same data again (what a restart does). */
  reopen(): Promise<Storage>;
  /** A second storage on the same data, as another process would open it. */
  another(): Storage;
  /** Closes every storage it opened and removes the data. */
  dispose(): Promise<void>;
}

export interface StorageBackend {
  name: string;
  open(): Promise<OpenedStorage>;
}

function opened(make: () => Storage, remove: () => Promise<void>): OpenedStorage {
  const all: Storage[] = [];
  const track = (storage: Storage) => {
    all.push(storage);
    return storage;
  };
  const result: OpenedStorage = {
    storage: track(make()),
    async reopen() {
      await result.storage.close();
      result.storage = track(make());
      return result.storage;
    },
    another: () => track(make()),
    async dispose() {
      await Promise.all(all.map((storage) => storage.close()));
      await remove();
    },
  };
  return result;
}

export const SQLITE: StorageBackend = {
  name: 'SQLite',
  async open() {
    const dataDir = mkdtempSync(join(tmpdir(), 'werkbord-storage-'));
    return opened(
      () => new SqliteStorage({ dataDir, synchronous: 'NORMAL' }),
      async () => rmSync(dataDir, { recursive: true, force: true }),
    );
  },
};

export const POSTGRES: StorageBackend = {
  name: 'PostgreSQL',
  async open() {
    const database = await createTestSchema();
    return opened(
      () => new PostgresStorage({ connectionString: database.url, poolSize: 4 }),
      () => database.drop(),
    );
  },
};

export const STORAGE_BACKENDS = [SQLITE, POSTGRES];
