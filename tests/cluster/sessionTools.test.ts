/**
 * The session tools behave as on one process whichever process each client and each HTTP call
 * reaches: the lock, the dot limit, onthullen, restoring a momentopname and deleting a board.
 * Three built processes, one PostgreSQL, one Redis; every HTTP call below goes to a process that
 * does not own the board, so it is forwarded.
 */
import {
  CloseCode,
  controlRoom,
  memberIdForKey,
  newMemberKey,
  PRIVATE_VOTES,
  privateRoom,
  readVoteTotals,
  type RestoreSnapshotResponse,
  type RevealResponse,
  SessionKey,
  type SnapshotInfo,
} from '@werkbord/shared';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { createBoard, type TestBoard } from '../helpers/boards.js';
import { type Cluster, startCluster, type WerkbordProcess } from '../helpers/clusterProcesses.js';
import { kaartRecord } from '../helpers/records.js';
import { destroyClients, type SyncClient, syncedClient } from '../helpers/syncClients.js';
import { waitFor } from '../helpers/waitFor.js';
import { boardRecordKeys } from './clusterChecks.js';

let cluster: Cluster;
/** Every token the tests used, to look for in the processes' logs. */
const tokens = new Set<string>();
const memberKeys = new Set<string>();
let p: [WerkbordProcess, WerkbordProcess, WerkbordProcess];

beforeAll(async () => {
  // `debug` logs every request and connection: the check below reads them all.
  cluster = await startCluster({
    size: 3,
    redisUrl: inject('redisUrl'),
    env: { LOG_LEVEL: 'debug' },
  });
  p = cluster.processes as typeof p;
});
afterEach(() => destroyClients());
afterAll(async () => cluster?.stop());

/** A board whose owner is p[0]: its first connection reaches p[0]. */
async function boardOnFirst(): Promise<TestBoard> {
  const board = await createBoard(p[1].httpUrl);
  for (const token of Object.values(board.tokens)) tokens.add(token);
  const first = await syncedClient(p[0].syncUrl, board.boardId, board.tokens.viewer);
  expect(await cluster.byProcessId((await cluster.ownerOf(board.boardId)) ?? '')).toBe(p[0]);
  first.destroy();
  return board;
}

const api = (werkbord: WerkbordProcess, board: TestBoard, path: string, token: string) =>
  `${werkbord.httpUrl}/api/boards/${board.boardId}${path}?t=${token}`;

/** A presence change from `from` seen by `to`: everything `from` sent before it was handled. */
async function presenceFence(from: SyncClient, to: SyncClient, value: string): Promise<void> {
  from.awareness.setLocalStateField('fence', value);
  await waitFor(`the fence ${value}`, () => {
    return to.awareness.getStates().get(from.doc.clientID)?.fence === value;
  });
}

