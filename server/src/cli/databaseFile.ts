/**
 * What the backup and restore commands need to know about a SQLite file: whether it is a
 * Werkbord database (its schema version and tables, and that it is whole), and whether a running
 * server has it open.
 */
import Database from 'better-sqlite3';
import { SCHEMA_VERSION } from '../storage/SqliteStorage.js';

export interface DatabaseSummary {
  schemaVersion: number;
  boards: number;
  snapshots: number;
}

/** Thrown with a Dutch message for the person at the command line. */
export class CliError extends Error {
  override name = 'CliError';
}

const TABLES = ['boards', 'tokens', 'updates', 'document_states'];

/** Opens `file` read-only and checks it is a whole Werkbord database of a version this server reads. */
export function inspectDatabase(file: string): DatabaseSummary {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new CliError(`${file} is niet te openen: ${(error as Error).message}`);
  }
  try {
    const check = (() => {
      try {
        return db.pragma('quick_check', { simple: true });
      } catch (error) {
        throw new CliError(`${file} is geen SQLite-database (${(error as Error).message}).`);
      }
    })();
    if (check !== 'ok') throw new CliError(`${file} is beschadigd: ${String(check)}`);
    const schemaVersion = db.pragma('user_version', { simple: true }) as number;
    const tables = new Set(
      db
        .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'")
        .all()
        .map((row) => row.name),
    );
    if (schemaVersion === 0 || !TABLES.every((table) => tables.has(table))) {
      throw new CliError(`${file} is geen Werkbord-database (tabellen of schemaversie ontbreken).`);
    }
    if (schemaVersion > SCHEMA_VERSION) {
      throw new CliError(
        `${file} komt van een nieuwere Werkbord (schemaversie ${schemaVersion}, deze versie kent tot ${SCHEMA_VERSION}).`,
      );
    }
    const count = (table: string) =>
      tables.has(table)
        ? (db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM ${table}`).get()?.n ?? 0)
        : 0;
    return { schemaVersion, boards: count('boards'), snapshots: count('snapshots') };
  } finally {
    db.close();
  }
}

/**
 * Whether another process (a running server) has `file` open. A server keeps its connection in
 * WAL mode, which holds a shared lock on the file for as long as it is open, so an exclusive
 * lock is refused at once (SQLITE_BUSY). The lock is taken in a short transaction and released.
 */
export function isInUse(file: string): boolean {
  const db = new Database(file, { fileMustExist: true, timeout: 0 });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE');
    db.exec('COMMIT');
    return false;
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_BUSY') return true;
    throw error;
  } finally {
    db.close();
  }
}
