/**
 * `werkbord backup` and `werkbord restore`, the commands an administrator runs, as their own
 * processes (the CLI from its sources, like `node server/dist/cli.js`): a backup made while the
 * server serves and a client keeps editing, restored into a fresh data directory, gives a fresh
 * server with the same boards, content, momentopnamen and links. Restore refuses to run over a
 * database a running server has open, and refuses a file that is no Werkbord database.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Role, type SnapshotListResponse } from '@werkbord/shared';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createBoard, type TestBoard } from '../helpers/boards.js';
import { kaartRecord } from '../helpers/records.js';
import { destroyClients, syncedClient } from '../helpers/syncClients.js';
import { removeTestDataDirs, startTestServer, type TestServer } from '../helpers/testServer.js';
import { waitFor } from '../helpers/waitFor.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'werkbord-backup-'));
const servers: TestServer[] = [];

afterEach(() => destroyClients());
afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
  removeTestDataDirs();
  rmSync(scratch, { recursive: true, force: true });
});

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

function werkbord(dataDir: string, ...args: string[]): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--conditions', 'source', '--import', 'tsx', 'server/src/cli.ts', ...args],
      { cwd: ROOT, env: { ...process.env, WERKBORD_DATA_DIR: dataDir } },
      (error, stdout, stderr) =>
        resolve({ code: error === null ? 0 : Number(error.code ?? 1), stdout, stderr }),
    );
  });
}

async function serve(env: Record<string, string> = {}, dataDir?: string): Promise<TestServer> {
  // About the SQLite file: SQLite also when the suite runs on PostgreSQL (testServer.ts).
  const server = await startTestServer(
    { WERKBORD_DATABASE_URL: '', ...env },
    dataDir === undefined ? {} : { dataDir },
  );
  servers.push(server);
  return server;
}

async function snapshotsOf(server: TestServer, board: TestBoard) {
  const response = await fetch(
    `${server.httpUrl}/api/boards/${board.boardId}/snapshots?t=${board.tokens.viewer}`,
  );
  return ((await response.json()) as SnapshotListResponse).snapshots;
}

describe('werkbord backup and restore', () => {
  it('round trip: a backup taken while a client edits restores boards, content, momentopnamen and links', async () => {
    const live = await serve({ WERKBORD_AUTO_SNAPSHOT_MINUTES: '0' });
    const board = await createBoard(live.httpUrl, 'Historielijn team Noord', 'historielijn');
    const other = await createBoard(live.httpUrl, 'Klaagmuur', 'klaag-en-jubelmuur');
    const writer = await syncedClient(live.syncUrl, board.boardId, board.tokens.participant);
    for (let i = 0; i < 30; i++)
      writer.records.set(`shape:k${i}`, kaartRecord(`k${i}`, `Kaart ${i}`));
    // The momentopname is of what the server has: wait until all 30 have arrived there.
    const watcher = await syncedClient(live.syncUrl, board.boardId, board.tokens.viewer);
    await waitFor('the server to have every kaart', () => watcher.records.has('shape:k29'));
    const saved = await fetch(
      `${live.httpUrl}/api/boards/${board.boardId}/snapshots?t=${board.tokens.facilitator}`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'Na de eerste ronde' }),
      },
    );
    expect(saved.status).toBe(201);
    // What is on the board when the backup starts must be in it; the client goes on editing.
    const reader = await syncedClient(live.syncUrl, board.boardId, board.tokens.viewer);
    await waitFor('the cards to be stored and relayed', () => reader.records.has('shape:k29'));
    let edits = 0;
    const editing = setInterval(() => {
      writer.records.set(`shape:n${edits}`, kaartRecord(`n${edits}`, `Nieuw ${edits}`));
      edits++;
    }, 5);

    const backupFile = join(scratch, 'werkbord-backup.db');
    const backup = await werkbord(live.dataDir, 'backup', backupFile);
    clearInterval(editing);
    expect(backup.stderr).toBe('');
    expect(backup.code).toBe(0);
    expect(backup.stdout).toMatch(
      /^Back-up gemaakt: .*werkbord-backup\.db \(2 borden, 1 momentopnamen,/,
    );
    expect(edits).toBeGreaterThan(0);

    // A backup never overwrites an earlier one.
    const again = await werkbord(live.dataDir, 'backup', backupFile);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/bestaat al/);

    const freshDir = mkdtempSync(join(scratch, 'fresh-'));
    const restore = await werkbord(freshDir, 'restore', backupFile);
    expect(restore.stderr).toBe('');
    expect(restore.code).toBe(0);
    expect(restore.stdout).toMatch(/^Hersteld: .*werkbord\.db \(2 borden, 1 momentopnamen\)\.\n$/);

    const fresh = await serve({ WERKBORD_AUTO_SNAPSHOT_MINUTES: '0' }, freshDir);
    for (const [role, token] of Object.entries(board.tokens)) {
      const info = await fetch(`${fresh.httpUrl}/api/boards/${board.boardId}?t=${token}`);
      expect(info.status).toBe(200);
      expect(await info.json()).toMatchObject({
        title: 'Historielijn team Noord',
        werkvorm: 'historielijn',
        role: role as Role,
      });
    }
    const otherInfo = await fetch(
      `${fresh.httpUrl}/api/boards/${other.boardId}?t=${other.tokens.facilitator}`,
    );
    expect(await otherInfo.json()).toMatchObject({ title: 'Klaagmuur', role: Role.Facilitator });
    const restored = await syncedClient(fresh.syncUrl, board.boardId, board.tokens.viewer);
    for (let i = 0; i < 30; i++) {
      expect(restored.records.get(`shape:k${i}`)).toMatchObject({ props: { text: `Kaart ${i}` } });
    }
    const snapshots = await snapshotsOf(fresh, board);
    expect(snapshots.map((snapshot) => snapshot.name)).toEqual(['Na de eerste ronde']);
    const snapshot = await fetch(
      `${fresh.httpUrl}/api/boards/${board.boardId}/snapshots/${snapshots[0]?.id}/harvest?t=${board.tokens.viewer}`,
    );
    expect(snapshot.status).toBe(200);
    expect(JSON.stringify(await snapshot.json())).toContain('Kaart 29');
  });

  it('refuses to restore over the database of a running server, and leaves it alone', async () => {
    const live = await serve();
    const board = await createBoard(live.httpUrl);
    const backupFile = join(scratch, 'running.db');
    expect((await werkbord(live.dataDir, 'backup', backupFile)).code).toBe(0);
    // Only `stat`, never open: opening and closing the file in this process (the server's) would
    // drop the server's POSIX locks on it, the very locks that tell the CLI the server runs.
    const database = join(live.dataDir, 'werkbord.db');
    // The checkpointer thread copies the log into the file every 500 ms: compare once it has
    // copied all of it (the size holds over a checkpoint), or its work reads as the restore's.
    let seen = { size: 0, at: 0 };
    await waitFor(
      'the log to be checkpointed',
      () => {
        const { size } = statSync(database);
        if (size !== seen.size) seen = { size, at: Date.now() };
        return size > 4096 && Date.now() - seen.at > 1_200;
      },
      { timeoutMs: 15_000, intervalMs: 100 },
    );
    const before = statSync(database);

    const restore = await werkbord(live.dataDir, 'restore', backupFile);
    expect(restore.code).toBe(1);
    expect(restore.stderr).toMatch(/in gebruik: er draait nog een Werkbord-server.*Stop die eerst/);
    expect(statSync(database)).toMatchObject({ ino: before.ino, size: before.size });
    const info = await fetch(
      `${live.httpUrl}/api/boards/${board.boardId}?t=${board.tokens.viewer}`,
    );
    expect(info.status).toBe(200);

    // Stopped, the same restore runs and keeps the database it replaces.
    await live.close();
    const stopped = await werkbord(live.dataDir, 'restore', backupFile);
    expect(stopped.code).toBe(0);
    const kept = /De vorige database staat nu in (.+)\.\n/.exec(stopped.stdout)?.[1];
    expect(kept !== undefined && existsSync(kept)).toBe(true);
  });

  it('refuses a file that is no Werkbord database, and a command it does not know', async () => {
    const dataDir = mkdtempSync(join(scratch, 'data-'));
    const text = join(scratch, 'notes.txt');
    writeFileSync(text, 'dit is geen database');
    const notSqlite = await werkbord(dataDir, 'restore', text);
    expect(notSqlite.code).toBe(1);
    expect(notSqlite.stderr).toMatch(/geen SQLite-database|niet te openen/);

    const other = join(scratch, 'other.db');
    // A SQLite database of another program (made with the server package's better-sqlite3).
    execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import Database from 'better-sqlite3'; new Database(${JSON.stringify(other)}).exec('CREATE TABLE boards (x)');`,
      ],
      { cwd: join(ROOT, 'server') },
    );
    const foreign = await werkbord(dataDir, 'restore', other);
    expect(foreign.code).toBe(1);
    expect(foreign.stderr).toMatch(/geen Werkbord-database/);
    expect(existsSync(join(dataDir, 'werkbord.db'))).toBe(false);

    const usage = await werkbord(dataDir, 'copy', 'x');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/werkbord backup <bestand>/);
  });
});
