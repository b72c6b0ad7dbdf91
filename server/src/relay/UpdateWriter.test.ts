import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../log.js';
import { DATABASE_FILE, SqliteStorage } from '../storage/SqliteStorage.js';
import type { DocumentUpdate } from '../storage/Storage.js';
import { Room } from './Room.js';
import { type PendingUpdate, UpdateWriter } from './UpdateWriter.js';

/** Real SQLite; only remembers which documents each transaction wrote. */
class WatchedStorage extends SqliteStorage {
  readonly transactions: string[][] = [];

  override appendUpdates(updates: readonly DocumentUpdate[]): Promise<number[]> {
    this.transactions.push(updates.map(({ update }) => Buffer.from(update).toString()));
    return super.appendUpdates(updates);
  }
}

/** Long enough that nothing on a busy machine makes an update miss the window it is sent in. */
const INTERVAL_MS = 400;
const log = createLogger('silent');
const text = (bytes: Uint8Array) => Buffer.from(bytes).toString();
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

let dataDir: string;
let storage: WatchedStorage;
/** A second connection to the same file: sees only what was committed. */
let reader: Database.Database;
let stored: string[];
let failed: string[][];
let writer: UpdateWriter;

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'werkbord-writer-'));
  storage = new WatchedStorage({ dataDir, synchronous: 'NORMAL' });
  reader = new Database(join(dataDir, DATABASE_FILE));
  stored = [];
  failed = [];
  writer = new UpdateWriter(
    storage,
    {
      onStored({ room, update }, seq) {
        // The broadcast would go out now: the update must already be committed, under `seq`.
        const row = reader
          .prepare('SELECT doc, data FROM stored_updates WHERE seq = ?')
          .get(seq) as { doc: string; data: Buffer } | undefined;
        expect(row?.doc).toBe(room.name);
        expect(row && text(row.data)).toBe(text(update));
        stored.push(text(update));
      },
      onFailed(batch) {
        failed.push(batch.map(({ update }) => text(update)));
      },
    },
    log,
    { minCommitIntervalMs: INTERVAL_MS },
  );
});

afterEach(async () => {
  reader.close();
  await storage.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function room(name: string): Promise<Room> {
  const room = new Room(name, () => {});
  await room.ready;
  return room;
}

function pending(room: Room, update: string): PendingUpdate {
  return { room, update: Buffer.from(update), origin: null };
}

function storedDocs(): string[] {
  const rows = reader.prepare('SELECT data FROM stored_updates ORDER BY seq').all() as {
    data: Buffer;
  }[];
  return rows.map((row) => text(row.data));
}

describe('UpdateWriter', () => {
  it('writes at once when quiet; shortly after a commit, collects into one transaction', async () => {
    const [a, b] = [await room('KamerAAAAAAAAAAAAAAAAA'), await room('KamerBBBBBBBBBBBBBBBBB')];
    writer.enqueue(pending(a, 'a1'));
    await nextTurn();
    expect(stored).toEqual(['a1']);
    expect(storage.transactions).toEqual([['a1']]);

    // Within the interval after that commit: held, over several turns, then written together.
    writer.enqueue(pending(b, 'b1'));
    await nextTurn();
    writer.enqueue(pending(a, 'a2'));
    await nextTurn();
    writer.enqueue(pending(b, 'b2'));
    await nextTurn();
    expect(stored).toEqual(['a1']);
    expect(storedDocs()).toEqual(['a1']);
    expect([a.unstored, b.unstored]).toEqual([1, 2]);

    await writer.whenStored(b);
    expect(storage.transactions).toEqual([['a1'], ['b1', 'a2', 'b2']]);
    expect(stored).toEqual(['a1', 'b1', 'a2', 'b2']);
    expect(storedDocs()).toEqual(['a1', 'b1', 'a2', 'b2']);
    expect([a.unstored, b.unstored]).toEqual([0, 0]);
    await writer.drain();
    expect(failed).toEqual([]);
  });

  it('a failed transaction fails every update collected into it, and the writer goes on', async () => {
    const [a, broken] = [
      await room('KamerAAAAAAAAAAAAAAAAA'),
      await room('KamerKapotKapotKapot__'),
    ];
    writer.enqueue(pending(a, 'a1'));
    await writer.whenStored(a);

    // SQLite itself refuses the row of one room; the transaction rolls back as a whole.
    reader.exec(`CREATE TRIGGER refuse BEFORE INSERT ON update_log WHEN NEW.doc = 'KamerKapotKapotKapot__'
                 BEGIN SELECT RAISE(ABORT, 'schijf weigert'); END`);
    writer.enqueue(pending(a, 'a2'));
    await nextTurn();
    writer.enqueue(pending(broken, 'kapot'));
    await writer.drain();
    expect(failed).toEqual([['a2', 'kapot']]);
    expect(stored).toEqual(['a1']); // a2 shared the failed commit: never broadcast
    expect(storedDocs()).toEqual(['a1']);
    expect([a.unstored, broken.unstored]).toEqual([0, 0]);

    reader.exec('DROP TRIGGER refuse');
    writer.enqueue(pending(a, 'a3'));
    await writer.drain();
    expect(stored).toEqual(['a1', 'a3']);
    expect(storedDocs()).toEqual(['a1', 'a3']);
  });
});
