/**
 * Three built Werkbord processes on one PostgreSQL and one Redis: one owner per board whichever
 * process a client reaches, and what happens to a board when its owner is killed, shut down, or
 * paused past its lease.
 */
import { CloseCode } from '@werkbord/shared';

import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { createBoard, type TestBoard } from '../helpers/boards.js';
import { type Cluster, startCluster, type WerkbordProcess } from '../helpers/clusterProcesses.js';
import { openRawSyncClient } from '../helpers/rawSyncClient.js';
import { kaartRecord } from '../helpers/records.js';
import { destroyClients, type SyncClient, syncedClient } from '../helpers/syncClients.js';
import { waitFor } from '../helpers/waitFor.js';
import { freePort } from '../helpers/freePort.js';
import { boardRecordKeys, updateMessage } from './clusterChecks.js';

const LEASE_MS = 3_000;
let cluster: Cluster;

beforeAll(async () => {
  cluster = await startCluster({
    size: 3,
    redisUrl: inject('redisUrl'),
    env: { WERKBORD_OWNER_LEASE_MS: String(LEASE_MS) },
  });
});
afterEach(() => destroyClients());
afterAll(async () => cluster?.stop());

/** The three live processes, the board's owner first; the owner is pinned by a first client. */
async function ownedBoard(): Promise<{
  board: TestBoard;
  owner: WerkbordProcess;
  others: WerkbordProcess[];
}> {
  const live = cluster.processes.filter((werkbord) => werkbord.alive());
  const [owner, ...others] = live.slice(-3) as [WerkbordProcess, ...WerkbordProcess[]];
  const board = await createBoard(others[0]?.httpUrl ?? owner.httpUrl);
  // The first connection decides: it reaches `owner`, which takes the board. The room stays
  // loaded after it leaves (WERKBORD_ROOM_UNLOAD_DELAY_MS), and with it the lease.
  const first = await syncedClient(owner.syncUrl, board.boardId, board.tokens.participant);
  first.destroy();
  expect(await cluster.byProcessId((await cluster.ownerOf(board.boardId)) ?? '')).toBe(owner);
  return { board, owner, others };
}

const keys = (client: SyncClient) => new Set([...client.records.map.keys()]);

/** Writes a card into each client every 20 ms until stopped. */
function keepEditing(clients: SyncClient[]): () => void {
  let n = 0;
  const timer = setInterval(() => {
    clients.forEach((client, i) =>
      client.records.set(`shape:c${i}-${n}`, kaartRecord(`c${i}-${n}`, `kaart ${n}`)),
    );
    n++;
  }, 20);
  return () => clearInterval(timer);
}

