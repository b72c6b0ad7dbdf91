/**
 * `werkbord backup <file>`: a copy of the database while the server runs. SQLite's online backup
 * API (through better-sqlite3) copies the pages a few at a time and starts over on its own when
 * the server writes meanwhile, so the copy is one consistent moment; the server is never blocked
 * for more than one step. The copy is written next to its destination and renamed when whole and
 * checked, so an interrupted backup never leaves a half file under the name.
 */
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { DATABASE_FILE } from '../storage/SqliteStorage.js';
import { CliError, type DatabaseSummary, inspectDatabase } from './databaseFile.js';

export interface BackupResult extends DatabaseSummary {
  file: string;
  bytes: number;
}

export async function backupDatabase(dataDir: string, destination: string): Promise<BackupResult> {
  const source = join(dataDir, DATABASE_FILE);
  const file = resolve(destination);
  if (!existsSync(source)) throw new CliError(`Er is geen database in ${dataDir} (${source}).`);
  if (existsSync(file)) {
    throw new CliError(
      `${file} bestaat al; kies een nieuwe naam, zodat geen back-up verloren gaat.`,
    );
  }
  inspectDatabase(source);
  const partial = `${file}.${process.pid}.deels`;
  // Read-write, like the server: a read-only connection to a WAL database may not open the shared
  // memory the server's connection uses. Nothing is written through it.
  const db = new Database(source, { fileMustExist: true, timeout: 5_000 });
  try {
    await db.backup(partial);
  } catch (error) {
    rmSync(partial, { force: true });
    throw new CliError(`De back-up is mislukt: ${(error as Error).message}`);
  } finally {
    db.close();
  }
  // One self-contained file: no write-ahead log beside it when it is copied elsewhere.
  const copy = new Database(partial);
  copy.pragma('journal_mode = DELETE');
  copy.close();
  const summary = inspectDatabase(partial);
  renameSync(partial, file);
  return { ...summary, file, bytes: statSync(file).size };
}
