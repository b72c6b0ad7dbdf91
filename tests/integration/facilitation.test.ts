/**
 * The begeleider's tools are enforced by the server: only the begeleider writes the session
 * state (timer, lock, locked cards, rondje) into the control document, and while the board or a
 * card is locked the server drops participants' content writes (the begeleider's still go
 * through). Refused writes are shown as in roles.test.ts: a refused write, a fence (a presence
 * change on the same socket, handled after it), then an allowed write the observers receive.
 */
import { controlRoom, type ServerTime, SessionKey } from '@werkbord/shared';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createBoard, type TestBoard } from '../helpers/boards.js';
import { fetchMetrics } from '../helpers/metrics.js';
import { destroyClients, type SyncClient, syncedClient } from '../helpers/syncClients.js';
import { removeTestDataDirs, startTestServer, type TestServer } from '../helpers/testServer.js';
import { waitFor } from '../helpers/waitFor.js';

const servers: TestServer[] = [];
afterEach(destroyClients);
afterAll(async () => {
  for (const server of servers) await server.close();
  removeTestDataDirs();
});

async function start(env: Record<string, string> = {}): Promise<TestServer> {
  const server = await startTestServer(env);
  servers.push(server);
  return server;
}

async function restart(server: TestServer): Promise<TestServer> {
  destroyClients();
  const next = await server.restart();
  servers.push(next);
  return next;
}

/** A presence change from `from` that `to` received: `from`'s earlier messages were handled. */
async function fence(from: SyncClient, to: SyncClient, value: string): Promise<void> {
  from.awareness.setLocalStateField('fence', value);
  await waitFor(`the fence ${value}`, () => {
    return to.awareness.getStates().get(from.doc.clientID)?.fence === value;
  });
}

/** The begeleider on the control room, and a viewer there who shows when the server has a change. */
async function controlClients(server: TestServer, board: TestBoard) {
  const room = controlRoom(board.boardId);
  const facilitator = await syncedClient(server.syncUrl, room, board.tokens.facilitator);
  const witness = await syncedClient(server.syncUrl, room, board.tokens.viewer);
  return {
    facilitator,
    /** Sets a session key and waits until the server applied it (it broadcasts after applying). */
    async set(key: string, value: unknown): Promise<void> {
      facilitator.board.set(key, value);
      const expected = JSON.stringify(value);
      await waitFor(`${key} to reach the server`, () => {
        return JSON.stringify(witness.board.get(key)) === expected;
      });
    },
    leave(): void {
      facilitator.destroy();
      witness.destroy();
    },
  };
}

/** Content clients: the begeleider, a participant and a viewer who watches what is relayed. */
async function contentClients(server: TestServer, board: TestBoard) {
  const connect = (token: string) => syncedClient(server.syncUrl, board.boardId, token);
  return {
    facilitator: await connect(board.tokens.facilitator),
    participant: await connect(board.tokens.participant),
    viewer: await connect(board.tokens.viewer),
  };
}

describe('session state in the control document', () => {
  it('a participant cannot write the timer, the lock, the locked cards or the rondje', async () => {
    let server = await start();
    const board = await createBoard(server.httpUrl, 'Sessie');
    const room = controlRoom(board.boardId);
    const facilitator = await syncedClient(server.syncUrl, room, board.tokens.facilitator);
    const participant = await syncedClient(server.syncUrl, room, board.tokens.participant);
    const viewer = await syncedClient(server.syncUrl, room, board.tokens.viewer);

    participant.board.set(SessionKey.Timer, {
      status: 'running',
      startedAt: Date.now(),
      durationMs: 60_000,
    });
    participant.board.set(SessionKey.Locked, true);
    participant.board.set(SessionKey.LockedCards, ['shape:alles']);
    participant.board.set(SessionKey.Round, {
      id: 'r1',
      question: 'Gekaapt?',
      order: [],
      current: 0,
      passed: [],
    });
    await fence(participant, viewer, 'participant-wrote');
    facilitator.board.set(SessionKey.Timer, {
      status: 'paused',
      remainingMs: 5_000,
      durationMs: 9_000,
    });
    await waitFor('the facilitator write to arrive', () => viewer.board.has(SessionKey.Timer));
    expect(viewer.board.get(SessionKey.Timer)).toEqual({
      status: 'paused',
      remainingMs: 5_000,
      durationMs: 9_000,
    });
    for (const key of [SessionKey.Locked, SessionKey.LockedCards, SessionKey.Round]) {
      expect(viewer.board.has(key)).toBe(false);
      expect(facilitator.board.has(key)).toBe(false);
    }
    expect((await fetchMetrics(server.httpUrl)).updatesRefusedByReason.role).toBe(4);

    // The refused lock did not lock anything: the participant still writes content.
    const content = await syncedClient(server.syncUrl, board.boardId, board.tokens.participant);
    const observer = await syncedClient(server.syncUrl, board.boardId, board.tokens.viewer);
    content.records.set('shape:na', { text: 'mag nog' });
    await waitFor('the content write to arrive', () => observer.records.has('shape:na'));

    server = await restart(server);
    const fresh = await syncedClient(server.syncUrl, room, board.tokens.viewer);
    expect(fresh.board.get(SessionKey.Timer)).toMatchObject({ status: 'paused' });
    expect(fresh.board.has(SessionKey.Locked)).toBe(false);
    expect(fresh.board.has(SessionKey.Round)).toBe(false);
  });
});

