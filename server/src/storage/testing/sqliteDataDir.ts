/**
 * A fresh data directory for every test of the file that calls this (removed after each), with
 * the SQLite database file in it and a way to open `SqliteStorage` on it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { DATABASE_FILE, SqliteStorage } from '../SqliteStorage.js';

export function sqliteDataDir(prefix: string): { file: () => string; open: () => SqliteStorage } {
  let dataDir = '';
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), prefix));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));
  return {
    file: () => join(dataDir, DATABASE_FILE),
    open: () => new SqliteStorage({ dataDir, synchronous: 'NORMAL' }),
  };
}
