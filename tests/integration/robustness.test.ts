import { CloseCode } from '@werkbord/shared';
import * as encoding from 'lib0/encoding';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createBoard, type TestBoard } from '../helpers/boards.js';
import { closeRawSockets, openRawSocket, roomUrl } from '../helpers/rawSocket.js';
import { fetchMetrics } from '../helpers/metrics.js';
import { destroyClients, type SyncClient, syncedClient } from '../helpers/syncClients.js';
import { removeTestDataDirs, startTestServer, type TestServer } from '../helpers/testServer.js';
import { waitFor } from '../helpers/waitFor.js';

const MAX_MESSAGE_BYTES = 64 * 1024;

let server: TestServer;
let limited: TestServer;

beforeAll(async () => {
  server = await startTestServer({ WERKBORD_MAX_MESSAGE_BYTES: String(MAX_MESSAGE_BYTES) });
  limited = await startTestServer({
    WERKBORD_MAX_MESSAGES_PER_SECOND: '5',
    WERKBORD_MESSAGE_BURST: '10',
    WERKBORD_MAX_CLIENTS_PER_ROOM: '2',
  });
});
afterEach(() => {
  destroyClients();
  closeRawSockets();
});
afterAll(async () => {
  await server.close();
  await limited.close();
  removeTestDataDirs();
});

function bytes(build: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  build(encoder);
  return encoding.toUint8Array(encoder);
}

/** Two boards, two synced clients on each, to show that everyone else keeps working. */
async function bystanders(
  target: TestServer,
): Promise<{ board: TestBoard; pairs: SyncClient[][] }> {
  const board = await createBoard(target.httpUrl);
  const other = await createBoard(target.httpUrl);
  const pairs: SyncClient[][] = [];
  for (const { boardId, tokens } of [board, other]) {
    pairs.push([
      await syncedClient(target.syncUrl, boardId, tokens.facilitator),
      await syncedClient(target.syncUrl, boardId, tokens.participant),
    ]);
  }
  return { board, pairs };
}

async function expectStillSyncing(pairs: SyncClient[][], key: string): Promise<void> {
  for (const [writer, reader] of pairs) {
    writer?.records.set(key, { ok: true });
    await waitFor(`${key} to reach the other client`, () => reader?.records.has(key) === true);
    expect(writer?.closes).toEqual([]);
    expect(reader?.closes).toEqual([]);
  }
}

const malformed: Array<[string, Uint8Array | string]> = [
  ['random bytes', new Uint8Array([0xff, 0xff, 0xff, 0x7f, 0x01])],
  ['an unknown message type', new Uint8Array([9])],
  ['a sync message with a truncated body', new Uint8Array([0, 2, 40, 1, 2])],
  [
    'an update whose Yjs content cannot be decoded',
    bytes((e) => {
      encoding.writeVarUint(e, 0);
      encoding.writeVarUint(e, 2);
      encoding.writeVarUint8Array(e, new Uint8Array([1, 2, 3, 4, 5]));
    }),
  ],
  [
    'an awareness update with broken JSON',
    bytes((e) => {
      encoding.writeVarUint(e, 1);
      encoding.writeVarUint8Array(
        e,
        bytes((inner) => {
          encoding.writeVarUint(inner, 1);
          encoding.writeVarUint(inner, 12345);
          encoding.writeVarUint(inner, 1);
          encoding.writeVarString(inner, '{niet: json');
        }),
      );
    }),
  ],
  ['a text frame', 'hallo'],
];

