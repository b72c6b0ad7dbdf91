import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE, SqliteStorage } from './SqliteStorage.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function open(dir = mkdtempSync(join(tmpdir(), 'werkbord-snap-'))) {
  if (!dirs.includes(dir)) dirs.push(dir);
  return { dir, storage: new SqliteStorage({ dataDir: dir, synchronous: 'NORMAL' }) };
}

const board = { boardId: 'b'.repeat(22), werkvorm: 'leeg-bord', title: 'T', createdAt: 'x' };

describe('SqliteStorage snapshots', () => {
  it('adds the snapshots table to a version 1 database', async () => {
    const { dir, storage } = open();
    await storage.close();
    const db = new Database(join(dir, DATABASE_FILE));
    db.exec('DROP TABLE snapshots');
    db.pragma('user_version = 1');
    db.close();
    const reopened = open(dir).storage;
    await reopened.createBoard(board, [], []);
    expect(await reopened.listSnapshots(board.boardId)).toEqual([]);
    await reopened.close();
  });

  it('stores, lists, reads and deletes snapshots; deleting the board removes them', async () => {
    const { storage } = open();
    await storage.createBoard(board, [], [{ doc: board.boardId, update: new Uint8Array([1]) }]);
    const info = await storage.createSnapshot({
      info: {
        id: 'AAAAAAAAAAAAAAAA',
        name: 'Een',
        author: null,
        createdAt: '2026-11-22T10:00:00.000Z',
        werkvorm: 'leeg-bord',
        kind: 'named',
        hasThumbnail: false,
        sizeBytes: 0,
      },
      boardId: board.boardId,
      content: new Uint8Array([1, 2, 3]),
      control: new Uint8Array([4]),
      thumbnail: new Uint8Array([5, 6]),
    });
    expect(info).toMatchObject({ hasThumbnail: true, sizeBytes: 6 });
    expect(await storage.listSnapshots(board.boardId)).toEqual([info]);
    const stored = await storage.getSnapshot(board.boardId, info.id);
    expect([...(stored?.content ?? [])]).toEqual([1, 2, 3]);
    expect(await storage.getSnapshot('c'.repeat(22), info.id)).toBeNull();
    await storage.deleteBoard(board.boardId);
    expect(await storage.getBoard(board.boardId)).toBeNull();
    expect(await storage.listSnapshots(board.boardId)).toEqual([]);
    expect((await storage.loadDocument(board.boardId)).updates).toEqual([]);
    expect(await storage.deleteSnapshot(board.boardId, info.id)).toBe(false);
    await storage.close();
  });
});
