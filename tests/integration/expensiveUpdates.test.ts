/**
 * Updates whose cost is out of proportion are refused before they are applied: a delete set
 * naming items the board does not have, structs that build on clocks it does not have (Yjs would
 * keep both "pending", work through them on every later update and send them to every
 * newcomer), and values nested too deep to handle. The sender is asked for what it lacks (sync
 * step 1), as after any refused write, so an honest client's chain stays intact.
 */
import { CloseCode } from '@werkbord/shared';
import * as encoding from 'lib0/encoding';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SqliteStorage } from '@werkbord/server';
import { createBoard } from '../helpers/boards.js';
import { closeRawSockets, roomUrl } from '../helpers/rawSocket.js';
import { openRawSyncClient } from '../helpers/rawSyncClient.js';
import { destroyClients, syncedClient } from '../helpers/syncClients.js';
import { removeTestDataDirs, startTestServer, type TestServer } from '../helpers/testServer.js';
import { waitFor } from '../helpers/waitFor.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterEach(() => {
  destroyClients();
  closeRawSockets();
});
afterAll(async () => {
  await server.close();
  removeTestDataDirs();
});

/** A sync update message (type 0, sync type 2) carrying `update`. */
function updateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, 2);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** An update with no structs and a delete set of `ranges` one-item ranges of `client`. */
function deletionsOf(client: number, ranges: number): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0); // no structs
  encoding.writeVarUint(encoder, 1); // one client in the delete set
  encoding.writeVarUint(encoder, client);
  encoding.writeVarUint(encoder, ranges);
  for (let i = 0; i < ranges; i++) {
    encoding.writeVarUint(encoder, 1_000_000 + 2 * i); // clock
    encoding.writeVarUint(encoder, 1); // length
  }
  return encoding.toUint8Array(encoder);
}

/** An honest-looking update of another client that starts at clock `from` (a gap before it). */
function updateStartingAt(from: number): Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = 987_654;
  const array = doc.getArray<unknown>('records');
  for (let i = 0; i <= from; i++) array.push([{ key: `k${i}`, val: { i } }]);
  const before = Y.encodeStateVector(doc);
  array.push([{ key: 'na-de-gap', val: { text: 'x'.repeat(10_000) } }]);
  const all = Y.encodeStateAsUpdate(doc);
  return Y.diffUpdate(all, before);
}

/** A record whose value nests `depth` arrays deep. */
function deepUpdate(depth: number): Uint8Array {
  const doc = new Y.Doc();
  let value: unknown = 'bodem';
  for (let i = 0; i < depth; i++) value = [value];
  doc.getArray<unknown>('records').push([{ key: 'diep', val: value }]);
  return Y.encodeStateAsUpdate(doc);
}

