/**
 * The PostgreSQL schema as migrations (see `migrations.ts`): the same tables as SQLite's, in
 * PostgreSQL's types. Document names and board ids compare byte by byte (`COLLATE "C"`), as in
 * SQLite, so a board's documents are one index range whatever the database's own collation.
 */
import type pg from 'pg';
import { migrationList, MIGRATIONS_TABLE, pendingMigrations } from './migrations.js';
import { inTransaction } from './postgresSql.js';

export const POSTGRES_MIGRATIONS = migrationList([
  `CREATE TABLE boards (
    id         TEXT COLLATE "C" PRIMARY KEY,
    werkvorm   TEXT NOT NULL,
    title      TEXT NOT NULL,
    created_at TEXT NOT NULL
  );

  CREATE TABLE tokens (
    hash     BYTEA PRIMARY KEY,
    board_id TEXT COLLATE "C" NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
    role     TEXT NOT NULL CHECK (role IN ('facilitator', 'participant', 'viewer'))
  );
  CREATE INDEX tokens_by_board ON tokens (board_id);

  CREATE TABLE updates (
    seq  BIGSERIAL PRIMARY KEY,
    doc  TEXT COLLATE "C" NOT NULL,
    data BYTEA NOT NULL
  );
  CREATE INDEX updates_by_doc ON updates (doc, seq);

  CREATE TABLE document_states (
    doc        TEXT COLLATE "C" PRIMARY KEY,
    state      BYTEA NOT NULL,
    last_seq   BIGINT NOT NULL,
    updated_at TEXT NOT NULL
  );`,

  // Written once and never modified; position orders the snapshots of one millisecond.
  `CREATE TABLE snapshots (
    id         TEXT COLLATE "C" PRIMARY KEY,
    board_id   TEXT COLLATE "C" NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
    name       TEXT NOT NULL,
    author     TEXT,
    created_at TEXT NOT NULL,
    werkvorm   TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('named', 'auto', 'restore')),
    content    BYTEA NOT NULL,
    control    BYTEA NOT NULL,
    thumbnail  BYTEA,
    size       INTEGER NOT NULL,
    position   BIGINT GENERATED ALWAYS AS IDENTITY
  );
  CREATE INDEX snapshots_by_board ON snapshots (board_id, created_at);`,

  `ALTER TABLE boards ADD COLUMN fence BIGINT NOT NULL DEFAULT 0;`,

  // A few hours valid each (`boards/joinCodes.ts`): the code's hash, the deelnemer token sealed.
  `CREATE TABLE join_codes (
    hash       BYTEA PRIMARY KEY,
    board_id   TEXT COLLATE "C" NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
    sealed     BYTEA NOT NULL,
    expires_at BIGINT NOT NULL
  );
  CREATE INDEX join_codes_by_board ON join_codes (board_id, expires_at);`,

  // SQLite's update log: PostgreSQL writes updates to `updates` directly; nothing changes.
  `SELECT 1;`,
]);

/** Any number, the same for every Werkbord: the advisory lock that serializes migrations. */
const MIGRATION_LOCK = 0x5765726b; // "Werk"

/**
 * Brings the database to the current schema in one transaction. Several processes starting
 * together wait for each other on an advisory lock; the later ones find nothing to do.
 */
export async function migratePostgres(pool: pg.Pool): Promise<void> {
  await inTransaction(pool, async (client) => {
    const { rows } = await client.query<{ encoding: string }>(
      'SELECT pg_encoding_to_char(encoding) AS encoding FROM pg_database WHERE datname = current_database()',
    );
    // Titles, names and kaarten are any Unicode text; SQL_ASCII or LATIN1 would mangle them.
    if (rows[0]?.encoding !== 'UTF8') {
      throw new Error(
        `The PostgreSQL database must use the UTF8 encoding, it uses ${rows[0]?.encoding}; create it with ENCODING 'UTF8'`,
      );
    }
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(MIGRATIONS_TABLE);
    const applied = await client.query<{ version: number }>(
      'SELECT version FROM schema_migrations',
    );
    const versions = applied.rows.map((row) => row.version);
    for (const migration of pendingMigrations(versions, POSTGRES_MIGRATIONS)) {
      await client.query(migration.sql);
      await client.query(
        'INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)',
        [migration.version, migration.name, new Date().toISOString()],
      );
    }
  });
}
