/**
 * Privé schrijven and stemmen, enforced by the server, with stock y-websocket clients:
 * - a private room opens only with its member key, never for a viewer;
 * - a private card's bytes never reach another participant's sockets until the begeleider
 *   reveals (onthullen), after which everyone has it exactly once and its owner no longer;
 * - dots are judged by the server: more than the round allows, on no card, outside the zone or
 *   after the close are taken back at once; the totals appear in the control document only when
 *   visible or closed; the harvest lists them, most first.
 */
import {
  CloseCode,
  controlRoom,
  findWerkvorm,
  findZone,
  memberIdForKey,
  newMemberKey,
  PRIVATE_VOTES,
  privateRoom,
  readVoteTotals,
  type BoardHarvestResponse,
  type RevealResponse,
  SessionKey,
  type VotingState,
  zoneBounds,
} from '@werkbord/shared';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createBoard, type TestBoard } from '../helpers/boards.js';
import { fetchMetrics } from '../helpers/metrics.js';
import { closeRawSockets, openRawSocket, roomUrl } from '../helpers/rawSocket.js';
import { openRawSyncClient } from '../helpers/rawSyncClient.js';
import { destroyClients, type SyncClient, syncedClient } from '../helpers/syncClients.js';
import { removeTestDataDirs, startTestServer, type TestServer } from '../helpers/testServer.js';
import { kaartRecord, type TestRecord } from '../helpers/records.js';
import { waitFor } from '../helpers/waitFor.js';

const servers: TestServer[] = [];
afterEach(() => {
  destroyClients();
  closeRawSockets();
});
afterAll(async () => {
  for (const server of servers) await server.close();
  removeTestDataDirs();
});

async function start(env: Record<string, string> = {}): Promise<TestServer> {
  const server = await startTestServer(env);
  servers.push(server);
  return server;
}

interface Member {
  key: string;
  id: string;
}

async function newMember(): Promise<Member> {
  const key = newMemberKey();
  return { key, id: await memberIdForKey(key) };
}

/** A member's private room, opened as their browser would: the board link's token and their key. */
function privateClient(
  server: TestServer,
  board: TestBoard,
  member: Member,
  token = board.tokens.participant,
): Promise<SyncClient> {
  return syncedClient(server.syncUrl, privateRoom(board.boardId, member.id), token, {
    k: member.key,
  });
}

const votesOf = (client: SyncClient) => client.doc.getMap<unknown>(PRIVATE_VOTES);

/** How many entries of the content `records` array carry this key (a duplicate would be 2). */
function entriesWithKey(client: SyncClient, key: string): number {
  return client.doc
    .getArray<{ key: string }>('records')
    .toArray()
    .filter((entry) => entry.key === key).length;
}

/** Every frame the server sends on a raw socket to `room`, after asking it for everything. */
async function recordFrames(server: TestServer, room: string, token: string) {
  const client = await openRawSyncClient(roomUrl(server.syncUrl, room, token));
  const frames: Buffer[] = [];
  client.ws.on('message', (data: Buffer) => frames.push(Buffer.from(data)));
  client.sendSyncStep1();
  await client.waitFor('sync-step-2');
  return {
    frames,
    contains: (marker: string) => frames.some((frame) => frame.includes(marker)),
  };
}

function reveal(server: TestServer, board: TestBoard, token: string): Promise<Response> {
  return fetch(`${server.httpUrl}/api/boards/${board.boardId}/reveal?t=${token}`, {
    method: 'POST',
  });
}

/** The begeleider on the control room, and a viewer there who shows what the server has. */
async function controlClients(server: TestServer, board: TestBoard) {
  const room = controlRoom(board.boardId);
  const facilitator = await syncedClient(server.syncUrl, room, board.tokens.facilitator);
  const witness = await syncedClient(server.syncUrl, room, board.tokens.viewer);
  return {
    witness,
    async setVoting(voting: VotingState): Promise<void> {
      facilitator.board.set(SessionKey.Voting, voting);
      await waitFor('the voting round to reach the server', () => {
        return JSON.stringify(witness.board.get(SessionKey.Voting)) === JSON.stringify(voting);
      });
    },
    /** The totals as the server wrote them, `null` before it did. */
    totals: () => readVoteTotals(witness.board.get(SessionKey.VoteTotals)),
  };
}

