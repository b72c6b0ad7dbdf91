/**
 * Redis or PostgreSQL going away while a session runs, for one process of two (through a TCP
 * proxy that cuts it off, `helpers/tcpProxy.ts`), and Redis losing its data: clear errors, and
 * nothing a client had is lost.
 * The board's owner stops writing before its lease could be another's; what cannot be stored is
 * refused, and the clients, told so by a close code they reconnect after, bring it back.
 */
import { ApiErrorCode, CloseCode } from '@werkbord/shared';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { createBoard, type TestBoard } from '../helpers/boards.js';
import { type Cluster, startCluster, type WerkbordProcess } from '../helpers/clusterProcesses.js';
import { responseProblems } from '../helpers/openApiValidator.js';
import { kaartRecord } from '../helpers/records.js';
import { destroyClients, type SyncClient, syncedClient } from '../helpers/syncClients.js';
import { startTcpProxy, type TcpProxy } from '../helpers/tcpProxy.js';
import { waitFor } from '../helpers/waitFor.js';
import { boardRecordKeys } from './clusterChecks.js';

const LEASE_MS = 3_000;
/** Close codes a client reconnects after without an error to show. */
const RECONNECT_CODES: readonly number[] = [CloseCode.ServerShutdown, CloseCode.Unavailable];
/** What the relay sends when a write could not be stored. */
const STORE_FAILED = { code: 1011, reason: 'opslag mislukt' };

let cluster: Cluster;
let redisProxy: TcpProxy;
let databaseProxy: TcpProxy;
/** Reaches Redis and PostgreSQL directly. */
let direct: WerkbordProcess;
/** Reaches both through the proxies. */
let proxied: WerkbordProcess;

beforeAll(async () => {
  const redisUrl = new URL(inject('redisUrl'));
  redisProxy = await startTcpProxy(redisUrl.hostname, Number(redisUrl.port));
  cluster = await startCluster({
    size: 1,
    redisUrl: redisUrl.href,
    env: { WERKBORD_OWNER_LEASE_MS: String(LEASE_MS) },
  });
  const databaseUrl = new URL(cluster.database.url);
  databaseProxy = await startTcpProxy(databaseUrl.hostname, Number(databaseUrl.port));
  const viaProxy = new URL(databaseUrl);
  viaProxy.port = String(databaseProxy.port);
  direct = cluster.processes[0] as WerkbordProcess;
  proxied = await cluster.start('achter-proxy', {
    WERKBORD_REDIS_URL: `redis://127.0.0.1:${redisProxy.port}`,
    WERKBORD_DATABASE_URL: viaProxy.href,
  });
});
afterEach(() => {
  destroyClients();
  redisProxy.restore();
  databaseProxy.restore();
});
afterAll(async () => {
  await cluster?.stop();
  await redisProxy?.close();
  await databaseProxy?.close();
});

/** A board owned by the proxied process, with a client on each process, both editing. */
async function sessionOnProxied(): Promise<{
  board: TestBoard;
  clients: [SyncClient, SyncClient];
  stop: () => void;
}> {
  const board = await createBoard(direct.httpUrl);
  const onProxied = await syncedClient(proxied.syncUrl, board.boardId, board.tokens.participant);
  expect(await cluster.byProcessId((await cluster.ownerOf(board.boardId)) ?? '')).toBe(proxied);
  const onDirect = await syncedClient(direct.syncUrl, board.boardId, board.tokens.participant);
  const clients: [SyncClient, SyncClient] = [onProxied, onDirect];
  let n = 0;
  const timer = setInterval(() => {
    clients.forEach((client, i) =>
      client.records.set(`shape:c${i}-${n}`, kaartRecord(`c${i}-${n}`, `kaart ${n}`)),
    );
    n++;
  }, 20);
  await waitFor('edits to flow between the clients', () =>
    clients.every((client) => keys(client).size > 20),
  );
  return { board, clients, stop: () => clearInterval(timer) };
}

const keys = (client: SyncClient) => new Set([...client.records.map.keys()]);
const back = (client: SyncClient) => client.provider.wsconnected && client.provider.synced;

/** The clients are back, alike, and PostgreSQL has everything any of them had. */
async function everythingStored(
  board: TestBoard,
  clients: SyncClient[],
  had: Set<string>,
): Promise<void> {
  await waitFor('the clients to be back and alike', () => {
    if (!clients.every(back)) return false;
    const [first, ...rest] = clients.map(keys) as [Set<string>, ...Set<string>[]];
    return [...had].every((key) => first.has(key)) && rest.every((other) => sameSet(other, first));
  });
  await waitFor('everything to be stored', async () => {
    const stored = await boardRecordKeys(cluster.database, board.boardId);
    return [...had].every((key) => stored.has(key));
  });
}

