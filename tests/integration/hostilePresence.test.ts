/**
 * Presence (y-protocols awareness) from one hostile link holder: too big, too deep, for someone
 * else's client id, or claiming rights. Each test drives a raw socket (what no honest client
 * sends) next to stock y-websocket clients, and checks what the others see.
 */
import { Role } from '@werkbord/shared';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createBoard } from '../helpers/boards.js';
import { fetchMetrics } from '../helpers/metrics.js';
import { deepJson, presenceMessage } from '../helpers/presence.js';
import { closeRawSockets, roomUrl } from '../helpers/rawSocket.js';
import { openRawSyncClient, type RawSyncClient } from '../helpers/rawSyncClient.js';
import {
  connectClient,
  destroyClients,
  type SyncClient,
  syncedClient,
} from '../helpers/syncClients.js';
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

/** A raw socket on the room that has had its first sync answered. */
async function rawClient(target: TestServer, room: string, token: string, query = '') {
  const raw = await openRawSyncClient(`${roomUrl(target.syncUrl, room, token)}${query}`);
  raw.sendSyncStep1();
  await raw.waitFor('sync-step-2');
  return raw;
}

/** Sends a presence state for `clientId` through `raw` and waits until `observer` has it. */
async function fence(raw: RawSyncClient, observer: SyncClient, clientId: number, clock: number) {
  const mark = `fence-${clientId}-${clock}`;
  raw.ws.send(presenceMessage([{ clientId, clock, json: JSON.stringify({ mark }) }]));
  await waitFor(`the fence ${mark}`, () => {
    const state = observer.awareness.getStates().get(clientId) as { mark?: string } | undefined;
    return state?.mark === mark;
  });
}

/** The largest presence state `observer` has held since this was called, as JSON bytes. */
function largestState(observer: SyncClient): () => number {
  let largest = 0;
  observer.awareness.on('change', () => {
    for (const state of observer.awareness.getStates().values()) {
      largest = Math.max(largest, JSON.stringify(state).length);
    }
  });
  return () => largest;
}

describe('presence is bounded', () => {
  it('a state over the size limit reaches nobody, and asking for presence stays cheap', async () => {
    const board = await createBoard(server.httpUrl);
    const anna = await syncedClient(server.syncUrl, board.boardId, board.tokens.participant);
    anna.awareness.setLocalStateField('user', { name: 'Anna' });
    const observer = await syncedClient(server.syncUrl, board.boardId, board.tokens.viewer);
    const largest = largestState(observer);
    const raw = await rawClient(server, board.boardId, board.tokens.viewer);

    const huge = JSON.stringify({ user: { name: 'Groot' }, pad: 'x'.repeat(1024 * 1024) });
    raw.ws.send(presenceMessage([{ clientId: 4242, clock: 1, json: huge }]));
    const before = raw.received.length;
    for (let i = 0; i < 10; i++) raw.ws.send(new Uint8Array([3])); // query awareness
    await fence(raw, observer, 4343, 1);
    raw.sendSyncStep1();
    await raw.waitFor('sync-step-2', before);

    const presenceBytes = raw.received
      .slice(before)
      .filter((message) => message.kind === 'awareness')
      .reduce((sum, message) => sum + message.bytes, 0);
    expect(presenceBytes).toBeLessThan(64 * 1024);
    expect(largest()).toBeLessThan(8 * 1024);
    expect(observer.awareness.getStates().has(4242)).toBe(false);
    expect((await fetchMetrics(server.httpUrl)).presenceRefused?.size).toBeGreaterThan(0);
    expect(anna.closes).toEqual([]);
  });

  it("answers to presence queries are paid from the asker's byte budget", async () => {
    const tight = await startTestServer({
      WERKBORD_MAX_MESSAGE_BYTES: String(4 * 1024), // a burst of 8 KiB
      WERKBORD_MAX_BYTES_PER_SECOND: '1024',
    });
    try {
      const board = await createBoard(tight.httpUrl);
      const people = await Promise.all(
        ['Anna', 'Bram', 'Cas'].map(async (name) => {
          const client = await syncedClient(tight.syncUrl, board.boardId, board.tokens.participant);
          client.awareness.setLocalStateField('user', { name, note: 'x'.repeat(2_000) });
          return client;
        }),
      );
      await waitFor('everyone present', () => people[0]?.awareness.getStates().size === 3);
      const raw = await rawClient(tight, board.boardId, board.tokens.viewer);
      await raw.waitFor('awareness'); // the presence list every newcomer gets
      const before = raw.received.length;
      for (let i = 0; i < 10; i++) raw.ws.send(new Uint8Array([3]));
      raw.sendSyncStep1();
      await raw.waitFor('sync-step-2', before);

      const answered = raw.received
        .slice(before)
        .filter((message) => message.kind === 'awareness')
        .reduce((sum, message) => sum + message.bytes, 0);
      expect(answered).toBeLessThan(16 * 1024); // ten answers would be 60 KiB
      expect((await fetchMetrics(tight.httpUrl)).presenceRefused?.query).toBeGreaterThan(0);
      expect(people.flatMap((person) => person.closes)).toEqual([]);
    } finally {
      await tight.close();
    }
  });

  it('a deeply nested state is refused, and everyone who comes next can join', async () => {
    // A generous size limit, so that only the depth can refuse it.
    const log: string[] = [];
    const roomy = await startTestServer(
      { WERKBORD_MAX_PRESENCE_BYTES: String(1024 * 1024) },
      { logLines: log },
    );
    try {
      const board = await createBoard(roomy.httpUrl);
      const observer = await syncedClient(roomy.syncUrl, board.boardId, board.tokens.viewer);
      const raw = await rawClient(roomy, board.boardId, board.tokens.viewer);
      raw.ws.send(presenceMessage([{ clientId: 777, clock: 1, json: deepJson(50_000) }]));
      raw.ws.send(presenceMessage([{ clientId: 777, clock: 2, json: deepJson(50_000) }]));
      await fence(raw, observer, 778, 1);

      const joiners = Array.from({ length: 6 }, (_, i) =>
        connectClient(
          roomy.syncUrl,
          board.boardId,
          i % 2 ? board.tokens.viewer : board.tokens.participant,
        ),
      );
      await waitFor('every joiner to sync or fail', () =>
        joiners.every((joiner) => joiner.provider.synced || joiner.closes.length > 0),
      );
      expect(joiners.map((joiner) => joiner.closes)).toEqual(joiners.map(() => []));
      expect(observer.awareness.getStates().has(777)).toBe(false);
      expect((await fetchMetrics(roomy.httpUrl)).presenceRefused?.depth).toBeGreaterThan(0);
      expect(log.filter((line) => /call stack|"level":(50|60)/.test(line))).toEqual([]);
    } finally {
      await roomy.close();
    }
  });
});

