/**
 * Schema migrations, one idea for both back-ends: a numbered list applied in order, each one
 * recorded in the table `schema_migrations` (version, name, applied_at) in the same transaction
 * as its change, under a lock so that two processes starting together never both apply it.
 * Version N means the same tables on SQLite and on PostgreSQL; only the SQL dialect differs, so
 * each back-end gives one statement list per name below. The one exception is SQLite's update
 * log (version 5), a write buffer in front of `updates` that PostgreSQL does not need. A
 * database that records a version this list does not know comes from a newer Werkbord and is
 * refused, never written to.
 */

/** The migrations in order; version = position + 1. Append only: never change a shipped one. */
export const MIGRATION_NAMES = [
  'boards, tokens, updates and document states',
  'snapshots (momentopnamen)',
  'owner fences',
  'join codes ("Doe mee")',
  'update log (SQLite only)',
] as const;

/** The schema version of a database this Werkbord has migrated. */
export const SCHEMA_VERSION = MIGRATION_NAMES.length;

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version    INTEGER PRIMARY KEY,
  name       TEXT NOT NULL,
  applied_at TEXT NOT NULL
)`;

/** One back-end's migrations: its SQL for each of `MIGRATION_NAMES`, in the same order. */
export function migrationList(sql: readonly string[]): Migration[] {
  if (sql.length !== MIGRATION_NAMES.length) {
    throw new Error(`Expected SQL for ${MIGRATION_NAMES.length} migrations, got ${sql.length}`);
  }
  return MIGRATION_NAMES.map((name, index) => ({
    version: index + 1,
    name,
    sql: sql[index] ?? '',
  }));
}

/** The migrations still to apply to a database that has `applied`, in order. */
export function pendingMigrations(
  applied: readonly number[],
  migrations: readonly Migration[],
): Migration[] {
  const newest = Math.max(0, ...applied);
  if (newest > migrations.length) {
    throw new Error(
      `The database has schema version ${newest}, from a newer Werkbord (this one knows up to ${migrations.length}); update Werkbord first`,
    );
  }
  const done = new Set(applied);
  return migrations.filter((migration) => !done.has(migration.version));
}
