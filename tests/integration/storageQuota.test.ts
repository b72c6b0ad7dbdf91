/**
 * Storage quotas: one link holder cannot make a board (or the disk) grow without bound. A
 * document takes nothing more once it is at its quota, a board's private documents nothing more
 * once the board is; the writer is closed with 4413. Deleting still works and frees the space.
 * And one connection cannot store faster than its byte budget (4408).
 */
import { CloseCode, memberIdForKey, newMemberKey, privateRoom } from '@werkbord/shared';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createBoard } from '../helpers/boards.js';
import { fetchMetrics } from '../helpers/metrics.js';
import { destroyClients, syncedClient } from '../helpers/syncClients.js';
import { removeTestDataDirs, startTestServer, type TestServer } from '../helpers/testServer.js';
import { waitFor } from '../helpers/waitFor.js';

const KiB = 1024;
const MiB = 1024 * KiB;
const servers: TestServer[] = [];

async function start(env: Record<string, string>): Promise<TestServer> {
  const server = await startTestServer(env);
  servers.push(server);
  return server;
}

afterEach(destroyClients);
afterAll(async () => {
  for (const server of servers) await server.close();
  removeTestDataDirs();
});

const junk = (bytes: number, mark: number) => `${mark}:${'x'.repeat(bytes)}`;

describe('storage quotas', () => {
  it('a document takes nothing more at its quota; deleting still works and frees the space', async () => {
    const server = await start({
      WERKBORD_MAX_DOCUMENT_BYTES: String(1 * MiB),
      WERKBORD_MAX_BYTES_PER_SECOND: String(256 * MiB),
    });
    const board = await createBoard(server.httpUrl);
    const hostile = await syncedClient(server.syncUrl, board.boardId, board.tokens.participant);
    const honest = await syncedClient(server.syncUrl, board.boardId, board.tokens.participant);
    for (let i = 0; i < 25; i++) hostile.records.set(`rommel-${i}`, junk(200 * KiB, i));
    expect((await hostile.nextClose()).code).toBe(CloseCode.StorageFull);
    hostile.destroy();
    const metrics = await fetchMetrics(server.httpUrl);
    expect(metrics.updatesRefusedByReason['document-full']).toBeGreaterThan(0);

    const newcomer = await syncedClient(server.syncUrl, board.boardId, board.tokens.viewer);
    const stored = Y.encodeStateAsUpdate(newcomer.doc).length;
    expect(stored).toBeLessThan(1.3 * MiB);
    expect(stored).toBeGreaterThan(0.5 * MiB);

    // Deleting is never refused; the room is compacted and the space is free again.
    const junkKeys = () =>
      [...newcomer.records.map.keys()].filter((key) => key.startsWith('rommel'));
    await waitFor('the honest client to have the junk', () =>
      junkKeys().every((key) => honest.records.has(key)),
    );
    const compactions = (await fetchMetrics(server.httpUrl)).compactions;
    honest.doc.transact(() => {
      for (const key of junkKeys()) honest.records.delete(key);
    });
    await waitFor('the deletions to arrive', () => junkKeys().length === 0);
    await waitFor(
      'the room to be compacted (at most every few seconds near a quota)',
      async () => (await fetchMetrics(server.httpUrl)).compactions > compactions,
      { timeoutMs: 12_000 },
    );
    honest.records.set('weer-ruimte', { text: 'past weer' });
    await waitFor('the new card to arrive', () => newcomer.records.has('weer-ruimte'));
    expect(honest.closes).toEqual([]);
  });

  it("private documents cannot fill the board for everyone; the board's content still takes writes", async () => {
    const server = await start({
      WERKBORD_MAX_DOCUMENT_BYTES: String(1 * MiB),
      WERKBORD_MAX_BOARD_BYTES: String(2 * MiB),
      WERKBORD_MAX_BYTES_PER_SECOND: String(256 * MiB),
    });
    const board = await createBoard(server.httpUrl);
    const codes: number[] = [];
    for (let i = 0; i < 4; i++) {
      const key = newMemberKey();
      const room = privateRoom(board.boardId, await memberIdForKey(key));
      const member = await syncedClient(server.syncUrl, room, board.tokens.participant, { k: key });
      member.records.set('privé', junk(900 * KiB, i));
      const witness = await syncedClient(server.syncUrl, room, board.tokens.participant, {
        k: key,
      });
      await waitFor(
        `private document ${i} stored or refused`,
        () => witness.records.has('privé') || member.closes.length > 0,
      );
      codes.push(member.closes[0]?.code ?? 0);
      destroyClients();
    }
    expect(codes).toEqual([0, 0, CloseCode.StorageFull, CloseCode.StorageFull]);
    expect((await fetchMetrics(server.httpUrl)).updatesRefusedByReason['board-full']).toBe(2);

    const writer = await syncedClient(server.syncUrl, board.boardId, board.tokens.participant);
    const reader = await syncedClient(server.syncUrl, board.boardId, board.tokens.viewer);
    writer.records.set('gedeeld', junk(500 * KiB, 0));
    await waitFor('the shared card to arrive', () => reader.records.has('gedeeld'));
    expect(writer.closes).toEqual([]);
  });

  it('one connection cannot store faster than its byte budget', async () => {
    const server = await start({
      WERKBORD_MAX_MESSAGE_BYTES: String(1 * MiB), // a burst of 2 MiB
      WERKBORD_MAX_BYTES_PER_SECOND: String(256 * KiB),
    });
    const board = await createBoard(server.httpUrl);
    const hostile = await syncedClient(server.syncUrl, board.boardId, board.tokens.participant);
    const other = await syncedClient(server.syncUrl, board.boardId, board.tokens.participant);
    for (let i = 0; i < 25; i++) hostile.records.set(`snel-${i}`, junk(500 * KiB, i));
    expect((await hostile.nextClose()).code).toBe(CloseCode.RateLimited);
    hostile.destroy();
    const newcomer = await syncedClient(server.syncUrl, board.boardId, board.tokens.viewer);
    expect(Y.encodeStateAsUpdate(newcomer.doc).length).toBeLessThan(3 * MiB);
    other.records.set('gewoon', { text: 'verder' });
    await waitFor('the other writer to keep syncing', () => newcomer.records.has('gewoon'));
    expect(other.closes).toEqual([]);
  });
});
