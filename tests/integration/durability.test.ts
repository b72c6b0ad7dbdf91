/**
 * Durable before visible: while the database write of an update is held back, no other client
 * gets that update, neither as a broadcast nor inside the answer to a new client's sync step 1.
 * A query-awareness round trip on the same socket is the fence: the server answers it at once,
 * so anything sent before the answer has arrived before it.
 * Likewise, no sync step is answered from a room whose stored state is still loading.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createBoard } from '../helpers/boards.js';
import { HeldStorage } from '../helpers/heldStorage.js';
import { closeRawSockets, roomUrl } from '../helpers/rawSocket.js';
import { openRawSyncClient } from '../helpers/rawSyncClient.js';
import { fetchMetrics } from '../helpers/metrics.js';
import { connectClient, destroyClients, syncedClient } from '../helpers/syncClients.js';
import { removeTestDataDirs, startTestServer, type TestServer } from '../helpers/testServer.js';
import { waitFor } from '../helpers/waitFor.js';

let storage: HeldStorage;
let server: TestServer;
let httpUrl: string;
let syncUrl: string;

beforeAll(async () => {
  server = await startTestServer(
    { WERKBORD_ROOM_UNLOAD_DELAY_MS: '0' },
    {
      storage: (config) =>
        (storage = new HeldStorage({ dataDir: config.dataDir, synchronous: 'NORMAL' })),
    },
  );
  ({ httpUrl, syncUrl } = server);
});
afterEach(() => {
  storage.release();
  destroyClients();
  closeRawSockets();
});
afterAll(async () => {
  await server.close();
  removeTestDataDirs();
});

describe('durable before visible', () => {
  it('an update is broadcast only after its write completed', async () => {
    const board = await createBoard(httpUrl);
    const writer = await syncedClient(syncUrl, board.boardId, board.tokens.participant);
    const observer = await openRawSyncClient(roomUrl(syncUrl, board.boardId, board.tokens.viewer));
    observer.sendSyncStep1();
    await observer.waitFor('sync-step-2');

    const before = observer.received.length;
    storage.hold('writes');
    writer.records.set('held', { text: 'wacht op de schijf' });
    await waitFor('the write to be held', () => storage.waiting('writes') > 0);
    observer.sendQueryAwareness();
    await observer.waitFor('awareness', before);
    expect(observer.received.slice(before).map((message) => message.kind)).not.toContain('update');

    storage.release();
    const { update } = await observer.waitFor('update', before);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, update ?? new Uint8Array());
    expect(JSON.stringify(doc.getArray('records').toJSON())).toContain('wacht op de schijf');
  });

  it("a new client's sync is answered only after the room's pending writes completed", async () => {
    const board = await createBoard(httpUrl);
    const writer = await syncedClient(syncUrl, board.boardId, board.tokens.participant);
    storage.hold('writes');
    writer.records.set('held', { text: 'nog niet opgeslagen' });
    await waitFor('the write to be held', () => storage.waiting('writes') > 0);

    const newcomer = await openRawSyncClient(roomUrl(syncUrl, board.boardId, board.tokens.viewer));
    newcomer.sendSyncStep1();
    newcomer.sendQueryAwareness();
    await newcomer.waitFor('awareness');
    expect(newcomer.received.map((message) => message.kind)).not.toContain('sync-step-2');

    storage.release();
    const { update } = await newcomer.waitFor('sync-step-2');
    const doc = new Y.Doc();
    Y.applyUpdate(doc, update ?? new Uint8Array());
    expect(JSON.stringify(doc.getArray('records').toJSON())).toContain('nog niet opgeslagen');
  });

  it('a sync step 1 is answered only after the stored state is loaded', async () => {
    const board = await createBoard(httpUrl);
    const writer = await syncedClient(syncUrl, board.boardId, board.tokens.facilitator);
    writer.records.set('stored', { text: 'uit de database' });
    await waitFor('the write', async () => (await fetchMetrics(httpUrl)).updatesStored > 0);
    writer.destroy();
    await waitFor(
      'the room to unload',
      async () => (await fetchMetrics(httpUrl)).roomsLoaded === 0,
    );

    storage.hold('loads');
    const { messagesIn } = await fetchMetrics(httpUrl);
    const reader = connectClient(syncUrl, board.boardId, board.tokens.viewer);
    await waitFor('the load to be held and the sync step 1 received', async () => {
      return storage.waiting('loads') > 0 && (await fetchMetrics(httpUrl)).messagesIn > messagesIn;
    });
    expect(reader.provider.synced).toBe(false);
    storage.release();
    await reader.synced();
    expect(reader.records.get('stored')).toEqual({ text: 'uit de database' });
  });
});