describe('updates whose cost is out of proportion', () => {
  it('are refused, never reach storage or newcomers, and the board keeps syncing', async () => {
    const board = await createBoard(server.httpUrl);
    const writer = await syncedClient(server.syncUrl, board.boardId, board.tokens.participant);
    const reader = await syncedClient(server.syncUrl, board.boardId, board.tokens.viewer);
    const hostile = await openRawSyncClient(
      roomUrl(server.syncUrl, board.boardId, board.tokens.participant),
    );
    hostile.sendSyncStep1();
    await hostile.waitFor('sync-step-2');

    const before = hostile.received.length;
    const deletions = deletionsOf(424_242, 520_000);
    expect(deletions.length).toBeGreaterThan(1.9 * 1024 * 1024);
    hostile.ws.send(updateMessage(deletions));
    hostile.ws.send(updateMessage(updateStartingAt(50)));
    hostile.ws.send(updateMessage(deepUpdate(500)));
    // Asked for what it lacks, as any client whose update builds on something the room lacks.
    await hostile.waitFor('sync-step-1', before);

    writer.records.set('daarna', { text: 'gewoon verder' });
    await waitFor('the honest edit to arrive', () => reader.records.has('daarna'));

    // A newcomer's sync carries the board, not the hostile updates.
    const newcomer = await openRawSyncClient(
      roomUrl(server.syncUrl, board.boardId, board.tokens.viewer),
    );
    newcomer.sendSyncStep1();
    const { update, bytes } = await newcomer.waitFor('sync-step-2');
    expect(bytes).toBeLessThan(4 * 1024);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, update ?? new Uint8Array());
    expect(doc.store.pendingDs).toBeNull();
    expect(doc.store.pendingStructs).toBeNull();
    expect(
      doc
        .getArray('records')
        .toJSON()
        .map((entry) => (entry as { key: string }).key),
    ).toEqual(['daarna']);

    // The same after a restart: nothing of them was stored.
    destroyClients();
    closeRawSockets();
    server = await server.restart();
    const fresh = await syncedClient(server.syncUrl, board.boardId, board.tokens.viewer);
    expect(Y.encodeStateAsUpdate(fresh.doc).length).toBeLessThan(4 * 1024);
    expect(fresh.records.get('daarna')).toEqual({ text: 'gewoon verder' });
  });

  it('an honest client whose edit builds on one the server lacks is asked for it, and converges', async () => {
    const board = await createBoard(server.httpUrl);
    const reader = await syncedClient(server.syncUrl, board.boardId, board.tokens.viewer);
    const writer = await syncedClient(server.syncUrl, board.boardId, board.tokens.participant);
    // Two edits of one client; the server gets the second first (as if the first was lost).
    const local = new Y.Doc();
    Y.applyUpdate(local, Y.encodeStateAsUpdate(writer.doc));
    const updates: Uint8Array[] = [];
    local.on('update', (update: Uint8Array) => updates.push(update));
    local.getArray<unknown>('records').push([{ key: 'eerste', val: 1 }]);
    local.getArray<unknown>('records').push([{ key: 'tweede', val: 2 }]);
    const raw = await openRawSyncClient(
      roomUrl(server.syncUrl, board.boardId, board.tokens.participant),
    );
    raw.sendSyncStep1();
    await raw.waitFor('sync-step-2');
    const before = raw.received.length;
    raw.ws.send(updateMessage(updates[1] ?? new Uint8Array()));
    await raw.waitFor('sync-step-1', before);
    // What a stock client answers to the server's step 1: everything the server lacks.
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 0);
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarUint8Array(
      encoder,
      Y.encodeStateAsUpdate(local, Y.encodeStateVector(reader.doc)),
    );
    raw.ws.send(encoding.toUint8Array(encoder));
    await waitFor('both edits to arrive', () => reader.doc.getArray('records').length === 2);
    expect(writer.closes).toEqual([]);
  });

  it('pending data that an earlier version stored is dropped when the room loads', async () => {
    const board = await createBoard(server.httpUrl);
    const writer = await syncedClient(server.syncUrl, board.boardId, board.tokens.participant);
    writer.records.set('echt', { text: 'blijft' });
    const reader = await syncedClient(server.syncUrl, board.boardId, board.tokens.viewer);
    await waitFor('the edit to be stored', () => reader.records.has('echt'));
    destroyClients();
    await server.close();
    const storage = new SqliteStorage({ dataDir: server.dataDir, synchronous: 'NORMAL' });
    await storage.appendUpdates([
      { doc: board.boardId, update: updateStartingAt(50) },
      { doc: board.boardId, update: deletionsOf(535_353, 10_000) },
    ]);
    await storage.close();

    server = await server.restart();
    const newcomer = await openRawSyncClient(
      roomUrl(server.syncUrl, board.boardId, board.tokens.viewer),
    );
    newcomer.sendSyncStep1();
    const { update, bytes } = await newcomer.waitFor('sync-step-2');
    expect(bytes).toBeLessThan(4 * 1024);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, update ?? new Uint8Array());
    expect(doc.store.pendingStructs).toBeNull();
    expect(doc.store.pendingDs).toBeNull();
    expect(doc.getArray('records').length).toBe(1);
  });

  it('asking for the whole board again and again is paid from the byte budget', async () => {
    const tight = await startTestServer({
      WERKBORD_MAX_MESSAGE_BYTES: String(64 * 1024), // a burst of 128 KiB
      WERKBORD_MAX_BYTES_PER_SECOND: String(16 * 1024),
    });
    try {
      const board = await createBoard(tight.httpUrl);
      const writer = await syncedClient(tight.syncUrl, board.boardId, board.tokens.participant);
      writer.records.set('groot', { text: 'x'.repeat(40_000) });
      const reader = await syncedClient(tight.syncUrl, board.boardId, board.tokens.viewer);
      await waitFor('the record to be stored', () => reader.records.has('groot'));
      const asker = await openRawSyncClient(
        roomUrl(tight.syncUrl, board.boardId, board.tokens.viewer),
      );
      for (let i = 0; i < 30; i++) asker.sendSyncStep1();
      expect((await asker.closed).code).toBe(CloseCode.RateLimited);
      const answers = asker.received.filter((message) => message.kind === 'sync-step-2');
      expect(answers.length).toBeGreaterThan(0);
      expect(answers.length).toBeLessThan(10); // 30 answers would be 1.2 MB
      expect(writer.closes).toEqual([]);
    } finally {
      await tight.close();
    }
  });
});