/** Writes cards as the begeleider and waits until a viewer has them (so the server has them). */
async function writeCards(server: TestServer, board: TestBoard, cards: TestRecord[]) {
  const writer = await syncedClient(server.syncUrl, board.boardId, board.tokens.facilitator);
  const observer = await syncedClient(server.syncUrl, board.boardId, board.tokens.viewer);
  writer.doc.transact(() => {
    for (const card of cards) writer.records.set(card.id, card);
  });
  await waitFor('the cards', () => cards.every((card) => observer.records.has(card.id)));
}

const round = (overrides: Partial<VotingState> = {}): VotingState => ({
  id: 'ronde-1',
  status: 'open',
  dotsPerPerson: 2,
  zoneId: null,
  countsVisible: true,
  ...overrides,
});

describe('private rooms: admission', () => {
  it('opens only with the member key, and never for a viewer', async () => {
    const server = await start();
    const board = await createBoard(server.httpUrl);
    const anna = await newMember();
    const bram = await newMember();
    const room = privateRoom(board.boardId, anna.id);
    const url = (token: string, key?: string) =>
      `${roomUrl(server.syncUrl, room, token)}${key === undefined ? '' : `&k=${key}`}`;
    const closeCode = async (target: string) => (await (await openRawSocket(target)).closed).code;

    const own = await privateClient(server, board, anna);
    expect(own.provider.wsconnected).toBe(true);
    const begeleider = await newMember();
    await privateClient(server, board, begeleider, board.tokens.facilitator);

    expect(await closeCode(url(board.tokens.participant))).toBe(CloseCode.Forbidden);
    expect(await closeCode(url(board.tokens.participant, bram.key))).toBe(CloseCode.Forbidden);
    expect(await closeCode(url(board.tokens.participant, 'kort'))).toBe(CloseCode.Forbidden);
    expect(await closeCode(url(board.tokens.participant, anna.id))).toBe(CloseCode.Forbidden);
    expect(await closeCode(url(board.tokens.viewer, anna.key))).toBe(CloseCode.Forbidden);
    expect(await closeCode(url('x'.repeat(43), anna.key))).toBe(CloseCode.Unauthorized);
    const malformed = `${roomUrl(server.syncUrl, `${board.boardId}.private.kort`, board.tokens.participant)}&k=${anna.key}`;
    expect(await closeCode(malformed)).toBe(CloseCode.NotFound);
  });
});

describe('private rooms: loading', () => {
  it('a private room holds its board’s content and control rooms, and they unload with it', async () => {
    const server = await start({ WERKBORD_ROOM_UNLOAD_DELAY_MS: '0' });
    const board = await createBoard(server.httpUrl);
    const roomsLoaded = async () => (await fetchMetrics(server.httpUrl)).roomsLoaded;
    const anna = await newMember();
    const annaPrivate = await privateClient(server, board, anna);
    expect(await roomsLoaded()).toBe(3);
    annaPrivate.records.set('shape:a', kaartRecord('a', 'privé'));
    const annaTab = await privateClient(server, board, anna);
    await waitFor('the card stored', () => annaTab.records.has('shape:a'));
    destroyClients();
    await waitFor('every room to unload', async () => (await roomsLoaded()) === 0);

    // Onthullen loads the rooms it needs and lets them go again.
    const response = await reveal(server, board, board.tokens.facilitator);
    expect((await response.json()) as RevealResponse).toEqual({ revealed: 1 });
    await waitFor('every room to unload again', async () => (await roomsLoaded()) === 0);
  });
});

