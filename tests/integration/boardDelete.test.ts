/**
 * Deleting a board (AVG): only the begeleider may; connected clients are told (4410) and not
 * reconnected; every link answers 404 afterwards; and nothing of the board is left in the SQLite
 * file or its WAL, searched byte for byte.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CloseCode,
  controlRoom,
  FINAL_CLOSE_CODES,
  memberIdForKey,
  newMemberKey,
  privateRoom,
  type SnapshotInfo,
} from '@werkbord/shared';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createBoard } from '../helpers/boards.js';
import { connectClient, destroyClients, syncedClient } from '../helpers/syncClients.js';
import { removeTestDataDirs, startTestServer, type TestServer } from '../helpers/testServer.js';
import { kaartRecord } from '../helpers/records.js';
import { waitFor } from '../helpers/waitFor.js';

let server: TestServer;

beforeAll(async () => {
  // Searches the SQLite file: SQLite also when the suite runs on PostgreSQL (testServer.ts);
  // postgresServer.test.ts checks the same on PostgreSQL.
  server = await startTestServer({ WERKBORD_DATABASE_URL: '' });
});
afterEach(destroyClients);
afterAll(async () => {
  await server.close();
  removeTestDataDirs();
});

/** Whether the database file or its WAL holds these bytes anywhere. */
function storageHolds(text: string): boolean {
  const needle = Buffer.from(text, 'utf8');
  return ['werkbord.db', 'werkbord.db-wal'].some((file) => {
    const path = join(server.dataDir, file);
    return existsSync(path) && readFileSync(path).includes(needle);
  });
}

describe('deleting a board', () => {
  it('removes every trace of it and tells the connected clients', async () => {
    const keep = await createBoard(server.httpUrl, 'Blijft staan');
    const board = await createBoard(server.httpUrl, 'Wordt verwijderd');
    const secret = `Geheim-${Date.now()}-verhaal`;
    const privateSecret = `Prive-${Date.now()}-kaart`;
    const api = (path: string, token: string) =>
      `${server.httpUrl}/api/boards/${board.boardId}${path}?t=${token}`;

    const writer = await syncedClient(server.syncUrl, board.boardId, board.tokens.participant);
    const observer = await syncedClient(server.syncUrl, board.boardId, board.tokens.viewer);
    const control = await syncedClient(
      server.syncUrl,
      controlRoom(board.boardId),
      board.tokens.facilitator,
    );
    const key = newMemberKey();
    const own = await syncedClient(
      server.syncUrl,
      privateRoom(board.boardId, await memberIdForKey(key)),
      board.tokens.participant,
      { k: key },
    );
    writer.records.set('shape:k0', kaartRecord('k0', secret));
    own.records.set('shape:p0', kaartRecord('p0', privateSecret));
    await waitFor('the observer to see the card', () => observer.records.has('shape:k0'));
    await waitFor('the private card to be stored', () => storageHolds(privateSecret));
    const saved = await fetch(api('/snapshots', board.tokens.facilitator), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Voor het verwijderen' }),
    });
    expect(saved.status).toBe(201);
    const snapshot = (await saved.json()) as SnapshotInfo;
    expect(storageHolds(secret)).toBe(true);
    expect(storageHolds(board.boardId)).toBe(true);

    for (const token of [board.tokens.participant, board.tokens.viewer]) {
      const refused = await fetch(api('', token), { method: 'DELETE' });
      expect(refused.status).toBe(403);
    }

    const closes = [writer, observer, control, own].map((client) => client.nextClose());
    const deleted = await fetch(api('', board.tokens.facilitator), { method: 'DELETE' });
    expect(deleted.status).toBe(204);
    for (const close of await Promise.all(closes)) {
      expect(close.code).toBe(CloseCode.BoardDeleted);
      expect(FINAL_CLOSE_CODES.has(close.code)).toBe(true);
    }

    for (const token of Object.values(board.tokens)) {
      for (const path of ['', '/harvest', '/snapshots', `/snapshots/${snapshot.id}`]) {
        expect((await fetch(api(path, token))).status).toBe(404);
      }
    }
    const again = connectClient(server.syncUrl, board.boardId, board.tokens.facilitator);
    expect((await again.nextClose()).code).toBe(CloseCode.NotFound);

    for (const text of [board.boardId, secret, privateSecret, 'Wordt verwijderd']) {
      expect(storageHolds(text), text).toBe(false);
    }
    // The other board is untouched.
    expect(storageHolds(keep.boardId)).toBe(true);
    const other = await fetch(
      `${server.httpUrl}/api/boards/${keep.boardId}?t=${keep.tokens.viewer}`,
    );
    expect(other.status).toBe(200);
  });
});
