/**
 * The storage contract (`Storage.ts`), one suite run against every back-end: SQLite and
 * PostgreSQL must keep boards, tokens, updates and compacted states alike. Snapshots and owner
 * fences have suites of their own (`snapshotStorage.test.ts`, `fencing.test.ts`).
 */
import { Role } from '@werkbord/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { BoardRecord, Storage } from './Storage.js';
import { type OpenedStorage, STORAGE_BACKENDS } from './testing/storageBackends.js';

const board: BoardRecord = {
  boardId: 'AbCdEfGhIjKlMnOpQrSt_-',
  werkvorm: 'leeg-bord',
  title: 'Teamoverleg',
  createdAt: '2025-01-02T03:04:05.000Z',
};
const hash = (byte: number) => Buffer.alloc(32, byte);
const bytes = (...values: number[]) => new Uint8Array(values);
const listed = (updates: Uint8Array[]) => updates.map((update) => [...update]);

describe.each(STORAGE_BACKENDS)('$name storage', (backend) => {
  let opened: OpenedStorage;
  let storage: Storage;

  beforeEach(async () => {
    opened = await backend.open();
    storage = opened.storage;
  });
  afterEach(() => opened.dispose());

  it('keeps boards, roles and first updates across a reopen', async () => {
    const unicode = { ...board, title: 'Wijkteam Zuid: “wat gaat goed?” 👍' };
    await storage.createBoard(
      unicode,
      [
        { hash: hash(1), role: Role.Facilitator },
        { hash: hash(2), role: Role.Viewer },
      ],
      [{ doc: `${board.boardId}.control`, update: bytes(1, 2, 3) }],
    );
    storage = await opened.reopen();
    expect(await storage.getBoard(board.boardId)).toEqual(unicode);
    expect(await storage.findRole(board.boardId, hash(1))).toBe(Role.Facilitator);
    expect(await storage.findRole(board.boardId, hash(2))).toBe(Role.Viewer);
    const control = await storage.loadDocument(`${board.boardId}.control`);
    expect(listed(control.updates)).toEqual([[1, 2, 3]]);
  });

  it('finds no board and no role for unknown ids and hashes', async () => {
    await storage.createBoard(board, [{ hash: hash(1), role: Role.Participant }], []);
    expect(await storage.getBoard('BbCdEfGhIjKlMnOpQrSt_-')).toBeNull();
    expect(await storage.findRole(board.boardId, hash(9))).toBeNull();
    expect(await storage.findRole('BbCdEfGhIjKlMnOpQrSt_-', hash(1))).toBeNull();
  });

  it('creates a board atomically: a failing token leaves no board behind', async () => {
    const duplicate = [
      { hash: hash(1), role: Role.Facilitator },
      { hash: hash(1), role: Role.Viewer },
    ];
    await expect(storage.createBoard(board, duplicate, [])).rejects.toThrow();
    expect(await storage.getBoard(board.boardId)).toBeNull();
  });

  it('appends a batch in order with increasing sequence numbers, per document', async () => {
    const seqs = await storage.appendUpdates([
      { doc: 'a', update: bytes(1) },
      { doc: 'b', update: bytes(2) },
      { doc: 'a', update: bytes(3) },
    ]);
    expect(seqs).toHaveLength(3);
    expect([...seqs].sort((x, y) => x - y)).toEqual(seqs);
    const a = await storage.loadDocument('a');
    expect(listed(a.updates)).toEqual([[1], [3]]);
    expect(a.lastSeq).toBe(seqs[2]);
    expect(a.state).toBeNull();
    expect(a.stateSeq).toBe(0);
  });

  it('appends a batch larger than one statement takes, in order', async () => {
    const updates = Array.from({ length: 2_500 }, (_, i) => ({
      doc: i % 2 === 0 ? 'even' : 'odd',
      update: bytes(i % 256, Math.floor(i / 256)),
    }));
    const seqs = await storage.appendUpdates(updates);
    expect(seqs).toHaveLength(2_500);
    expect(seqs.every((seq, i) => i === 0 || seq > (seqs[i - 1] ?? 0))).toBe(true);
    const even = await storage.loadDocument('even');
    expect(listed(even.updates)).toEqual(
      updates.filter((_, i) => i % 2 === 0).map(({ update }) => [...update]),
    );
  });

  it('appends a batch in one transaction: one bad entry stores none of it', async () => {
    const bad = { doc: null as unknown as string, update: bytes(2) };
    await expect(storage.appendUpdates([{ doc: 'a', update: bytes(1) }, bad])).rejects.toThrow();
    expect((await storage.loadDocument('a')).updates).toEqual([]);
  });

  it('has an update stored for every other connection once appending resolved', async () => {
    const other = opened.another();
    const [seq] = await storage.appendUpdates([{ doc: 'a', update: bytes(7) }]);
    const seen = await other.loadDocument('a');
    expect(listed(seen.updates)).toEqual([[7]]);
    expect(seen.lastSeq).toBe(seq);
  });

  it('compacts: the merged state replaces the updates up to the given sequence number', async () => {
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    for (let i = 0; i < 5; i++) doc.getMap('m').set(`k${i}`, i);
    const seqs = await storage.appendUpdates(updates.map((update) => ({ doc: 'd', update })));
    const upto = seqs[2] ?? 0;
    const partial = new Y.Doc();
    updates.slice(0, 3).forEach((update) => Y.applyUpdate(partial, update));
    await storage.compact('d', Y.encodeStateAsUpdate(partial), upto);

    storage = await opened.reopen();
    const stored = await storage.loadDocument('d');
    expect(stored.stateSeq).toBe(upto);
    expect(stored.updates).toHaveLength(2);
    expect(stored.lastSeq).toBe(seqs[4]);
    const loaded = new Y.Doc();
    Y.applyUpdate(loaded, stored.state ?? bytes());
    stored.updates.forEach((update) => Y.applyUpdate(loaded, update));
    expect(loaded.getMap('m').toJSON()).toEqual({ k0: 0, k1: 1, k2: 2, k3: 3, k4: 4 });
  });

  it('reports the state’s sequence number as the last one when no update follows it', async () => {
    const [seq] = await storage.appendUpdates([{ doc: 'd', update: bytes(0, 0) }]);
    await storage.compact('d', bytes(5), seq ?? 0);
    const stored = await storage.loadDocument('d');
    expect(stored).toMatchObject({ stateSeq: seq, lastSeq: seq, updates: [] });
    expect([...(stored.state ?? [])]).toEqual([5]);
  });

  it('never lets an older compaction replace a newer one', async () => {
    const [first, second] = await storage.appendUpdates([
      { doc: 'd', update: bytes(0, 0) },
      { doc: 'd', update: bytes(0, 0) },
    ]);
    await storage.compact('d', bytes(9), second ?? 0);
    await storage.compact('d', bytes(8), first ?? 0);
    const stored = await storage.loadDocument('d');
    expect(stored.stateSeq).toBe(second);
    expect([...(stored.state ?? [])]).toEqual([9]);
  });

  it('lists the documents that start with a prefix, stored as updates or compacted', async () => {
    const prefix = `${board.boardId}.private.`;
    const [, compacted] = await storage.appendUpdates([
      { doc: `${prefix}bbbb`, update: bytes(0, 0) },
      { doc: `${prefix}a_aa`, update: bytes(0, 0) },
      { doc: `${prefix}bbbb`, update: bytes(0, 0) },
      { doc: `${prefix}B-bb`, update: bytes(0, 0) },
      { doc: `${board.boardId}.control`, update: bytes(0, 0) },
      // '_' and '-' are name characters here, not wildcards.
      { doc: `${board.boardId}.privateX`, update: bytes(0, 0) },
      { doc: 'AbCdEfGhIjKlMnOpQrSt__.private.cccc', update: bytes(0, 0) },
    ]);
    await storage.compact(`${prefix}a_aa`, bytes(0, 0), compacted ?? 0);
    expect((await storage.loadDocument(`${prefix}a_aa`)).updates).toEqual([]);
    // Sorted byte by byte, whatever the database's collation: upper case before lower case.
    expect(await storage.listDocuments(prefix)).toEqual([
      `${prefix}B-bb`,
      `${prefix}a_aa`,
      `${prefix}bbbb`,
    ]);
    expect(await storage.listDocuments('ZZZ.private.')).toEqual([]);
  });

  it('sums the stored bytes of each document that starts with a prefix', async () => {
    const id = board.boardId;
    await storage.appendUpdates([
      { doc: id, update: new Uint8Array(10) },
      { doc: `${id}.control`, update: new Uint8Array(3) },
      { doc: `${id}.private.member`, update: new Uint8Array(5) },
      { doc: id, update: new Uint8Array(7) },
      { doc: 'ZZZZZZZZZZZZZZZZZZZZZZ', update: new Uint8Array(99) },
    ]);
    const [seq] = await storage.appendUpdates([
      { doc: `${id}.control`, update: new Uint8Array(4) },
    ]);
    await storage.compact(`${id}.control`, new Uint8Array(2), seq ?? 0);
    expect(Object.fromEntries(await storage.documentSizes(id))).toEqual({
      [id]: 17,
      [`${id}.control`]: 2,
      [`${id}.private.member`]: 5,
    });
    expect(await storage.documentSizes('nothing')).toEqual(new Map());
  });

  it('deletes every trace of one board and nothing of another', async () => {
    const other = { ...board, boardId: 'AbCdEfGhIjKlMnOpQrSt_A' };
    for (const [b, byte] of [
      [board, 1],
      [other, 2],
    ] as const) {
      await storage.createBoard(b, [{ hash: hash(byte), role: Role.Facilitator }], []);
      const [seq] = await storage.appendUpdates([
        { doc: b.boardId, update: bytes(byte) },
        { doc: `${b.boardId}.control`, update: bytes(byte) },
        { doc: `${b.boardId}.private.m`, update: bytes(byte) },
      ]);
      await storage.compact(b.boardId, bytes(byte, byte), seq ?? 0);
    }
    await storage.deleteBoard(board.boardId);
    expect(await storage.getBoard(board.boardId)).toBeNull();
    expect(await storage.findRole(board.boardId, hash(1))).toBeNull();
    expect(await storage.documentSizes(board.boardId)).toEqual(new Map());
    expect((await storage.loadDocument(board.boardId)).state).toBeNull();
    expect(await storage.getBoard(other.boardId)).toEqual(other);
    expect(await storage.findRole(other.boardId, hash(2))).toBe(Role.Facilitator);
    expect([...(await storage.documentSizes(other.boardId)).keys()]).toHaveLength(3);
  });

  it('keeps join codes until they expire, a few per board, and drops them with the board', async () => {
    await storage.createBoard(board, [{ hash: hash(1), role: Role.Facilitator }], []);
    const code = (byte: number, expiresAt: number) => ({
      hash: hash(byte),
      boardId: board.boardId,
      sealed: Buffer.from([byte, byte]),
      expiresAt,
    });
    await storage.createJoinCode(code(10, 5_000), 2, 1_000);
    expect(await storage.findJoinCode(hash(10), 1_000)).toEqual(code(10, 5_000));
    expect(await storage.findJoinCode(hash(10), 5_000)).toBeNull(); // expired
    expect(await storage.findJoinCode(hash(11), 1_000)).toBeNull();
    // A third code keeps the board's two newest.
    await storage.createJoinCode(code(11, 6_000), 2, 1_000);
    await storage.createJoinCode(code(12, 7_000), 2, 1_000);
    expect(await storage.findJoinCode(hash(10), 1_000)).toBeNull();
    expect(await storage.findJoinCode(hash(12), 1_000)).toEqual(code(12, 7_000));
    await storage.deleteBoard(board.boardId);
    expect(await storage.findJoinCode(hash(12), 1_000)).toBeNull();
  });

  it('answers a ping', async () => {
    await expect(storage.ping()).resolves.toBeUndefined();
  });
});