describe('Redis cut off from the owner', () => {
  it('it gives the board up before its lease expires, refuses clearly meanwhile, and nothing is lost', async () => {
    const { board, clients, stop } = await sessionOnProxied();
    const [onProxied, onDirect] = clients;
    redisProxy.cut('silent');
    // The lease expires in Redis; a newcomer on the other process takes the board right away.
    await waitFor(
      'the lease to expire',
      async () => {
        const owner = await cluster.ownerOf(board.boardId);
        return owner === null || (await cluster.byProcessId(owner)) !== proxied;
      },
      { timeoutMs: 3 * LEASE_MS },
    );
    const newcomer = await syncedClient(direct.syncUrl, board.boardId, board.tokens.participant);
    expect(await cluster.byProcessId((await cluster.ownerOf(board.boardId)) ?? '')).toBe(direct);

    // While it cannot reach Redis, the cut-off process answers board calls with a clear 503...
    const answer = await fetch(
      `${proxied.httpUrl}/api/boards/${board.boardId}/harvest?t=${board.tokens.participant}`,
    );
    expect(answer.status).toBe(503);
    expect(answer.headers.get('retry-after')).toBe('1');
    const body = new Uint8Array(await answer.arrayBuffer());
    expect(JSON.parse(new TextDecoder().decode(body))).toMatchObject({
      error: ApiErrorCode.Unavailable,
    });
    const problems = responseProblems({
      method: 'GET',
      url: new URL(answer.url),
      status: answer.status,
      headers: answer.headers,
      body,
    });
    expect(problems).toEqual([]);
    // ...and its sockets with a close code and reason the client can show.
    await waitFor(
      'the cut-off process to refuse its client',
      () => onProxied.closes.some(({ code }) => code === CloseCode.Unavailable),
      { timeoutMs: 4 * LEASE_MS },
    );
    expect(onProxied.closes.find(({ code }) => code === CloseCode.Unavailable)?.reason).toBe(
      'bord even niet bereikbaar',
    );

    redisProxy.restore();
    const had = new Set([...clients, newcomer].flatMap((client) => [...keys(client)]));
    await waitFor('the clients to be back', () => clients.every(back), { timeoutMs: 4 * LEASE_MS });
    stop();
    await everythingStored(board, [onProxied, onDirect, newcomer], had);
    // It stopped writing in time: PostgreSQL's fence refused none of its writes, and no client
    // saw a failed write.
    expect(proxied.output()).not.toMatch(/StaleOwnerError[^\n]*PostgresStorage/);
    expect(proxied.output()).toContain('its lease could not be renewed in time');
    for (const client of clients) {
      expect(client.closes.length).toBeGreaterThan(0);
      expect(client.closes.filter(({ code }) => !RECONNECT_CODES.includes(code))).toEqual([]);
    }
    expect(await cluster.byProcessId((await cluster.ownerOf(board.boardId)) ?? '')).toBe(direct);
  });
});

describe('Redis restarted without its data', () => {
  it('the next owner still gets a fence above the last one, and nothing is lost', async () => {
    const { board, clients, stop } = await sessionOnProxied();
    const before = await storedFence(board.boardId);
    await cluster.redis.flushall();
    // A newcomer on the other process finds the board free and takes it, while its owner still
    // holds it until its next renewal finds the lease gone.
    const newcomer = await syncedClient(direct.syncUrl, board.boardId, board.tokens.participant);
    expect(await storedFence(board.boardId)).toBeGreaterThan(before);
    await waitFor('the old owner to let the board go', () =>
      clients.every((client) => client.closes.length > 0),
    );
    const had = new Set([...clients, newcomer].flatMap((client) => [...keys(client)]));
    await waitFor('the clients to be back', () => clients.every(back), { timeoutMs: 4 * LEASE_MS });
    stop();
    await everythingStored(board, [...clients, newcomer], had);
    expect(await cluster.ownerOf(board.boardId)).not.toBeNull();
  });
});

describe('PostgreSQL gone for the owner', () => {
  it('writes are refused with a close the clients reconnect after; once it is back nothing is lost', async () => {
    const { board, clients, stop } = await sessionOnProxied();
    databaseProxy.cut('refuse');
    // The next write fails: every client of the board is told, none of it was broadcast.
    await waitFor(
      'the clients to be told that storing failed',
      () =>
        clients.every((client) =>
          client.closes.some(
            ({ code, reason }) => code === STORE_FAILED.code && reason === STORE_FAILED.reason,
          ),
        ),
      { timeoutMs: 15_000 },
    );
    // Meanwhile the clients keep editing offline and keep knocking.
    await waitFor('a few more edits offline', () =>
      clients.every((client) => keys(client).size > 60),
    );
    databaseProxy.restore();
    await waitFor('the clients to be back', () => clients.every(back), { timeoutMs: 20_000 });
    stop();
    const had = new Set(clients.flatMap((client) => [...keys(client)]));
    await everythingStored(board, clients, had);
  });
});

async function storedFence(boardId: string): Promise<bigint> {
  const [row] = await cluster.database.query<{ fence: string }>(
    'SELECT fence FROM boards WHERE id = $1',
    [boardId],
  );
  return BigInt(row?.fence ?? -1);
}

function sameSet(a: Set<string>, b: Set<string>): boolean {
  return a.size === b.size && [...a].every((key) => b.has(key));
}
