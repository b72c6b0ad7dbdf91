/**
 * `werkbord restore <file>`: puts a backup back as the server's database. Only while no server
 * has the database open (`isInUse`: a running server holds a lock on it), because a running
 * server keeps boards in memory and would write over the restored file. The backup is checked
 * first (a whole Werkbord database of a version this server reads), copied next to the database
 * and renamed into place; a database that was there is kept beside it as
 * `werkbord.db.voor-herstel-<time>`, never deleted.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { DATABASE_FILE } from '../storage/SqliteStorage.js';
import { CliError, type DatabaseSummary, inspectDatabase, isInUse } from './databaseFile.js';

export interface RestoreResult extends DatabaseSummary {
  database: string;
  /** Where the database that was replaced now is; `null` when there was none. */
  previous: string | null;
}

export async function restoreDatabase(dataDir: string, backup: string): Promise<RestoreResult> {
  const source = resolve(backup);
  const summary = inspectDatabase(source);
  mkdirSync(dataDir, { recursive: true });
  const database = join(dataDir, DATABASE_FILE);
  if (existsSync(database) && isInUse(database)) {
    throw new CliError(
      `De database ${database} is in gebruik: er draait nog een Werkbord-server op. Stop die eerst (bijvoorbeeld "systemctl stop werkbord") en herstel dan.`,
    );
  }
  const partial = `${database}.${process.pid}.deels`;
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    await db.backup(partial);
  } catch (error) {
    rmSync(partial, { force: true });
    throw new CliError(`Het herstel is mislukt: ${(error as Error).message}`);
  } finally {
    db.close();
  }
  inspectDatabase(partial);
  let previous: string | null = null;
  if (existsSync(database)) {
    previous = `${database}.voor-herstel-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    foldWriteAheadLog(database);
    renameSync(database, previous);
  }
  for (const suffix of ['-wal', '-shm']) rmSync(`${database}${suffix}`, { force: true });
  renameSync(partial, database);
  return { ...summary, database, previous };
}

/** Writes the old database's write-ahead log into it, so the file kept aside is whole on its own. */
function foldWriteAheadLog(database: string): void {
  const db = new Database(database, { fileMustExist: true });
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
}