describe('one owner per board, any process', () => {
  it('clients of one board on different processes converge, through its one owner', async () => {
    const { board, owner, others } = await ownedBoard();
    const clients = await Promise.all(
      [owner, ...others].map((werkbord) =>
        syncedClient(werkbord.syncUrl, board.boardId, board.tokens.participant),
      ),
    );
    clients.forEach((client, i) =>
      client.records.set(`shape:k${i}`, kaartRecord(`k${i}`, `van ${i}`)),
    );
    await waitFor('every client to have every card', () =>
      clients.every((client) => [0, 1, 2].every((i) => client.records.has(`shape:k${i}`))),
    );
    // Only the owner has the board in memory; the others carried bytes.
    expect(await cluster.byProcessId((await cluster.ownerOf(board.boardId)) ?? '')).toBe(owner);
    const stored = await boardRecordKeys(cluster.database, board.boardId);
    expect([0, 1, 2].every((i) => stored.has(`shape:k${i}`))).toBe(true);
  });

  it('kill -9 of the owner while editing: nothing any client had is lost, all are back within 10 s', async () => {
    const { board, owner, others } = await ownedBoard();
    const clients = await Promise.all(
      others.map((werkbord) =>
        syncedClient(werkbord.syncUrl, board.boardId, board.tokens.participant),
      ),
    );
    const stop = keepEditing(clients);
    await waitFor('edits to flow between the clients', () =>
      clients.every(
        (client) => [...keys(client)].filter((key) => key.startsWith('shape:c')).length > 40,
      ),
    );
    owner.signal('SIGKILL');
    await owner.exited();
    // What each client has at the moment the owner died: received from it, or its own.
    const had = new Set(clients.flatMap((client) => [...keys(client)]));
    await waitFor(
      'the clients to be back, with everything, and alike',
      () => {
        if (!clients.every((client) => client.provider.wsconnected && client.provider.synced)) {
          return false;
        }
        stop();
        const [first, ...rest] = clients.map(keys) as [Set<string>, ...Set<string>[]];
        return (
          [...had].every((key) => first.has(key)) && rest.every((other) => sameSet(other, first))
        );
      },
      { timeoutMs: 10_000 },
    );
    stop();
    const stored = await boardRecordKeys(cluster.database, board.boardId);
    expect([...had].filter((key) => !stored.has(key))).toEqual([]);
    // One owner again, and a live one.
    const newOwner = await cluster.byProcessId((await cluster.ownerOf(board.boardId)) ?? '');
    expect(others).toContain(newOwner);
    await cluster.start();
  });

  it('SIGTERM of the owner: its boards move on, the clients see only a reconnect', async () => {
    const { board, owner, others } = await ownedBoard();
    const clients = await Promise.all(
      others.map((werkbord) =>
        syncedClient(werkbord.syncUrl, board.boardId, board.tokens.participant),
      ),
    );
    const stop = keepEditing(clients);
    await waitFor('edits to flow', () => clients.every((client) => keys(client).size > 20));
    owner.signal('SIGTERM');
    await owner.exited();
    const had = new Set(clients.flatMap((client) => [...keys(client)]));
    await waitFor(
      'the clients to be back',
      () =>
        clients.every(
          (client) =>
            client.closes.length > 0 && client.provider.wsconnected && client.provider.synced,
        ),
      { timeoutMs: 15_000 },
    );
    stop();
    await waitFor('the clients to converge', () =>
      sameSet(keys(clients[0] as SyncClient), keys(clients[1] as SyncClient)),
    );
    for (const client of clients) {
      expect(client.closes.map(({ code }) => code)).toEqual([CloseCode.ServerShutdown]);
    }
    const stored = await boardRecordKeys(cluster.database, board.boardId);
    expect([...had].filter((key) => !stored.has(key))).toEqual([]);
    expect(others).toContain(
      await cluster.byProcessId((await cluster.ownerOf(board.boardId)) ?? ''),
    );
    expect(owner.output()).toContain('boards handed over');
    await cluster.start();
  });

  it('SIGTERM of a process that only forwards: its clients get a reconnect code, not a broken socket', async () => {
    const { board, owner, others } = await ownedBoard();
    const [forwarder] = others as [WerkbordProcess];
    const forwarded = await syncedClient(
      forwarder.syncUrl,
      board.boardId,
      board.tokens.participant,
    );
    const direct = await syncedClient(owner.syncUrl, board.boardId, board.tokens.participant);
    // Frames in flight both ways when the forwarder stops: its close must go between them.
    const stop = keepEditing([forwarded, direct]);
    await waitFor('edits to flow', () => keys(forwarded).size > 20 && keys(direct).size > 20);
    forwarder.signal('SIGTERM');
    await forwarder.exited();
    stop();
    expect(forwarded.closes[0]).toEqual({
      code: CloseCode.ServerShutdown,
      reason: 'server wordt herstart',
    });
    // The owner kept the board and its other client.
    expect(direct.closes).toEqual([]);
    expect(await cluster.byProcessId((await cluster.ownerOf(board.boardId)) ?? '')).toBe(owner);
    await cluster.start();
  });

  it('a stale owner, paused past its lease while another took over, writes nothing', async () => {
    const { board, owner, others } = await ownedBoard();
    const [taker] = others as [WerkbordProcess];
    // A connection straight to the owner, whose update will wait in the socket while it sleeps.
    const stale = await openRawSyncClient(
      `${owner.syncUrl}/${board.boardId}?t=${board.tokens.participant}`,
    );
    stale.sendSyncStep1();
    await stale.waitFor('sync-step-2');
    const before = await syncedClient(taker.syncUrl, board.boardId, board.tokens.participant);
    before.records.set('shape:voor', kaartRecord('voor', 'voor de pauze'));
    await waitFor('the card to be stored', async () =>
      (await boardRecordKeys(cluster.database, board.boardId)).has('shape:voor'),
    );
    before.destroy();

    owner.signal('SIGSTOP');
    try {
      // Past its lease, a client of another process makes that process the owner.
      await waitFor(
        'the lease to expire',
        async () => (await cluster.ownerOf(board.boardId)) === null,
        {
          timeoutMs: 4 * LEASE_MS,
        },
      );
      const after = await syncedClient(taker.syncUrl, board.boardId, board.tokens.participant);
      expect(await cluster.byProcessId((await cluster.ownerOf(board.boardId)) ?? '')).toBe(taker);
      after.records.set('shape:na', kaartRecord('na', 'na de overname'));
      await waitFor('the new owner to store', async () =>
        (await boardRecordKeys(cluster.database, board.boardId)).has('shape:na'),
      );
      // The sleeping owner gets an edit it will handle the moment it wakes.
      stale.ws.send(updateMessage('shape:oud', kaartRecord('oud', 'van de oude eigenaar')));
    } finally {
      owner.signal('SIGCONT');
    }
    await Promise.race([
      stale.closed,
      new Promise((_, reject) =>
        setTimeout(() => reject(new Error('the old owner kept its connection')), 10_000),
      ),
    ]);
    const stored = await boardRecordKeys(cluster.database, board.boardId);
    expect(stored.has('shape:voor')).toBe(true);
    expect(stored.has('shape:na')).toBe(true);
    expect(stored.has('shape:oud')).toBe(false);
    expect(await cluster.byProcessId((await cluster.ownerOf(board.boardId)) ?? '')).toBe(taker);
    // It noticed: its write was refused by its fence, or it gave the board up first.
    expect(owner.output()).toMatch(/StaleOwnerError|board given up/);
  });
});

describe('Redis in readiness and at start', () => {
  it('/readyz checks Redis as well as the database', async () => {
    const response = await fetch(`${cluster.processes.at(-1)?.httpUrl}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: 'ok',
      checks: { database: 'ok', redis: 'ok' },
    });
  });

  it('a process whose Redis cannot be reached does not start, and says why', async () => {
    const nobody = `redis://127.0.0.1:${await freePort()}`;
    await expect(cluster.start('zonder-redis', { WERKBORD_REDIS_URL: nobody })).rejects.toThrow(
      /Redis \(WERKBORD_REDIS_URL\) cannot be reached/,
    );
  });
});

function sameSet(a: Set<string>, b: Set<string>): boolean {
  return a.size === b.size && [...a].every((key) => b.has(key));
}
