/**
 * `werkbord migrate`, as an administrator runs it (its own process): a SQLite data directory with
 * boards, edits, compacted documents, a private document and momentopnamen is copied into a fresh
 * PostgreSQL database; a server on that database then has the same boards, links, content and
 * momentopnamen, and goes on storing. Running it again copies nothing twice; it refuses while a
 * server has the SQLite file open, and without a database to copy to.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  memberIdForKey,
  newMemberKey,
  privateRoom,
  Role,
  type SnapshotInfo,
  type SnapshotListResponse,
} from '@werkbord/shared';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  type TestDatabase,
} from '../../server/src/storage/testing/postgresTestDatabase.js';
import { createBoard, type TestBoard } from '../helpers/boards.js';
import { kaartRecord } from '../helpers/records.js';
import { destroyClients, syncedClient } from '../helpers/syncClients.js';
import { removeTestDataDirs, startTestServer, type TestServer } from '../helpers/testServer.js';
import { waitFor } from '../helpers/waitFor.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const servers: TestServer[] = [];
const databases: TestDatabase[] = [];

afterEach(destroyClients);
afterAll(async () => {
  for (const server of servers) await server.close();
  for (const database of databases) await database.drop();
  removeTestDataDirs();
});

function migrate(
  env: Record<string, string>,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--conditions', 'source', '--import', 'tsx', 'server/src/cli.ts', 'migrate'],
      { cwd: ROOT, env: { ...process.env, ...env } },
      (error, stdout, stderr) =>
        resolve({ code: error === null ? 0 : Number(error.code ?? 1), stdout, stderr }),
    );
  });
}

async function serve(env: Record<string, string>): Promise<TestServer> {
  const server = await startTestServer({ WERKBORD_AUTO_SNAPSHOT_MINUTES: '0', ...env });
  servers.push(server);
  return server;
}

async function snapshotsOf(server: TestServer, board: TestBoard): Promise<SnapshotInfo[]> {
  const response = await fetch(
    `${server.httpUrl}/api/boards/${board.boardId}/snapshots?t=${board.tokens.viewer}`,
  );
  return ((await response.json()) as SnapshotListResponse).snapshots;
}

async function counts(db: TestDatabase) {
  const [row] = await db.query(
    `SELECT (SELECT count(*)::int FROM boards) AS boards, (SELECT count(*)::int FROM tokens) AS tokens,
       (SELECT count(*)::int FROM updates) AS updates,
       (SELECT count(*)::int FROM document_states) AS states,
       (SELECT count(*)::int FROM snapshots) AS snapshots`,
  );
  return row;
}

describe('werkbord migrate', () => {
  it('copies a SQLite data directory into PostgreSQL, once', async () => {
    // The SQLite server, with compaction after 10 updates so documents have states too.
    const sqlite = await serve({ WERKBORD_DATABASE_URL: '', WERKBORD_COMPACT_AFTER_UPDATES: '10' });
    const board = await createBoard(sqlite.httpUrl, 'Historielijn team Noord', 'historielijn');
    const other = await createBoard(sqlite.httpUrl, 'Klaagmuur 😊', 'klaag-en-jubelmuur');
    const writer = await syncedClient(sqlite.syncUrl, board.boardId, board.tokens.participant);
    for (let i = 0; i < 25; i++)
      writer.records.set(`shape:k${i}`, kaartRecord(`k${i}`, `Kaart ${i}`));
    const key = newMemberKey();
    const own = await syncedClient(
      sqlite.syncUrl,
      privateRoom(board.boardId, await memberIdForKey(key)),
      board.tokens.participant,
      { k: key },
    );
    own.records.set('shape:p0', kaartRecord('p0', 'Nog niet onthuld'));
    const watcher = await syncedClient(sqlite.syncUrl, board.boardId, board.tokens.viewer);
    await waitFor('the server to have every kaart', () => watcher.records.has('shape:k24'));
    const saved = await fetch(
      `${sqlite.httpUrl}/api/boards/${board.boardId}/snapshots?t=${board.tokens.facilitator}`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'Na de eerste ronde' }),
      },
    );
    expect(saved.status).toBe(201);
    writer.records.delete('shape:k0');
    await waitFor('the deletion to be stored', () => !watcher.records.has('shape:k0'));
    const before = await snapshotsOf(sqlite, board);
    destroyClients();

    const db = await createTestDatabase();
    databases.push(db);
    const env = { WERKBORD_DATA_DIR: sqlite.dataDir, WERKBORD_DATABASE_URL: db.url };
    const running = await migrate(env);
    expect(running.code).toBe(1);
    expect(running.stderr).toMatch(/in gebruik: er draait nog een Werkbord-server/);
    // Refused before PostgreSQL was touched at all.
    expect(await db.query("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")).toEqual(
      [],
    );
    await sqlite.close();

    const first = await migrate(env);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toBe('Gekopieerd naar PostgreSQL: 2 borden (1 momentopnamen).\n');
    const copied = await counts(db);
    expect(copied).toMatchObject({ boards: 2, tokens: 6, snapshots: 1 });
    expect(copied?.states).toBeGreaterThan(0);

    // Again: every board is there already, nothing is copied twice.
    const second = await migrate(env);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/: 0 borden .*\n2 borden stonden er al en zijn overgeslagen/);
    expect(await counts(db)).toEqual(copied);

    const pg = await serve({ WERKBORD_DATABASE_URL: db.url });
    for (const [role, token] of Object.entries(board.tokens)) {
      const info = await fetch(`${pg.httpUrl}/api/boards/${board.boardId}?t=${token}`);
      expect(await info.json()).toMatchObject({
        title: 'Historielijn team Noord',
        werkvorm: 'historielijn',
        role: role as Role,
      });
    }
    const otherInfo = await fetch(
      `${pg.httpUrl}/api/boards/${other.boardId}?t=${other.tokens.facilitator}`,
    );
    expect(await otherInfo.json()).toMatchObject({ title: 'Klaagmuur 😊', role: Role.Facilitator });
    const reader = await syncedClient(pg.syncUrl, board.boardId, board.tokens.participant);
    expect(reader.records.has('shape:k0')).toBe(false);
    for (let i = 1; i < 25; i++) {
      expect(reader.records.get(`shape:k${i}`)).toMatchObject({ props: { text: `Kaart ${i}` } });
    }
    const mine = await syncedClient(
      pg.syncUrl,
      privateRoom(board.boardId, await memberIdForKey(key)),
      board.tokens.participant,
      { k: key },
    );
    expect(mine.records.get('shape:p0')).toMatchObject({ props: { text: 'Nog niet onthuld' } });
    expect(await snapshotsOf(pg, board)).toEqual(before);

    // The copy goes on as a PostgreSQL board: new edits are stored after the copied ones.
    reader.records.set('shape:na', kaartRecord('na', 'Na de verhuizing'));
    const watcherPg = await syncedClient(pg.syncUrl, board.boardId, board.tokens.viewer);
    await waitFor('the new kaart to be stored', () => watcherPg.records.has('shape:na'));
    destroyClients();
    const restarted = await pg.restart();
    servers.push(restarted);
    const after = await syncedClient(restarted.syncUrl, board.boardId, board.tokens.viewer);
    expect(after.records.get('shape:na')).toMatchObject({ props: { text: 'Na de verhuizing' } });
    expect(after.records.get('shape:k24')).toMatchObject({ props: { text: 'Kaart 24' } });
  });

  it('asks for WERKBORD_DATABASE_URL and a SQLite database to copy', async () => {
    const sqlite = await serve({ WERKBORD_DATABASE_URL: '' });
    await sqlite.close();
    const noTarget = await migrate({
      WERKBORD_DATA_DIR: sqlite.dataDir,
      WERKBORD_DATABASE_URL: '',
    });
    expect(noTarget.code).toBe(1);
    expect(noTarget.stderr).toMatch(/Zet WERKBORD_DATABASE_URL/);
    const db = await createTestDatabase();
    databases.push(db);
    const noSource = await migrate({
      WERKBORD_DATA_DIR: `${sqlite.dataDir}/leeg`,
      WERKBORD_DATABASE_URL: db.url,
    });
    expect(noSource.code).toBe(1);
    expect(noSource.stderr).toMatch(/Er is geen database in/);
  });
});
