/**
 * SQLite's update log: updates land in `update_log`, are read through `stored_updates` before
 * they are moved, and are moved into `updates` without ever reusing a sequence number.
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { readBoard } from '../cli/sqliteBoards.js';
import { SQLITE_MIGRATIONS, migrateSqlite } from './sqliteMigrations.js';
import { FOLD_AT_ROWS, SqliteUpdateLog } from './sqliteUpdateLog.js';
import { sqliteDataDir } from './testing/sqliteDataDir.js';

const boardId = 'LlOoGgBbOoAaRrDdTtEeSs';
const control = `${boardId}.control`;
const bytes = (...values: number[]) => new Uint8Array(values);
const { file, open } = sqliteDataDir('werkbord-log-');

function rowCounts(): { logged: number; moved: number } {
  const db = new Database(file(), { readonly: true });
  const count = (table: string) =>
    db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  const counts = { logged: count('update_log'), moved: count('updates') };
  db.close();
  return counts;
}

const board = {
  boardId,
  werkvorm: 'historielijn',
  title: 'Ons verhaal',
  createdAt: '2026-12-03T09:00:00.000Z',
};

describe('SQLite update log', () => {
  it('serves logged updates at once and moves them into `updates` on close', async () => {
    const storage = open();
    await storage.createBoard(board, [], [{ doc: control, update: bytes(9) }]);
    const seqs = await storage.appendUpdates([
      { doc: boardId, update: bytes(1) },
      { doc: boardId, update: bytes(2, 2) },
    ]);
    expect(seqs).toEqual([2, 3]);
    expect(rowCounts()).toEqual({ logged: 3, moved: 0 });
    const loaded = await storage.loadDocument(boardId);
    expect(loaded.updates.map((update) => [...update])).toEqual([[1], [2, 2]]);
    expect(loaded.lastSeq).toBe(3);
    expect(await storage.listDocuments(boardId)).toEqual([boardId, control]);
    expect(await storage.documentSizes(boardId)).toEqual(
      new Map([
        [boardId, 3],
        [control, 1],
      ]),
    );
    await storage.close();

    expect(rowCounts()).toEqual({ logged: 0, moved: 3 });
    const reopened = open();
    expect((await reopened.loadDocument(boardId)).updates.map((u) => [...u])).toEqual([
      [1],
      [2, 2],
    ]);
    await reopened.close();
  });

  it('never gives out a number twice, also after compaction removed every row', async () => {
    const storage = open();
    await storage.createBoard(board, [], []);
    const [, last = 0] = await storage.appendUpdates([
      { doc: boardId, update: bytes(1) },
      { doc: boardId, update: bytes(2) },
    ]);
    await storage.compact(boardId, bytes(7, 7), last);
    expect(rowCounts()).toEqual({ logged: 0, moved: 0 });
    const [next = 0] = await storage.appendUpdates([{ doc: boardId, update: bytes(3) }]);
    expect(next).toBe(last + 1);
    await storage.close();

    const reopened = open();
    const [afterRestart = 0] = await reopened.appendUpdates([{ doc: boardId, update: bytes(4) }]);
    expect(afterRestart).toBe(next + 1);
    // Loading skips nothing: both updates are above the compacted state's number.
    const loaded = await reopened.loadDocument(boardId);
    expect([...(loaded.state ?? [])]).toEqual([7, 7]);
    expect(loaded.updates.map((update) => [...update])).toEqual([[3], [4]]);
    await reopened.close();
  });

  it('numbers on from a version 4 database whose updates were all compacted', async () => {
    const db = new Database(file());
    for (const migration of SQLITE_MIGRATIONS.slice(0, 4)) db.exec(migration.sql);
    db.prepare('INSERT INTO updates (doc, data) VALUES (?, ?)').run(boardId, Buffer.from([1]));
    db.prepare('INSERT INTO updates (doc, data) VALUES (?, ?)').run(boardId, Buffer.from([2]));
    db.prepare('INSERT INTO document_states VALUES (?, ?, ?, ?)').run(
      boardId,
      Buffer.from([5]),
      2,
      board.createdAt,
    );
    db.exec('DELETE FROM updates');
    db.pragma('user_version = 4');
    db.close();

    const storage = open();
    expect(await storage.appendUpdates([{ doc: boardId, update: bytes(3) }])).toEqual([3]);
    expect((await storage.loadDocument(boardId)).updates.map((u) => [...u])).toEqual([[3]]);
    await storage.close();
  });

  it('moves the log on its own, every interval', async () => {
    const db = new Database(file());
    migrateSqlite(db);
    const log = new SqliteUpdateLog(db, undefined, 20);
    db.transaction(() => log.append([{ doc: boardId, data: Buffer.from([1]) }]))();
    expect(rowCounts()).toEqual({ logged: 1, moved: 0 });
    await expect.poll(rowCounts, { timeout: 2_000 }).toEqual({ logged: 0, moved: 1 });
    log.stop();
    db.close();
  });

  it('moves a long log at the next turn, without waiting for the interval', async () => {
    const db = new Database(file());
    migrateSqlite(db);
    const log = new SqliteUpdateLog(db, undefined, 3_600_000);
    const rows = Array.from({ length: FOLD_AT_ROWS - 1 }, () => ({
      doc: boardId,
      data: Buffer.from([1]),
    }));
    db.transaction(() => log.append(rows))();
    await new Promise((resolve) => setImmediate(resolve));
    expect(rowCounts()).toEqual({ logged: FOLD_AT_ROWS - 1, moved: 0 });
    db.transaction(() => log.append(rows.slice(0, 1)))();
    await new Promise((resolve) => setImmediate(resolve));
    expect(rowCounts()).toEqual({ logged: 0, moved: FOLD_AT_ROWS });
    log.stop();
    db.close();
  });

  it('is read by `werkbord migrate` together with the moved updates', () => {
    const db = new Database(file());
    migrateSqlite(db);
    db.prepare('INSERT INTO boards (id, werkvorm, title, created_at) VALUES (?, ?, ?, ?)').run(
      boardId,
      board.werkvorm,
      board.title,
      board.createdAt,
    );
    db.prepare('INSERT INTO updates (seq, doc, data) VALUES (1, ?, ?)').run(
      boardId,
      Buffer.from([1]),
    );
    db.prepare('INSERT INTO update_log (seq, doc, data) VALUES (2, ?, ?)').run(
      boardId,
      Buffer.from([2]),
    );
    const exported = readBoard(db, boardId);
    db.close();
    expect(exported?.documents).toEqual([
      { doc: boardId, state: null, updates: [Buffer.from([1]), Buffer.from([2])] },
    ]);
  });
});