describe('privé schrijven, then onthullen', () => {
  it("a private card's bytes reach no one else until the reveal; then everyone has it once", async () => {
    const server = await start();
    const board = await createBoard(server.httpUrl);
    const anna = await newMember();
    const bram = await newMember();
    const marker = `GEHEIM-${newMemberKey()}`;
    const card = kaartRecord('prive', marker, { x: 300, y: 200 });

    // Bram's sockets: content and control as raw sockets, his own private room, and a stock
    // content client; the begeleider's content client.
    const bramContent = await recordFrames(server, board.boardId, board.tokens.participant);
    const bramControl = await recordFrames(
      server,
      controlRoom(board.boardId),
      board.tokens.participant,
    );
    const bramPrivate = await privateClient(server, board, bram);
    const bramBoard = await syncedClient(server.syncUrl, board.boardId, board.tokens.participant);
    const begeleider = await syncedClient(server.syncUrl, board.boardId, board.tokens.facilitator);

    // Anna writes privately; her second tab shows when the server has stored it.
    const annaPrivate = await privateClient(server, board, anna);
    const annaTab = await privateClient(server, board, anna);
    annaPrivate.records.set(card.id, card);
    await waitFor('the private card in her other tab', () => annaTab.records.has(card.id));
    // A later content write reaches Bram: anything relayed before it has arrived too.
    begeleider.records.set('shape:hek', kaartRecord('hek', 'openbaar'));
    await waitFor('the public write', () => bramBoard.records.has('shape:hek'));
    await waitFor('the public write on the raw socket', () => bramContent.contains('openbaar'));

    expect(bramContent.contains(marker)).toBe(false);
    expect(bramControl.contains(marker)).toBe(false);
    expect(bramBoard.records.has(card.id)).toBe(false);
    expect(bramPrivate.records.has(card.id)).toBe(false);
    expect(begeleider.records.has(card.id)).toBe(false);
    const harvest = await fetch(
      `${server.httpUrl}/api/boards/${board.boardId}/harvest?t=${board.tokens.viewer}`,
    );
    expect(await harvest.text()).not.toContain(marker);

    // Only the begeleider reveals.
    expect((await reveal(server, board, board.tokens.participant)).status).toBe(403);
    expect((await reveal(server, board, board.tokens.viewer)).status).toBe(403);
    expect((await reveal(server, board, 'x'.repeat(43))).status).toBe(403);
    const unknown = await fetch(
      `${server.httpUrl}/api/boards/${'A'.repeat(22)}/reveal?t=${board.tokens.facilitator}`,
      { method: 'POST' },
    );
    expect(unknown.status).toBe(404);
    expect(bramContent.contains(marker)).toBe(false);

    const response = await reveal(server, board, board.tokens.facilitator);
    expect(response.status).toBe(200);
    expect((await response.json()) as RevealResponse).toEqual({ revealed: 1 });
    await waitFor('the revealed card on the board', () => {
      return bramBoard.records.has(card.id) && begeleider.records.has(card.id);
    });
    await waitFor('her private card gone', () => !annaPrivate.records.has(card.id));
    expect(bramBoard.records.get(card.id)).toEqual(card); // same place, same author
    expect(entriesWithKey(bramBoard, card.id)).toBe(1);
    expect(entriesWithKey(begeleider, card.id)).toBe(1);
    expect(bramContent.contains(marker)).toBe(true);
    await waitFor('her other tab', () => !annaTab.records.has(card.id));

    // Again: nothing new moves, nothing is duplicated.
    const again = await reveal(server, board, board.tokens.facilitator);
    expect((await again.json()) as RevealResponse).toEqual({ revealed: 0 });
    const newcomer = await syncedClient(server.syncUrl, board.boardId, board.tokens.viewer);
    expect(entriesWithKey(newcomer, card.id)).toBe(1);
    const reopened = await privateClient(server, board, anna);
    expect(reopened.records.has(card.id)).toBe(false);
  });

  it('keeps private cards over a restart, and reveals them when nobody has them open', async () => {
    let server = await start();
    const board = await createBoard(server.httpUrl);
    const anna = await newMember();
    const bram = await newMember();
    const annaCard = kaartRecord('van-anna', 'idee van Anna');
    const bramCard = kaartRecord('van-bram', 'idee van Bram', { x: 400, y: 0 });
    const annaPrivate = await privateClient(server, board, anna);
    annaPrivate.records.set(annaCard.id, annaCard);
    const bramPrivate = await privateClient(server, board, bram, board.tokens.facilitator);
    bramPrivate.records.set(bramCard.id, bramCard);
    const annaTab = await privateClient(server, board, anna);
    const bramTab = await privateClient(server, board, bram);
    await waitFor('both private cards stored', () => {
      return annaTab.records.has(annaCard.id) && bramTab.records.has(bramCard.id);
    });

    destroyClients();
    server = await server.restart();
    servers.push(server);
    const reloaded = await privateClient(server, board, anna);
    expect(reloaded.records.get(annaCard.id)).toEqual(annaCard);
    expect(reloaded.records.has(bramCard.id)).toBe(false);
    reloaded.destroy();

    // Nobody is connected: onthullen loads the rooms itself.
    const response = await reveal(server, board, board.tokens.facilitator);
    expect((await response.json()) as RevealResponse).toEqual({ revealed: 2 });
    const viewer = await syncedClient(server.syncUrl, board.boardId, board.tokens.viewer);
    expect(viewer.records.get(annaCard.id)).toEqual(annaCard);
    expect(viewer.records.get(bramCard.id)).toEqual(bramCard);
    const annaAfter = await privateClient(server, board, anna);
    expect(annaAfter.records.has(annaCard.id)).toBe(false);
  });
});