describe('session tools across processes', () => {
  it("the lock drops a participant's edits on another process, keeps the begeleider's", async () => {
    const board = await boardOnFirst();
    const facilitatorControl = await syncedClient(
      p[1].syncUrl,
      controlRoom(board.boardId),
      board.tokens.facilitator,
    );
    const participant = await syncedClient(p[2].syncUrl, board.boardId, board.tokens.participant);
    const facilitator = await syncedClient(p[1].syncUrl, board.boardId, board.tokens.facilitator);
    const viewer = await syncedClient(p[0].syncUrl, board.boardId, board.tokens.viewer);
    participant.records.set('shape:voor', kaartRecord('voor', 'voor het slot'));
    await waitFor('the edit before the lock', () => viewer.records.has('shape:voor'));

    facilitatorControl.board.set(SessionKey.Locked, true);
    const controlViewer = await syncedClient(
      p[2].syncUrl,
      controlRoom(board.boardId),
      board.tokens.viewer,
    );
    await waitFor(
      'the lock to be stored',
      () => controlViewer.board.get(SessionKey.Locked) === true,
    );
    participant.records.set('shape:tijdens', kaartRecord('tijdens', 'tijdens het slot'));
    await presenceFence(participant, viewer, 'na-schrijven');
    facilitator.records.set('shape:begeleider', kaartRecord('begeleider', 'mag wel'));
    await waitFor('the begeleider edit', () => viewer.records.has('shape:begeleider'));
    expect(viewer.records.has('shape:tijdens')).toBe(false);
    expect((await boardRecordKeys(cluster.database, board.boardId)).has('shape:tijdens')).toBe(
      false,
    );
  });

  it('holds a member to the dots of the round, whichever process has the rooms', async () => {
    const board = await boardOnFirst();
    const writer = await syncedClient(p[1].syncUrl, board.boardId, board.tokens.facilitator);
    const cards = ['a', 'b'].map((id) => kaartRecord(id, `Kaart ${id}`));
    for (const card of cards) writer.records.set(card.id, card);
    const control = await syncedClient(
      p[2].syncUrl,
      controlRoom(board.boardId),
      board.tokens.facilitator,
    );
    const witness = await syncedClient(
      p[0].syncUrl,
      controlRoom(board.boardId),
      board.tokens.viewer,
    );
    const voting = {
      id: 'ronde-1',
      status: 'open',
      dotsPerPerson: 1,
      zoneId: null,
      countsVisible: true,
    };
    control.board.set(SessionKey.Voting, voting);
    await waitFor(
      'the round',
      () => JSON.stringify(witness.board.get(SessionKey.Voting)) === JSON.stringify(voting),
    );

    const key = newMemberKey();
    memberKeys.add(key);
    const room = privateRoom(board.boardId, await memberIdForKey(key));
    const anna = await syncedClient(p[2].syncUrl, room, board.tokens.participant, { k: key });
    const votes = anna.doc.getMap<unknown>(PRIVATE_VOTES);
    votes.set('shape:a', { round: 'ronde-1', count: 1 });
    votes.set('shape:b', { round: 'ronde-1', count: 1 });
    await waitFor('one dot taken back', () => votes.size === 1);
    await waitFor('the tally', () => {
      const counts = readVoteTotals(witness.board.get(SessionKey.VoteTotals))?.counts ?? {};
      return Object.values(counts).reduce((sum, count) => sum + count, 0) === 1;
    });
  });

  it('onthullen asked of another process reveals the private cards on the owner', async () => {
    const board = await boardOnFirst();
    const key = newMemberKey();
    memberKeys.add(key);
    const room = privateRoom(board.boardId, await memberIdForKey(key));
    const anna = await syncedClient(p[1].syncUrl, room, board.tokens.participant, { k: key });
    const card = kaartRecord('prive', 'geheim');
    anna.records.set(card.id, card);
    const annaTab = await syncedClient(p[2].syncUrl, room, board.tokens.participant, { k: key });
    await waitFor('the private card stored', () => annaTab.records.has(card.id));
    const viewer = await syncedClient(p[2].syncUrl, board.boardId, board.tokens.viewer);
    expect(viewer.records.has(card.id)).toBe(false);

    const refused = await fetch(api(p[2], board, '/reveal', board.tokens.participant), {
      method: 'POST',
    });
    expect(refused.status).toBe(403);
    const response = await fetch(api(p[2], board, '/reveal', board.tokens.facilitator), {
      method: 'POST',
    });
    expect(response.status).toBe(200);
    expect((await response.json()) as RevealResponse).toEqual({ revealed: 1 });
    await waitFor('the revealed card', () => viewer.records.has(card.id));
    await waitFor('gone from her private room', () => !anna.records.has(card.id));
  });

  it('a momentopname saved on one process is restored through another', async () => {
    const board = await boardOnFirst();
    const writer = await syncedClient(p[1].syncUrl, board.boardId, board.tokens.participant);
    const observer = await syncedClient(p[2].syncUrl, board.boardId, board.tokens.viewer);
    writer.records.set('shape:k0', kaartRecord('k0', 'Alfa'));
    await waitFor('the card', () => observer.records.has('shape:k0'));
    const saved = await fetch(api(p[1], board, '/snapshots', board.tokens.facilitator), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Voor de pauze' }),
    });
    expect(saved.status).toBe(201);
    const snapshot = (await saved.json()) as SnapshotInfo;
    writer.records.delete('shape:k0');
    writer.records.set('shape:k1', kaartRecord('k1', 'Beta'));
    await waitFor(
      'the edits',
      () => observer.records.has('shape:k1') && !observer.records.has('shape:k0'),
    );

    const restored = await fetch(
      api(p[2], board, `/snapshots/${snapshot.id}/restore`, board.tokens.facilitator),
      { method: 'POST' },
    );
    expect(restored.status).toBe(200);
    expect(((await restored.json()) as RestoreSnapshotResponse).restored).toBe(snapshot.id);
    for (const client of [writer, observer]) {
      await waitFor(
        'the restored board',
        () => client.records.has('shape:k0') && !client.records.has('shape:k1'),
      );
    }
  });

  it('deleting through another process closes every process’ sockets with 4410 and forgets it', async () => {
    const board = await boardOnFirst();
    const clients = await Promise.all(
      p.map((werkbord) => syncedClient(werkbord.syncUrl, board.boardId, board.tokens.participant)),
    );
    clients[0]?.records.set('shape:k', kaartRecord('k', 'weg ermee'));
    await waitFor('the card everywhere', () =>
      clients.every((client) => client.records.has('shape:k')),
    );

    const response = await fetch(api(p[2], board, '', board.tokens.facilitator), {
      method: 'DELETE',
    });
    expect(response.status).toBe(204);
    for (const client of clients) {
      await waitFor('the close', () => client.closes.length > 0);
      expect(client.closes[0]?.code).toBe(CloseCode.BoardDeleted);
    }
    for (const werkbord of p) {
      const info = await fetch(api(werkbord, board, '', board.tokens.facilitator));
      expect(info.status).toBe(404);
    }
    const rows = await cluster.database.query<{ count: string }>(
      `SELECT (SELECT count(*) FROM updates WHERE doc >= $1 AND doc < $1 || '~')
            + (SELECT count(*) FROM boards WHERE id = $1) AS count`,
      [board.boardId],
    );
    expect(Number(rows[0]?.count)).toBe(0);
    expect(
      await cluster.redis.exists(
        `werkbord:board:${board.boardId}:owner`,
        `werkbord:board:${board.boardId}:fence`,
      ),
    ).toBe(0);
  });

  it('no token or member key reaches a log, on the forwarding process or the owner', () => {
    expect(tokens.size).toBeGreaterThan(10);
    for (const werkbord of p) {
      const output = werkbord.output();
      expect(output).toContain('"boardId"');
      for (const token of tokens) expect(output).not.toContain(token);
      for (const key of memberKeys) expect(output).not.toContain(key);
    }
  });
});
