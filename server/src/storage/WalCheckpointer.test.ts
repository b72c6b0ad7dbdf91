import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE, SqliteStorage } from './SqliteStorage.js';

let dataDir: string;

afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

describe('the SQLite log is checkpointed by its own thread', () => {
  it('copies committed updates into the database file while the server runs', async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'werkbord-checkpoint-'));
    const storage = new SqliteStorage({ dataDir, synchronous: 'NORMAL' });
    const file = join(dataDir, DATABASE_FILE);
    const before = statSync(file).size;
    const update = new Uint8Array(2_000).fill(7);
    for (let i = 0; i < 200; i++) await storage.appendUpdates([{ doc: `doc-${i}`, update }]);
    // Commits only append to the log; the thread copies them over within its interval.
    await expect
      .poll(() => statSync(file).size, { timeout: 10_000 })
      .toBeGreaterThan(before + 200 * 2_000);
    await storage.close();
    expect(existsSync(`${file}-wal`)).toBe(false);
  });
});
