/**
 * The SQLite schema as migrations (see `migrations.ts`). SQLite also keeps the version in
 * `PRAGMA user_version`, as Werkbord did before the migrations table: an older Werkbord's
 * `restore` reads it there and refuses a database newer than it knows.
 */
import type Database from 'better-sqlite3';
import {
  migrationList,
  MIGRATIONS_TABLE,
  pendingMigrations,
  SCHEMA_VERSION,
} from './migrations.js';

export const SQLITE_MIGRATIONS = migrationList([
  `CREATE TABLE boards (
    id         TEXT PRIMARY KEY,
    werkvorm   TEXT NOT NULL,
    title      TEXT NOT NULL,
    created_at TEXT NOT NULL
  ) STRICT;

  CREATE TABLE tokens (
    hash     BLOB PRIMARY KEY,
    board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
    role     TEXT NOT NULL CHECK (role IN ('facilitator', 'participant', 'viewer'))
  ) STRICT;

  CREATE TABLE updates (
    seq  INTEGER PRIMARY KEY AUTOINCREMENT,
    doc  TEXT NOT NULL,
    data BLOB NOT NULL
  ) STRICT;
  CREATE INDEX updates_by_doc ON updates (doc, seq);

  CREATE TABLE document_states (
    doc        TEXT PRIMARY KEY,
    state      BLOB NOT NULL,
    last_seq   INTEGER NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT;`,

  // Written once and never modified.
  `CREATE TABLE snapshots (
    id         TEXT PRIMARY KEY,
    board_id   TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
    name       TEXT NOT NULL,
    author     TEXT,
    created_at TEXT NOT NULL,
    werkvorm   TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('named', 'auto', 'restore')),
    content    BLOB NOT NULL,
    control    BLOB NOT NULL,
    thumbnail  BLOB,
    size       INTEGER NOT NULL
  ) STRICT;
  CREATE INDEX snapshots_by_board ON snapshots (board_id, created_at);`,

  `ALTER TABLE boards ADD COLUMN fence INTEGER NOT NULL DEFAULT 0;`,

  // A few hours valid each (`boards/joinCodes.ts`): the code's hash, the deelnemer token sealed.
  `CREATE TABLE join_codes (
    hash       BLOB PRIMARY KEY,
    board_id   TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
    sealed     BLOB NOT NULL,
    expires_at INTEGER NOT NULL
  ) STRICT;
  CREATE INDEX join_codes_by_board ON join_codes (board_id, expires_at);`,

  // New updates are appended here and moved into `updates` in batches (`sqliteUpdateLog.ts`).
  `CREATE TABLE update_log (
    seq  INTEGER PRIMARY KEY,
    doc  TEXT NOT NULL,
    data BLOB NOT NULL
  ) STRICT;
  CREATE VIEW stored_updates AS
    SELECT seq, doc, data FROM updates UNION ALL SELECT seq, doc, data FROM update_log;`,
]);

/** Whether the database has a table or view of that name (older versions lack some). */
export function hasSchemaObject(
  db: Database.Database,
  type: 'table' | 'view',
  name: string,
): boolean {
  return (
    db.prepare('SELECT 1 FROM sqlite_master WHERE type = ? AND name = ?').get(type, name) !==
    undefined
  );
}

/** Brings the database to `SCHEMA_VERSION` in one transaction; a current one is left alone. */
export function migrateSqlite(db: Database.Database): void {
  db.transaction(() => {
    const version = db.pragma('user_version', { simple: true }) as number;
    const hasTable = hasSchemaObject(db, 'table', 'schema_migrations');
    // Before the table, `user_version` alone said which migrations a database had. [1]
    const applied = hasTable
      ? db
          .prepare<[], { version: number }>('SELECT version FROM schema_migrations')
          .all()
          .map((row) => row.version)
      : SQLITE_MIGRATIONS.slice(0, version).map((migration) => migration.version);
    const pending = pendingMigrations([...applied, version], SQLITE_MIGRATIONS);
    if (hasTable && pending.length === 0 && version === SCHEMA_VERSION) return;
    db.exec(MIGRATIONS_TABLE);
    const record = db.prepare<[number, string, string]>(
      'INSERT OR IGNORE INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)',
    );
    const now = new Date().toISOString();
    if (!hasTable) {
      for (const { version: adopted, name } of SQLITE_MIGRATIONS.slice(0, version)) {
        record.run(adopted, name, now);
      }
    }
    for (const migration of pending) {
      db.exec(migration.sql);
      record.run(migration.version, migration.name, now);
    }
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  })();
}

/*
 * [1] Werkbord before issue 12 had versions 1 (boards, tokens, updates, document states) and 2
 *     (snapshots) in `user_version`, which are migrations 1 and 2 here.
 */