describe('board lock', () => {
  it("drops a participant's edits while locked, keeps the facilitator's, also after a restart", async () => {
    let server = await start();
    const board = await createBoard(server.httpUrl);
    const control = await controlClients(server, board);
    const { facilitator, participant, viewer } = await contentClients(server, board);
    participant.records.set('shape:voor', { text: 'voor het slot' });
    await waitFor('the edit before the lock', () => viewer.records.has('shape:voor'));

    await control.set(SessionKey.Locked, true);
    participant.records.set('shape:tijdens', { text: 'tijdens het slot' });
    participant.records.delete('shape:voor');
    await fence(participant, viewer, 'participant-wrote');
    facilitator.records.set('shape:begeleider', { text: 'de begeleider mag' });
    await waitFor('the facilitator edit', () => viewer.records.has('shape:begeleider'));
    expect(viewer.records.has('shape:tijdens')).toBe(false);
    expect(viewer.records.has('shape:voor')).toBe(true);
    expect(facilitator.records.has('shape:tijdens')).toBe(false);
    expect((await fetchMetrics(server.httpUrl)).updatesRefusedByReason['board-locked']).toBe(2);

    // Presence still flows while locked.
    await fence(participant, facilitator, 'cursor');

    // After a restart nobody has the control document open: the server loads the lock itself.
    server = await restart(server);
    const again = await contentClients(server, board);
    expect(again.viewer.records.has('shape:tijdens')).toBe(false);
    expect(again.viewer.records.get('shape:voor')).toEqual({ text: 'voor het slot' });
    expect(again.viewer.records.has('shape:begeleider')).toBe(true);
    again.participant.records.set('shape:na-herstart', { text: 'nog steeds op slot' });
    await fence(again.participant, again.viewer, 'after-restart');
    again.facilitator.records.set('shape:hek', { text: 'hek' });
    await waitFor('the facilitator edit', () => again.viewer.records.has('shape:hek'));
    expect(again.viewer.records.has('shape:na-herstart')).toBe(false);
  });

  it('lets participant edits flow again after unlocking, also from a participant who was refused', async () => {
    const server = await start();
    const board = await createBoard(server.httpUrl);
    const control = await controlClients(server, board);
    const { participant, viewer } = await contentClients(server, board);

    await control.set(SessionKey.Locked, true);
    participant.records.set('shape:geweigerd', { text: 'te laat' });
    await fence(participant, viewer, 'refused');
    expect(viewer.records.has('shape:geweigerd')).toBe(false);

    await control.set(SessionKey.Locked, false);
    participant.records.set('shape:na', { text: 'weer open' });
    await waitFor('the edit after the unlock', () => viewer.records.has('shape:na'));
    // The participant's client kept the refused edit; it arrives with the first one after the lock.
    expect(viewer.records.get('shape:geweigerd')).toEqual({ text: 'te laat' });
    const other = await syncedClient(server.syncUrl, board.boardId, board.tokens.participant);
    other.records.set('shape:ander', { text: 'ook' });
    await waitFor("another participant's edit", () => viewer.records.has('shape:ander'));
  });

  it('the content room follows the lock whoever has the control document open, and unloads it', async () => {
    const server = await start({ WERKBORD_ROOM_UNLOAD_DELAY_MS: '0' });
    const board = await createBoard(server.httpUrl);
    const roomsLoaded = async () => (await fetchMetrics(server.httpUrl)).roomsLoaded;
    const { facilitator, participant, viewer } = await contentClients(server, board);
    expect(await roomsLoaded()).toBe(2); // the content room holds its control room

    // The control clients leave; the control room stays loaded with its content room.
    let control = await controlClients(server, board);
    await control.set(SessionKey.Locked, true);
    control.leave();
    participant.records.set('shape:dicht', { text: 'op slot' });
    await fence(participant, viewer, 'locked');
    facilitator.records.set('shape:hek', {});
    await waitFor('the facilitator edit', () => viewer.records.has('shape:hek'));
    expect(viewer.records.has('shape:dicht')).toBe(false);

    // A control client that comes back writes into the same control room the policy reads.
    control = await controlClients(server, board);
    await control.set(SessionKey.Locked, false);
    const other = await syncedClient(server.syncUrl, board.boardId, board.tokens.participant);
    other.records.set('shape:open', {});
    await waitFor('the edit after the unlock', () => viewer.records.has('shape:open'));

    // Locked while the content room is not loaded: loading it loads the lock.
    await control.set(SessionKey.Locked, true);
    destroyClients();
    await waitFor('every room to unload', async () => (await roomsLoaded()) === 0);
    const writer = await syncedClient(server.syncUrl, board.boardId, board.tokens.participant);
    const watcher = await syncedClient(server.syncUrl, board.boardId, board.tokens.viewer);
    writer.records.set('shape:na-laden', {});
    await fence(writer, watcher, 'loaded-locked');
    const begeleider = await syncedClient(server.syncUrl, board.boardId, board.tokens.facilitator);
    begeleider.records.set('shape:begeleider', {});
    await waitFor('the facilitator edit', () => watcher.records.has('shape:begeleider'));
    expect(watcher.records.has('shape:na-laden')).toBe(false);
  });
});

