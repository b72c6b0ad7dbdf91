#!/usr/bin/env node
/**
 * The `werkbord` command for administrators, next to the server (`main.ts`):
 *   werkbord backup <file>    a copy of the database, safe while the server runs
 *   werkbord restore <file>   puts a backup back; only while the server is stopped
 *   werkbord migrate          copies the SQLite data directory into PostgreSQL
 * The data directory and the database come from the same environment as the server's
 * (`WERKBORD_DATA_DIR`, `WERKBORD_DATABASE_URL`).
 */
import { backupDatabase } from './cli/backup.js';
import { CliError } from './cli/databaseFile.js';
import { migrateToPostgres } from './cli/migrate.js';
import { restoreDatabase } from './cli/restore.js';
import { ConfigError, loadConfig } from './config.js';

const USAGE = `Gebruik:
  werkbord backup <bestand>    maakt een back-up van de database (ook terwijl de server draait)
  werkbord restore <bestand>   zet een back-up terug (alleen als de server gestopt is)
  werkbord migrate             kopieert de SQLite-database naar PostgreSQL (WERKBORD_DATABASE_URL);
                               borden die daar al staan worden overgeslagen
De SQLite-database staat in WERKBORD_DATA_DIR (standaard ./data).`;

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

async function run(args: readonly string[]): Promise<number> {
  const [command, file, ...rest] = args;
  if (command === 'migrate' && file === undefined) {
    const { dataDir, databaseUrl } = loadConfig(process.env);
    const result = await migrateToPostgres(dataDir, databaseUrl);
    process.stdout.write(
      `Gekopieerd naar PostgreSQL: ${result.copied} borden (${result.snapshots} momentopnamen).\n` +
        (result.skipped === 0
          ? ''
          : `${result.skipped} borden stonden er al en zijn overgeslagen (niet overschreven).\n`),
    );
    return 0;
  }
  if ((command !== 'backup' && command !== 'restore') || file === undefined || rest.length > 0) {
    process.stderr.write(`${USAGE}\n`);
    return command === 'help' || command === '--help' ? 0 : 2;
  }
  const { dataDir } = loadConfig(process.env);
  if (command === 'backup') {
    const result = await backupDatabase(dataDir, file);
    process.stdout.write(
      `Back-up gemaakt: ${result.file} (${result.boards} borden, ${result.snapshots} momentopnamen, ${mib(result.bytes)}).\n`,
    );
  } else {
    const result = await restoreDatabase(dataDir, file);
    process.stdout.write(
      `Hersteld: ${result.database} (${result.boards} borden, ${result.snapshots} momentopnamen).\n` +
        (result.previous === null ? '' : `De vorige database staat nu in ${result.previous}.\n`),
    );
  }
  return 0;
}

try {
  process.exitCode = await run(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof CliError) && !(error instanceof ConfigError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 1;
}
