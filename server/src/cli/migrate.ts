/**
 * `werkbord migrate`: copies a SQLite data directory (`WERKBORD_DATA_DIR`) into PostgreSQL
 * (`WERKBORD_DATABASE_URL`): boards, token hashes, documents (compacted states and updates) and
 * momentopnamen. Each board is copied in one transaction; a board the target has already is
 * skipped, never overwritten, so the command can run again after an interruption and copies
 * what is missing. The SQLite file is only read, and only while no server has it open: a
 * running server would go on writing to it after the copy.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { PostgresStorage } from '../storage/PostgresStorage.js';
import { DATABASE_FILE } from '../storage/SqliteStorage.js';
import { CliError, inspectDatabase, isInUse } from './databaseFile.js';
import { boardIds, readBoard } from './sqliteBoards.js';

export interface MigrateResult {
  /** Boards copied now. */
  copied: number;
  /** Boards the target had already: left as they were. */
  skipped: number;
  snapshots: number;
}

export async function migrateToPostgres(
  dataDir: string,
  databaseUrl: string | null,
): Promise<MigrateResult> {
  if (databaseUrl === null) {
    throw new CliError(
      'Zet WERKBORD_DATABASE_URL op de PostgreSQL-database waarheen gekopieerd wordt (postgres://gebruiker:wachtwoord@host:5432/database).',
    );
  }
  const source = join(dataDir, DATABASE_FILE);
  if (!existsSync(source)) throw new CliError(`Er is geen database in ${dataDir} (${source}).`);
  inspectDatabase(source);
  if (isInUse(source)) {
    throw new CliError(
      `De database ${source} is in gebruik: er draait nog een Werkbord-server op. Stop die eerst (bijvoorbeeld "systemctl stop werkbord") en kopieer dan.`,
    );
  }
  // Read-write like the server, so a write-ahead log left by a crash is read too; nothing is written.
  const db = new Database(source, { fileMustExist: true, timeout: 5_000 });
  const target = new PostgresStorage({ connectionString: databaseUrl, poolSize: 1 });
  const result: MigrateResult = { copied: 0, skipped: 0, snapshots: 0 };
  try {
    await target.ping().catch((error: unknown) => {
      throw new CliError(`PostgreSQL is niet bruikbaar: ${(error as Error).message}`);
    });
    for (const boardId of boardIds(db)) {
      const board = readBoard(db, boardId);
      if (board === null) continue;
      if (await target.importBoard(board)) {
        result.copied++;
        result.snapshots += board.snapshots.length;
      } else {
        result.skipped++;
      }
    }
    return result;
  } finally {
    db.close();
    await target.close();
  }
}
