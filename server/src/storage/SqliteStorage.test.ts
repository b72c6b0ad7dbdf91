import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Role } from '@werkbord/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DATABASE_FILE, SqliteStorage } from './SqliteStorage.js';
import type { BoardRecord } from './Storage.js';

const board: BoardRecord = {
  boardId: 'AbCdEfGhIjKlMnOpQrSt_-',
  werkvorm: 'leeg-bord',
  title: 'Teamoverleg',
  createdAt: '2025-01-02T03:04:05.000Z',
};
const hash = (byte: number) => Buffer.alloc(32, byte);
const bytes = (...values: number[]) => new Uint8Array(values);

let dataDir: string;
let storage: SqliteStorage;

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'werkbord-storage-'));
  storage = new SqliteStorage({ dataDir, synchronous: 'NORMAL' });
});

afterEach(async () => {
  await storage.close();
  rmSync(dataDir, { recursive: true, force: true });
});

function reopen(): SqliteStorage {
  return new SqliteStorage({ dataDir, synchronous: 'FULL' });
}

describe('SqliteStorage', () => {
  it('keeps boards, roles and first updates across a reopen of the file', async () => {
    await storage.createBoard(
      board,
      [
        { hash: hash(1), role: Role.Facilitator },
        { hash: hash(2), role: Role.Viewer },
      ],
      [{ doc: `${board.boardId}.control`, update: bytes(1, 2, 3) }],
    );
    await storage.close();
    storage = reopen();
    expect(await storage.getBoard(board.boardId)).toEqual(board);
    expect(await storage.findRole(board.boardId, hash(1))).toBe(Role.Facilitator);
    expect(await storage.findRole(board.boardId, hash(2))).toBe(Role.Viewer);
    const control = await storage.loadDocument(`${board.boardId}.control`);
    expect(control.updates.map((update) => [...update])).toEqual([[1, 2, 3]]);
  });

  it('finds no board and no role for unknown ids and hashes', async () => {
    await storage.createBoard(board, [{ hash: hash(1), role: Role.Participant }], []);
    expect(await storage.getBoard('BbCdEfGhIjKlMnOpQrSt_-')).toBeNull();
    expect(await storage.findRole(board.boardId, hash(9))).toBeNull();
    expect(await storage.findRole('BbCdEfGhIjKlMnOpQrSt_-', hash(1))).toBeNull();
  });

  it('stores only token hashes, never anything else about the token', () => {
    const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
    const columns = db.prepare("SELECT name FROM pragma_table_info('tokens')").all();
    db.close();
    expect(columns).toEqual([{ name: 'hash' }, { name: 'board_id' }, { name: 'role' }]);
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
    expect(a.updates.map((update) => [...update])).toEqual([[1], [3]]);
    expect(a.lastSeq).toBe(seqs[2]);
    expect(a.state).toBeNull();
  });

  it('appends a batch in one transaction: one bad entry stores none of it', async () => {
    const bad = { doc: null as unknown as string, update: bytes(2) };
    await expect(storage.appendUpdates([{ doc: 'a', update: bytes(1) }, bad])).rejects.toThrow();
    expect((await storage.loadDocument('a')).updates).toEqual([]);
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

    await storage.close();
    storage = reopen();
    const stored = await storage.loadDocument('d');
    expect(stored.stateSeq).toBe(upto);
    expect(stored.updates).toHaveLength(2);
    expect(stored.lastSeq).toBe(seqs[4]);
    const loaded = new Y.Doc();
    Y.applyUpdate(loaded, stored.state ?? bytes());
    stored.updates.forEach((update) => Y.applyUpdate(loaded, update));
    expect(loaded.getMap('m').toJSON()).toEqual({ k0: 0, k1: 1, k2: 2, k3: 3, k4: 4 });
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
      { doc: `${board.boardId}.control`, update: bytes(0, 0) },
      // '_' and '-' are name characters here, not wildcards.
      { doc: `${board.boardId}.privateX`, update: bytes(0, 0) },
      { doc: 'AbCdEfGhIjKlMnOpQrSt__.private.cccc', update: bytes(0, 0) },
    ]);
    await storage.compact(`${prefix}a_aa`, bytes(0, 0), compacted ?? 0);
    expect((await storage.loadDocument(`${prefix}a_aa`)).updates).toEqual([]);
    expect(await storage.listDocuments(prefix)).toEqual([`${prefix}a_aa`, `${prefix}bbbb`]);
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

  it('runs in WAL mode', () => {
    const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });
});
