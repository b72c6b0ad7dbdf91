/**
 * What only the SQLite back-end does: the file, its journal mode, and migrating databases that
 * older Werkbord versions wrote. The contract both back-ends keep is in `Storage.test.ts`.
 */
import Database from 'better-sqlite3';
import { Role } from '@werkbord/shared';
import { describe, expect, it } from 'vitest';
import { MIGRATION_NAMES } from './migrations.js';
import { SQLITE_MIGRATIONS } from './sqliteMigrations.js';
import { SCHEMA_VERSION } from './SqliteStorage.js';
import { sqliteDataDir } from './testing/sqliteDataDir.js';

const boardId = 'AbCdEfGhIjKlMnOpQrSt_-';
const { file, open } = sqliteDataDir('werkbord-sqlite-');

/** A database as Werkbord wrote it before the migrations table: `user_version` only. */
function olderDatabase(version: number): void {
  const db = new Database(file());
  for (const migration of SQLITE_MIGRATIONS.slice(0, version)) db.exec(migration.sql);
  db.prepare('INSERT INTO boards (id, werkvorm, title, created_at) VALUES (?, ?, ?, ?)').run(
    boardId,
    'historielijn',
    'Van voor de migraties',
    '2025-06-01T12:00:00.000Z',
  );
  db.prepare('INSERT INTO tokens (hash, board_id, role) VALUES (?, ?, ?)').run(
    Buffer.alloc(32, 1),
    boardId,
    'facilitator',
  );
  db.prepare('INSERT INTO updates (doc, data) VALUES (?, ?)').run(boardId, Buffer.from([4, 2]));
  db.pragma(`user_version = ${version}`);
  db.close();
}

function migrationsOf(): { version: number; name: string }[] {
  const db = new Database(file(), { readonly: true });
  const rows = db
    .prepare<
      [],
      { version: number; name: string }
    >('SELECT version, name FROM schema_migrations ORDER BY version')
    .all();
  db.close();
  return rows;
}

const allMigrations = MIGRATION_NAMES.map((name, index) => ({ version: index + 1, name }));

describe('SqliteStorage', () => {
  it('stores only token hashes, never anything else about the token', async () => {
    await open().close();
    const db = new Database(file(), { readonly: true });
    const columns = db.prepare("SELECT name FROM pragma_table_info('tokens')").all();
    db.close();
    expect(columns).toEqual([{ name: 'hash' }, { name: 'board_id' }, { name: 'role' }]);
  });

  it('runs in WAL mode', async () => {
    const storage = open();
    const db = new Database(file(), { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
    await storage.close();
  });

  it('records every migration of a new database, and its version in user_version too', async () => {
    await open().close();
    expect(migrationsOf()).toEqual(allMigrations);
    const db = new Database(file(), { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    db.close();
  });

  it.each([1, 2])('migrates a version %i database and keeps its boards', async (version) => {
    olderDatabase(version);
    const storage = open();
    expect(await storage.getBoard(boardId)).toMatchObject({ title: 'Van voor de migraties' });
    expect(await storage.findRole(boardId, Buffer.alloc(32, 1))).toBe(Role.Facilitator);
    expect((await storage.loadDocument(boardId)).updates.map((u) => [...u])).toEqual([[4, 2]]);
    expect(await storage.listSnapshots(boardId)).toEqual([]);
    await storage.claimBoard(boardId, 1);
    await storage.close();
    expect(migrationsOf()).toEqual(allMigrations);
    // Opening again finds nothing to do.
    await open().close();
    expect(migrationsOf()).toEqual(allMigrations);
  });

  it('refuses a database of a newer Werkbord and leaves it as it was', async () => {
    await open().close();
    const db = new Database(file());
    db.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(99, 'from the future', 'x');
    db.close();
    expect(() => open()).toThrow(/newer Werkbord/);
    expect(migrationsOf().at(-1)).toEqual({ version: 99, name: 'from the future' });
  });
});
