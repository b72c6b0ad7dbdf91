/**
 * Werkbord on PostgreSQL (`WERKBORD_DATABASE_URL`), in the gate: the key flows of a session end to
 * end with stock y-websocket clients, on a fresh database of the tests' private cluster. A board
 * is made, edited (content and a private document), kept across a restart, saved as a
 * momentopname and restored, and deleted: then no row of it is left and VACUUM ran. The whole
 * integration suite also runs on PostgreSQL when the test run has `WERKBORD_DATABASE_URL` set
 * (see `tests/helpers/testServer.ts`).
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import {
  CloseCode,
  memberIdForKey,
  newMemberKey,
  privateRoom,
  type RestoreSnapshotResponse,
  type SnapshotInfo,
} from '@werkbord/shared';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  type TestDatabase,
} from '../../server/src/storage/testing/postgresTestDatabase.js';
import { createBoard } from '../helpers/boards.js';
import { kaartRecord } from '../helpers/records.js';
import { destroyClients, syncedClient } from '../helpers/syncClients.js';
import { removeTestDataDirs, startTestServer, type TestServer } from '../helpers/testServer.js';
import { waitFor } from '../helpers/waitFor.js';

const servers: TestServer[] = [];
const databases: TestDatabase[] = [];

afterEach(destroyClients);
afterAll(async () => {
  for (const server of servers) await server.close();
  for (const database of databases) await database.drop();
  removeTestDataDirs();
});

/** Rows that name the board, in every table that can hold a trace of it. */
async function rowsOf(db: TestDatabase, boardId: string): Promise<Record<string, number>> {
  const [row] = await db.query<Record<string, number>>(
    `SELECT
       (SELECT count(*)::int FROM boards WHERE id = $1) AS boards,
       (SELECT count(*)::int FROM tokens WHERE board_id = $1) AS tokens,
       (SELECT count(*)::int FROM updates WHERE doc LIKE $1 || '%') AS updates,
       (SELECT count(*)::int FROM document_states WHERE doc LIKE $1 || '%') AS states,
       (SELECT count(*)::int FROM snapshots WHERE board_id = $1) AS snapshots`,
    [boardId],
  );
  return row ?? {};
}

describe('Werkbord on PostgreSQL', () => {
  it('makes, edits, reloads, saves, restores and deletes a board, all of it in PostgreSQL', async () => {
    const db = await createTestDatabase();
    databases.push(db);
    let server = await startTestServer({
      WERKBORD_DATABASE_URL: db.url,
      WERKBORD_AUTO_SNAPSHOT_MINUTES: '0',
      WERKBORD_COMPACT_AFTER_UPDATES: '10',
    });
    servers.push(server);
    const ready = await fetch(`${server.httpUrl}/readyz`);
    expect(await ready.json()).toEqual({ status: 'ok', checks: { database: 'ok' } });

    const board = await createBoard(server.httpUrl, 'Buurtteam Oost 🏘️', 'klaag-en-jubelmuur');
    const api = (path: string, token: string) =>
      `${server.httpUrl}/api/boards/${board.boardId}${path}?t=${token}`;
    const writer = await syncedClient(server.syncUrl, board.boardId, board.tokens.participant);
    for (let i = 0; i < 12; i++)
      writer.records.set(`shape:k${i}`, kaartRecord(`k${i}`, `Kaart ${i}`));
    const key = newMemberKey();
    const own = await syncedClient(
      server.syncUrl,
      privateRoom(board.boardId, await memberIdForKey(key)),
      board.tokens.participant,
      { k: key },
    );
    own.records.set('shape:p0', kaartRecord('p0', 'Alleen voor mij'));
    const watcher = await syncedClient(server.syncUrl, board.boardId, board.tokens.viewer);
    await waitFor('the watcher to see every kaart', () => watcher.records.has('shape:k11'));
    await waitFor('the private kaart to be stored', async () => {
      const { updates = 0, states = 0 } = await rowsOf(db, `${board.boardId}.private.`);
      return updates + states > 0;
    });

    const saved = await fetch(api('/snapshots', board.tokens.facilitator), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Na de eerste ronde' }),
    });
    expect(saved.status).toBe(201);
    const snapshot = (await saved.json()) as SnapshotInfo;
    for (let i = 0; i < 6; i++) writer.records.delete(`shape:k${i}`);
    await waitFor('the watcher to see the deletions', () => !watcher.records.has('shape:k5'));
    destroyClients();

    // A reload of everything: a new server process state on the same database.
    server = await server.restart();
    servers.push(server);
    const reader = await syncedClient(server.syncUrl, board.boardId, board.tokens.viewer);
    expect(reader.records.has('shape:k5')).toBe(false);
    expect(reader.records.get('shape:k6')).toMatchObject({ props: { text: 'Kaart 6' } });
    const listed = await fetch(api('/snapshots', board.tokens.viewer));
    expect(((await listed.json()) as { snapshots: SnapshotInfo[] }).snapshots).toEqual([snapshot]);

    const restored = await fetch(
      api(`/snapshots/${snapshot.id}/restore`, board.tokens.facilitator),
      {
        method: 'POST',
      },
    );
    expect(restored.status).toBe(200);
    expect(((await restored.json()) as RestoreSnapshotResponse).restored).toBe(snapshot.id);
    await waitFor('the reader to see the restored kaarten', () => reader.records.has('shape:k0'));

    const rows = await rowsOf(db, board.boardId);
    expect(rows).toMatchObject({ boards: 1, tokens: 3, snapshots: 2 });
    // Stored in PostgreSQL only: no SQLite file was made.
    expect(existsSync(join(server.dataDir, 'werkbord.db'))).toBe(false);

    const closed = reader.nextClose();
    const deleted = await fetch(api('', board.tokens.facilitator), { method: 'DELETE' });
    expect(deleted.status).toBe(204);
    expect((await closed).code).toBe(CloseCode.BoardDeleted);
    expect((await fetch(api('', board.tokens.facilitator))).status).toBe(404);
    expect(await rowsOf(db, board.boardId)).toEqual({
      boards: 0,
      tokens: 0,
      updates: 0,
      states: 0,
      snapshots: 0,
    });
    const vacuumed = await db.query<{ relname: string }>(
      `SELECT relname FROM pg_stat_user_tables WHERE vacuum_count > 0 ORDER BY relname`,
    );
    expect(vacuumed.map((table) => table.relname)).toEqual([
      'boards',
      'document_states',
      'join_codes',
      'snapshots',
      'tokens',
      'updates',
    ]);
  });

  it('does not start when the database cannot be reached, and says why', async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const address = probe.address();
        probe.close(() => resolve(typeof address === 'object' && address ? address.port : 1));
      });
    });
    await expect(
      startTestServer({
        WERKBORD_DATABASE_URL: `postgres://werkbord:geheim@127.0.0.1:${port}/werkbord`,
      }),
    ).rejects.toThrow(/ECONNREFUSED/);
  });
});
