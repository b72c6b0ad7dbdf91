import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentRoom, controlRoom, DocKind, privateRoom } from '@werkbord/shared';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { RefusalCounts } from '../extensions/metrics/RefusalCounts.js';
import { createLogger } from '../log.js';
import { Metrics } from '../Metrics.js';
import { SqliteStorage } from '../storage/SqliteStorage.js';
import type { Connection } from './Connection.js';
import { Extensions } from './Extensions.js';
import type { RelayExtension } from './RelayExtension.js';
import type { Room, RoomMember } from './Room.js';
import { serverWrite } from './serverWrite.js';
import { RoomLifecycle } from './RoomLifecycle.js';

const BOARD = 'AbCdEfGhIjKlMnOpQrSt_-';
const MEMBER = 'AAAAAAAAAAAAAAAAAAAAAA';
const log = createLogger('silent');

let dataDir: string;
let storage: SqliteStorage;

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'werkbord-extensions-'));
  storage = new SqliteStorage({ dataDir, synchronous: 'NORMAL' });
});

afterEach(async () => {
  await storage.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** A registry on real SQLite whose rooms run `extensions`; idle rooms unload at once. */
function registryWith(list: RelayExtension[]) {
  const metrics = new Metrics();
  const extensions = new Extensions(list, log);
  const rooms = new RoomLifecycle({
    storage,
    log,
    metrics,
    extensions,
    compactAfterUpdates: 1_000,
    unloadDelayMs: 0,
    maxClientsPerRoom: 10,
    quota: { maxDocumentBytes: 1_000_000, maxBoardBytes: 1_000_000 },
    onRoomFailed: () => {},
  });
  extensions.setup({
    log,
    withRooms: (names, task) => rooms.withRooms(names, task),
    roomNames: (prefix) => rooms.roomNames(prefix),
  });
  return { rooms, extensions, metrics };
}

/** An extension that writes down every hook call, as `<name>.<hook> <room>`. */
function recorder(name: string, calls: string[], more: Partial<RelayExtension> = {}) {
  const short = (room: Room) => room.name.replace(BOARD, 'B');
  return {
    name,
    setup: () => calls.push(`${name}.setup`),
    onLoad: (room) => void calls.push(`${name}.onLoad ${short(room)}`),
    afterStored: (room) => calls.push(`${name}.afterStored ${short(room)}`),
    onUnload: (room) => calls.push(`${name}.onUnload ${short(room)}`),
    afterUnload: (room) => calls.push(`${name}.afterUnload ${short(room)}`),
    ...more,
  } satisfies RelayExtension;
}

/** A client of a room that keeps what the room sends it (a socket's place). */
function member(): RoomMember & { received: Uint8Array[] } {
  const received: Uint8Array[] = [];
  return {
    received,
    presenceKey: null,
    presenceIds: new Set(),
    send: (message) => received.push(message),
    sendShared: (shared) => received.push(...shared.messages),
    close: () => {},
  };
}

/** Resolves once `calls` holds `call` (idle rooms unload on a timer of 0 ms, then store). */
const called = (calls: string[], call: string) =>
  vi.waitFor(() => expect(calls).toContain(call), { timeout: 5_000, interval: 5 });

describe('the extension pipeline', () => {
  it('loads the rooms an extension needs first, and runs hooks in the order of the list', async () => {
    const calls: string[] = [];
    const needsControl = recorder('first', calls, {
      roomsNeeded: ({ kind, boardId }) => (kind === DocKind.Content ? [controlRoom(boardId)] : []),
    });
    const { rooms } = registryWith([needsControl, recorder('second', calls)]);
    expect(calls).toEqual(['first.setup', 'second.setup']);

    await rooms.withRooms([contentRoom(BOARD)], ([content]) => {
      expect(content?.needed.map((room) => room.name)).toEqual([controlRoom(BOARD)]);
      serverWrite(content!.doc, () => content!.doc.getMap('m').set('a', 1));
    });
    await called(calls, 'second.afterUnload B');
    await called(calls, 'second.afterUnload B.control');

    const hooks = calls.slice(2);
    expect(hooks.slice(0, 6)).toEqual([
      'first.onLoad B.control',
      'second.onLoad B.control',
      'first.onLoad B',
      'second.onLoad B',
      'first.afterStored B',
      'second.afterStored B',
    ]);
    // The held control room unloads with the content room; both tell every extension, in order.
    const unloads = hooks.slice(6);
    expect(unloads).toHaveLength(8);
    for (const hook of [
      'onUnload B',
      'afterUnload B',
      'onUnload B.control',
      'afterUnload B.control',
    ]) {
      expect(unloads.indexOf(`second.${hook}`)).toBe(unloads.indexOf(`first.${hook}`) + 1);
    }
    expect(unloads.indexOf('first.afterUnload B')).toBeGreaterThan(
      unloads.indexOf('second.onUnload B'),
    );
  });

  it('adds what needed rooms need in turn, and refuses rooms that need each other', () => {
    const { extensions } = registryWith([
      {
        name: 'private needs content',
        roomsNeeded: ({ kind, boardId }) =>
          kind === DocKind.Private ? [contentRoom(boardId)] : [],
      },
      {
        name: 'content needs control',
        roomsNeeded: ({ kind, boardId }) =>
          kind === DocKind.Content ? [controlRoom(boardId)] : [],
      },
    ]);
    expect(extensions.roomsNeeded(privateRoom(BOARD, MEMBER))).toEqual([
      contentRoom(BOARD),
      controlRoom(BOARD),
    ]);
    const { extensions: circular } = registryWith([
      {
        name: 'each needs the other',
        roomsNeeded: ({ kind, boardId }) =>
          kind === DocKind.Content ? [controlRoom(boardId)] : [contentRoom(boardId)],
      },
    ]);
    expect(() => circular.roomsNeeded(contentRoom(BOARD))).toThrow(/need each other/);
  });

  it('stops judging at the first refusal, and counts it by reason in the metrics', async () => {
    const asked: string[] = [];
    const refuseX: RelayExtension = {
      name: 'no x',
      refusals: { 'has-x': 'contains an x' },
      judgeUpdate: ({ update }) => {
        asked.push('no x');
        return new TextDecoder().decode(update).includes('x') ? 'has-x' : null;
      },
    };
    const later: RelayExtension = {
      name: 'later',
      judgeUpdate: () => {
        asked.push('later');
        return null;
      },
    };
    const metrics = new Metrics();
    const { extensions, rooms } = registryWith([new RefusalCounts(metrics), refuseX, later]);
    expect(metrics.updatesRefusedByReason).toEqual({
      role: 0,
      cost: 0,
      'document-full': 0,
      'board-full': 0,
      'has-x': 0,
    });
    await rooms.withRooms([contentRoom(BOARD)], ([room]) => {
      const connection = {} as Connection; // the judges here never read it
      const judge = (text: string) =>
        extensions.judge({ room: room!, connection, update: new TextEncoder().encode(text) });
      expect(judge('abc')).toBeNull();
      expect(asked).toEqual(['no x', 'later']);
      const refusal = judge('xyz');
      expect(refusal).toBe('has-x');
      expect(asked).toEqual(['no x', 'later', 'no x']);
      extensions.refused({ room: room!, connection, reason: refusal! });
    });
    expect(metrics.updatesRefusedByReason['has-x']).toBe(1);
    expect(extensions.describe('has-x')).toBe('contains an x');
    expect(() => registryWith([refuseX, { ...refuseX, name: 'again' }])).toThrow(/twice/);
  });

  it("stores a server write, then broadcasts it to every client, the writer's own too", async () => {
    const { rooms } = registryWith([]);
    const client = member();
    await rooms.withRooms([contentRoom(BOARD)], ([room]) => {
      room!.connections.add(client);
      serverWrite(room!.doc, () => room!.doc.getMap('board').set('title', 'Teamdag'));
      expect(client.received).toEqual([]); // durable before visible
    });
    await rooms.withRooms([contentRoom(BOARD)], async ([room]) => {
      await rooms.whenStored(room!);
      room!.connections.delete(client);
    });
    expect(client.received).toHaveLength(1);
    const stored = await storage.loadDocument(contentRoom(BOARD));
    const doc = new Y.Doc();
    for (const update of stored.updates) Y.applyUpdate(doc, update);
    expect(doc.getMap('board').get('title')).toBe('Teamdag');
  });

  it('keeps running the other hooks when one throws', async () => {
    const calls: string[] = [];
    const broken: RelayExtension = {
      name: 'broken',
      afterApply: () => {
        throw new Error('stuk');
      },
      afterStored: () => {
        throw new Error('stuk');
      },
    };
    const takesBack: RelayExtension = { name: 'takes back', afterApply: () => 'taken' };
    const { extensions, rooms } = registryWith([broken, takesBack, recorder('after', calls)]);
    await rooms.withRooms([contentRoom(BOARD)], ([room]) => {
      const update = { room: room!, connection: {} as Connection, update: new Uint8Array() };
      expect(extensions.afterApply(update)).toEqual(['taken']);
      serverWrite(room!.doc, () => room!.doc.getMap('m').set('a', 1));
    });
    await called(calls, 'after.afterStored B');
  });
});