describe('presence is owned', () => {
  it("a connection can neither change nor remove another client's presence", async () => {
    const board = await createBoard(server.httpUrl);
    const anna = await syncedClient(server.syncUrl, board.boardId, board.tokens.participant);
    anna.awareness.setLocalStateField('user', { name: 'Anna' });
    const observer = await syncedClient(server.syncUrl, board.boardId, board.tokens.viewer);
    await waitFor('the observer to see Anna', () =>
      observer.awareness.getStates().has(anna.doc.clientID),
    );
    const raw = await rawClient(server, board.boardId, board.tokens.viewer);

    const annaId = anna.doc.clientID;
    const forged = JSON.stringify({ user: { name: 'Nep-Anna' } });
    raw.ws.send(presenceMessage([{ clientId: annaId, clock: 1_000, json: forged }]));
    raw.ws.send(presenceMessage([{ clientId: annaId, clock: 1_001, json: 'null' }]));
    await fence(raw, observer, 5151, 1);

    const seen = observer.awareness.getStates().get(annaId) as { user?: { name?: string } };
    expect(seen?.user?.name).toBe('Anna');
    expect((await fetchMetrics(server.httpUrl)).presenceRefused?.foreign).toBeGreaterThan(0);
  });

  it('the role and the user id in presence are the server’s, not what a client claims', async () => {
    const board = await createBoard(server.httpUrl);
    const facilitator = await syncedClient(server.syncUrl, board.boardId, board.tokens.facilitator);
    facilitator.awareness.setLocalStateField('user', { id: 'begeleider-id', name: 'Bea' });
    const observer = await syncedClient(server.syncUrl, board.boardId, board.tokens.participant);
    const raw = await rawClient(server, board.boardId, board.tokens.viewer);
    const claim = { user: { id: 'begeleider-id', name: 'Bea', role: Role.Facilitator } };
    raw.ws.send(presenceMessage([{ clientId: 6161, clock: 1, json: JSON.stringify(claim) }]));

    type User = { id?: string; name?: string; role?: string };
    const userOf = (id: number) =>
      (observer.awareness.getStates().get(id) as { user?: User } | undefined)?.user;
    await waitFor(
      'the observer to see both',
      () => userOf(6161) !== undefined && userOf(facilitator.doc.clientID) !== undefined,
    );
    expect(userOf(6161)?.role).toBe(Role.Viewer);
    expect(userOf(facilitator.doc.clientID)?.role).toBe(Role.Facilitator);
    expect(userOf(6161)?.id).not.toBe(userOf(facilitator.doc.clientID)?.id);
  });

  it('a page that reconnects with its presence key takes its client id over; a stranger cannot', async () => {
    const board = await createBoard(server.httpUrl);
    const observer = await syncedClient(server.syncUrl, board.boardId, board.tokens.viewer);
    const key = 'AAAAAAAAAAAAAAAAAAAAAA';
    const url = (presenceKey: string | null) => (presenceKey === null ? '' : `&pk=${presenceKey}`);
    const state = (name: string) => JSON.stringify({ user: { name } });
    const nameOf = (id: number) =>
      (observer.awareness.getStates().get(id) as { user?: { name?: string } } | undefined)?.user
        ?.name;

    // The page's first socket, still open on the server when the page reconnects (a dead NAT).
    const first = await rawClient(server, board.boardId, board.tokens.participant, url(key));
    first.ws.send(presenceMessage([{ clientId: 9001, clock: 1, json: state('Eerste') }]));
    await waitFor('the first state', () => nameOf(9001) === 'Eerste');

    const stranger = await rawClient(server, board.boardId, board.tokens.participant, url(null));
    stranger.ws.send(presenceMessage([{ clientId: 9001, clock: 2, json: state('Vreemde') }]));
    const other = await rawClient(
      server,
      board.boardId,
      board.tokens.participant,
      url('BBBBBBBBBBBBBBBBBBBBBB'),
    );
    other.ws.send(presenceMessage([{ clientId: 9001, clock: 3, json: state('Andere') }]));
    await fence(other, observer, 9002, 1);
    expect(nameOf(9001)).toBe('Eerste');

    const second = await rawClient(server, board.boardId, board.tokens.participant, url(key));
    second.ws.send(presenceMessage([{ clientId: 9001, clock: 4, json: state('Tweede') }]));
    await waitFor('the page to take its client id over', () => nameOf(9001) === 'Tweede');
    first.ws.close();
    expect((await first.closed).code).toBe(1005);
    await fence(second, observer, 9003, 1);
    expect(nameOf(9001)).toBe('Tweede');
  });
});