describe('card lock', () => {
  it('a participant cannot change or delete a locked card, can change others; the facilitator can', async () => {
    let server = await start();
    const board = await createBoard(server.httpUrl);
    const control = await controlClients(server, board);
    const { facilitator, participant, viewer } = await contentClients(server, board);
    const second = await syncedClient(server.syncUrl, board.boardId, board.tokens.participant);
    facilitator.records.set('shape:vast', { text: 'origineel' });
    facilitator.records.set('shape:vrij', { text: 'origineel' });
    await waitFor('the cards', () => {
      return [participant, second, viewer].every((c) => c.records.has('shape:vrij'));
    });

    await control.set(SessionKey.LockedCards, ['shape:vast']);
    second.records.set('shape:vrij', { text: 'door een deelnemer' });
    participant.records.set('shape:vast', { text: 'veranderd' });
    second.records.delete('shape:vast');
    await fence(participant, viewer, 'changed');
    await fence(second, viewer, 'deleted');
    facilitator.records.set('shape:vast', { text: 'door de begeleider' });
    await waitFor('the facilitator change', () => {
      return (
        (viewer.records.get('shape:vast') as { text?: string } | undefined)?.text ===
        'door de begeleider'
      );
    });
    expect(viewer.records.get('shape:vrij')).toEqual({ text: 'door een deelnemer' });
    const metrics = await fetchMetrics(server.httpUrl);
    // The participant's client may refuse-write once more: it tidies its two entries of
    // shape:vast (its own and the begeleider's) after the begeleider's change.
    expect(metrics.updatesRefusedByReason['card-locked']).toBeGreaterThanOrEqual(2);
    expect(metrics.updatesRefused).toBe(metrics.updatesRefusedByReason['card-locked']);

    const newcomer = await syncedClient(server.syncUrl, board.boardId, board.tokens.viewer);
    expect(newcomer.records.get('shape:vast')).toEqual({ text: 'door de begeleider' });
    server = await restart(server);
    const fresh = await syncedClient(server.syncUrl, board.boardId, board.tokens.viewer);
    expect(fresh.records.get('shape:vast')).toEqual({ text: 'door de begeleider' });
    expect(fresh.records.get('shape:vrij')).toEqual({ text: 'door een deelnemer' });
  });

  it('a participant refused on a locked card writes again once it is unlocked', async () => {
    const server = await start();
    const board = await createBoard(server.httpUrl);
    const control = await controlClients(server, board);
    const { facilitator, participant, viewer } = await contentClients(server, board);
    facilitator.records.set('shape:vast', { text: 'origineel' });
    await waitFor('the card', () => participant.records.has('shape:vast'));
    await control.set(SessionKey.LockedCards, ['shape:vast']);
    participant.records.set('shape:vast', { text: 'geweigerd' });
    // Its next edit builds on the refused one, so it waits while the card is locked.
    participant.records.set('shape:ander', { text: 'wacht' });
    await fence(participant, viewer, 'refused');
    expect(viewer.records.has('shape:ander')).toBe(false);

    await control.set(SessionKey.LockedCards, []);
    participant.records.set('shape:later', { text: 'weer open' });
    await waitFor('the edits after the unlock', () => {
      return viewer.records.has('shape:later') && viewer.records.has('shape:ander');
    });
    expect(viewer.records.get('shape:vast')).toEqual({ text: 'geweigerd' });
  });
});

describe('GET /api/time', () => {
  it("answers the server's clock, never cached", async () => {
    const server = await start();
    const before = Date.now();
    const response = await fetch(`${server.httpUrl}/api/time`);
    const after = Date.now();
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = (await response.json()) as ServerTime;
    expect(Object.keys(body)).toEqual(['now']);
    expect(body.now).toBeGreaterThanOrEqual(before);
    expect(body.now).toBeLessThanOrEqual(after);
  });
});