describe('stemmen', () => {
  it('holds each member to N dots on cards, counts visibly, hides, closes and harvests', async () => {
    const server = await start();
    const board = await createBoard(server.httpUrl, 'Stemmen');
    const a = kaartRecord('a', 'Koffie');
    const b = kaartRecord('b', 'Thee', { x: 300, y: 0 });
    const third = kaartRecord('c', 'Water', { x: 600, y: 0 });
    await writeCards(server, board, [a, b, third]);
    const control = await controlClients(server, board);
    const anna = await newMember();
    const bram = await newMember();
    const annaVotes = await privateClient(server, board, anna);
    const bramVotes = await privateClient(server, board, bram);
    const dot = (round: string, count: number) => ({ round, count });

    // No round yet: a dot is taken back.
    votesOf(annaVotes).set(a.id, dot('ronde-1', 1));
    await waitFor('the dot taken back', () => !votesOf(annaVotes).has(a.id));

    await control.setVoting(round({ dotsPerPerson: 2 }));
    votesOf(annaVotes).set(a.id, dot('ronde-1', 1));
    votesOf(annaVotes).set(b.id, dot('ronde-1', 1));
    await waitFor('visible totals', () => control.totals()?.counts[b.id] === 1);
    expect(control.totals()).toEqual({ round: 'ronde-1', counts: { [a.id]: 1, [b.id]: 1 } });

    // A third dot is one too many; dots on no card, negative or broken ones are taken back.
    votesOf(annaVotes).set(third.id, dot('ronde-1', 1));
    await waitFor('the third dot taken back', () => !votesOf(annaVotes).has(third.id));
    votesOf(annaVotes).set(b.id, dot('ronde-1', 2));
    await waitFor('the extra dot taken back', () => {
      return JSON.stringify(votesOf(annaVotes).get(b.id)) === JSON.stringify(dot('ronde-1', 1));
    });
    votesOf(bramVotes).set('shape:bestaat-niet', dot('ronde-1', 1));
    votesOf(bramVotes).set(a.id, dot('ronde-1', -1));
    votesOf(bramVotes).set(b.id, dot('ronde-1', 0.5));
    votesOf(bramVotes).set(third.id, dot('oude-ronde', 1));
    await waitFor('all of them taken back', () => votesOf(bramVotes).size === 0);
    const fresh = await privateClient(server, board, anna);
    expect(votesOf(fresh).toJSON()).toEqual({
      [a.id]: dot('ronde-1', 1),
      [b.id]: dot('ronde-1', 1),
    });
    fresh.destroy();

    // Bram puts both dots on a; then the counts are hidden: the server writes no counts.
    votesOf(bramVotes).set(a.id, dot('ronde-1', 2));
    await waitFor('a at 3', () => control.totals()?.counts[a.id] === 3);
    await control.setVoting(round({ dotsPerPerson: 2, countsVisible: false }));
    await waitFor('hidden totals', () => Object.keys(control.totals()?.counts ?? {}).length === 0);
    const participantControl = await recordFrames(
      server,
      controlRoom(board.boardId),
      board.tokens.participant,
    );
    votesOf(bramVotes).set(a.id, dot('ronde-1', 1));
    votesOf(bramVotes).set(third.id, dot('ronde-1', 1));
    const bramTab = await privateClient(server, board, bram);
    expect(votesOf(bramTab).get(third.id)).toEqual(dot('ronde-1', 1));
    await new Promise((resolve) => setTimeout(resolve, 200)); // a count would have been written
    expect(control.totals()).toEqual({ round: 'ronde-1', counts: {} });
    expect(participantControl.contains(third.id)).toBe(false);

    // Closing writes the totals, visible or not; the dots are final then.
    await control.setVoting(round({ dotsPerPerson: 2, countsVisible: false, status: 'closed' }));
    await waitFor('the final totals', () => control.totals()?.counts[a.id] === 2);
    expect(control.totals()).toEqual({
      round: 'ronde-1',
      counts: { [a.id]: 2, [b.id]: 1, [third.id]: 1 },
    });
    votesOf(annaVotes).delete(a.id);
    votesOf(bramVotes).set(b.id, dot('ronde-1', 1));
    await waitFor('the changes taken back', () => {
      return votesOf(annaVotes).has(a.id) && !votesOf(bramVotes).has(b.id);
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(control.totals()?.counts).toEqual({ [a.id]: 2, [b.id]: 1, [third.id]: 1 });

    const harvest = (await (
      await fetch(`${server.httpUrl}/api/boards/${board.boardId}/harvest?t=${board.tokens.viewer}`)
    ).json()) as BoardHarvestResponse;
    expect(harvest.votes?.[0]).toEqual({ cardId: a.id, text: 'Koffie', count: 2 });
    expect(harvest.votes?.slice(1).map((vote) => vote.count)).toEqual([1, 1]);
    expect(harvest.tables.at(-1)?.id).toBe('stemmen');
    const markdown = await (
      await fetch(
        `${server.httpUrl}/api/boards/${board.boardId}/harvest?t=${board.tokens.viewer}&format=markdown`,
      )
    ).text();
    expect(markdown).toContain('| Koffie | 2 |');

    // A new round starts empty: the old dots count for nothing.
    await control.setVoting(round({ id: 'ronde-2', dotsPerPerson: 1 }));
    await waitFor('the new round', () => control.totals()?.round === 'ronde-2');
    expect(control.totals()?.counts).toEqual({});
    votesOf(annaVotes).set(third.id, dot('ronde-2', 1));
    await waitFor('a dot in the new round', () => control.totals()?.counts[third.id] === 1);

    const metrics = await fetchMetrics(server.httpUrl);
    expect(metrics.updatesRefusedByReason.votes).toBeGreaterThanOrEqual(6);
  });

  it('takes back dots on cards outside the round’s zone', async () => {
    const server = await start();
    const werkvorm = findWerkvorm('klaag-en-jubelmuur');
    if (werkvorm === undefined) throw new Error('no klaag-en-jubelmuur');
    const board = await createBoard(server.httpUrl, 'Muren', werkvorm.id);
    const layout = werkvorm.layout(werkvorm.settings.defaults());
    const [first, second] = layout.zones;
    if (first === undefined || second === undefined) throw new Error('zones');
    const centre = (id: string) => {
      const bounds = zoneBounds(findZone(layout, id) ?? first);
      return { x: bounds.x + bounds.w / 2, y: bounds.y + bounds.h / 2 };
    };
    const inside = kaartRecord('binnen', 'binnen', centre(first.id));
    const outside = kaartRecord('buiten', 'buiten', centre(second.id));
    await writeCards(server, board, [inside, outside]);
    const control = await controlClients(server, board);
    await control.setVoting(round({ dotsPerPerson: 3, zoneId: first.id }));
    const anna = await newMember();
    const votes = await privateClient(server, board, anna);
    votesOf(votes).set(outside.id, { round: 'ronde-1', count: 1 });
    votesOf(votes).set(inside.id, { round: 'ronde-1', count: 1 });
    await waitFor('the dot inside counted', () => control.totals()?.counts[inside.id] === 1);
    await waitFor('the dot outside taken back', () => !votesOf(votes).has(outside.id));
    expect(control.totals()?.counts).toEqual({ [inside.id]: 1 });
  });
});