describe('misbehaving connections are closed alone', () => {
  it.each(malformed)('%s closes only that connection with 4400', async (_name, message) => {
    const { board, pairs } = await bystanders(server);
    const raw = await openRawSocket(
      roomUrl(server.syncUrl, board.boardId, board.tokens.participant),
    );
    raw.ws.send(message);
    expect((await raw.closed).code).toBe(CloseCode.MalformedMessage);
    await expectStillSyncing(pairs, 'after-malformed');
    expect((await fetch(`${server.httpUrl}/healthz`)).status).toBe(200);
  });

  it('an oversized message closes only that connection (1009)', async () => {
    const { board, pairs } = await bystanders(server);
    const raw = await openRawSocket(
      roomUrl(server.syncUrl, board.boardId, board.tokens.participant),
    );
    raw.ws.send(new Uint8Array(MAX_MESSAGE_BYTES + 1));
    expect((await raw.closed).code).toBe(1009);
    await expectStillSyncing(pairs, 'after-oversized');
  });

  it('a message just under the size limit is accepted', async () => {
    const { pairs } = await bystanders(server);
    const [writer, reader] = pairs[0] ?? [];
    writer?.records.set('big', { text: 'x'.repeat(MAX_MESSAGE_BYTES - 1024) });
    await waitFor('the big record to arrive', () => reader?.records.has('big') === true);
    expect(writer?.closes).toEqual([]);
  });

  it('a connection above the message rate is closed with 4408; others keep syncing', async () => {
    const board = await createBoard(limited.httpUrl);
    const other = await createBoard(limited.httpUrl);
    const writer = await syncedClient(limited.syncUrl, board.boardId, board.tokens.facilitator);
    const reader = await syncedClient(limited.syncUrl, other.boardId, other.tokens.facilitator);
    const readerSameRoom = await syncedClient(limited.syncUrl, other.boardId, other.tokens.viewer);
    const raw = await openRawSocket(roomUrl(limited.syncUrl, board.boardId, board.tokens.viewer));
    for (let i = 0; i < 30; i++) raw.ws.send(new Uint8Array([3]));
    expect((await raw.closed).code).toBe(CloseCode.RateLimited);

    reader.records.set('still', { ok: true });
    await waitFor('the other room to keep syncing', () => readerSameRoom.records.has('still'));
    expect(writer.closes).toEqual([]);
  });

  it('a room at its client limit closes the next connection with 4429', async () => {
    const board = await createBoard(limited.httpUrl);
    const first = await syncedClient(limited.syncUrl, board.boardId, board.tokens.participant);
    await syncedClient(limited.syncUrl, board.boardId, board.tokens.viewer);
    const raw = await openRawSocket(roomUrl(limited.syncUrl, board.boardId, board.tokens.viewer));
    expect((await raw.closed).code).toBe(CloseCode.RoomFull);
    expect(first.closes).toEqual([]);
  });

  it('a peer that stops answering pings is dropped; a live one stays', async () => {
    const pinging = await startTestServer({ WERKBORD_PING_INTERVAL_MS: '100' });
    try {
      const board = await createBoard(pinging.httpUrl);
      const url = roomUrl(pinging.syncUrl, board.boardId, board.tokens.viewer);
      const live = await openRawSocket(url);
      const dead = await openRawSocket(url, { autoPong: false });
      expect((await dead.closed).code).toBe(1006);
      expect(live.ws.readyState).toBe(live.ws.OPEN);
    } finally {
      await pinging.close();
    }
  });
  it('a connection that stops reading is dropped before its backlog grows past the limit', async () => {
    const buffered = await startTestServer({
      WERKBORD_MAX_BUFFERED_BYTES: String(4 * 1024 * 1024),
    });
    try {
      const board = await createBoard(buffered.httpUrl);
      const writer = await syncedClient(buffered.syncUrl, board.boardId, board.tokens.participant);
      const reader = await syncedClient(buffered.syncUrl, board.boardId, board.tokens.viewer);
      const stalled = await openRawSocket(
        roomUrl(buffered.syncUrl, board.boardId, board.tokens.viewer),
      );
      stalled.ws.pause(); // stops reading: the kernel's buffers fill, then the server's

      // 30 updates of 500 kB each: far more than the loopback socket buffers and the limit hold.
      const chunk = 'x'.repeat(50_000);
      for (let batch = 0; batch < 30; batch++) {
        writer.doc.transact(() => {
          for (let i = 0; i < 10; i++) writer.records.set(`big-${batch * 10 + i}`, chunk);
        });
      }
      await waitFor('the last update to reach the reader', () => reader.records.has('big-299'), {
        timeoutMs: 15_000,
      });
      expect((await fetchMetrics(buffered.httpUrl)).slowConnectionsDropped).toBe(1);
      expect(writer.closes).toEqual([]);
      expect(reader.closes).toEqual([]);
    } finally {
      await buffered.close();
    }
  });
});
