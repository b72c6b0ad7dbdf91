/**
 * What only the PostgreSQL back-end does: migrations shared by processes that start together,
 * refusing databases it cannot serve, VACUUM after a board is deleted, and fencing under
 * concurrency (a claim waits for the old owner's write in flight). The contract both back-ends
 * keep is in `Storage.test.ts`.
 */
import { once } from 'node:events';
import { connect, createServer, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATION_NAMES } from './migrations.js';
import { PostgresStorage } from './PostgresStorage.js';
import { StaleOwnerError } from './Storage.js';
import { createTestDatabase, type TestDatabase } from './testing/postgresTestDatabase.js';

const boardId = 'PpOoSsTtGgRrEeSsBbOoAa';
const board = { boardId, werkvorm: 'leeg-bord', title: 'Wmo-werkplaats', createdAt: 'x' };
const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function database(): Promise<TestDatabase> {
  const db = await createTestDatabase();
  cleanups.push(() => db.drop());
  return db;
}

function storageOn(db: TestDatabase): PostgresStorage {
  const storage = new PostgresStorage({ connectionString: db.url, poolSize: 3 });
  cleanups.push(() => storage.close());
  return storage;
}

async function waitUntil(what: string, check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 500; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('PostgresStorage', () => {
  it('stores only token hashes, never anything else about the token', async () => {
    const db = await database();
    await storageOn(db).ping();
    const columns = await db.query<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'tokens'
       ORDER BY ordinal_position`,
    );
    expect(columns.map((row) => row.column_name)).toEqual(['hash', 'board_id', 'role']);
  });

  it('migrates once when three processes start on an empty database together', async () => {
    const db = await database();
    await Promise.all([storageOn(db), storageOn(db), storageOn(db)].map((s) => s.ping()));
    const applied = await db.query<{ version: number; name: string }>(
      'SELECT version, name FROM schema_migrations ORDER BY version',
    );
    expect(applied).toEqual(MIGRATION_NAMES.map((name, i) => ({ version: i + 1, name })));
  });

  it('refuses a database of a newer Werkbord and writes nothing to it', async () => {
    const db = await database();
    const first = storageOn(db);
    await first.createBoard(board, [], []);
    await db.query("INSERT INTO schema_migrations VALUES (99, 'from the future', 'x')");
    const newer = storageOn(db);
    await expect(newer.ping()).rejects.toThrow(/newer Werkbord/);
    await expect(newer.getBoard(boardId)).rejects.toThrow(/newer Werkbord/);
    expect(await db.query('SELECT count(*)::int AS n FROM schema_migrations')).toEqual([
      { n: MIGRATION_NAMES.length + 1 },
    ]);
  });

  it('refuses a database that is not UTF8', async () => {
    const db = await database();
    const ascii = `${db.url}_ascii`;
    const name = new URL(ascii).pathname.slice(1);
    await db.query(`CREATE DATABASE ${name} ENCODING 'SQL_ASCII' TEMPLATE template0`);
    cleanups.push(async () => void (await db.query(`DROP DATABASE ${name} WITH (FORCE)`)));
    const storage = new PostgresStorage({ connectionString: ascii });
    cleanups.push(() => storage.close());
    await expect(storage.ping()).rejects.toThrow(/UTF8/);
  });

  it('rejects at once, with the reason, when the database cannot be reached', async () => {
    const port = await new Promise<number>((resolve) => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const address = server.address();
        server.close(() => resolve(typeof address === 'object' && address ? address.port : 1));
      });
    });
    const storage = new PostgresStorage({
      connectionString: `postgres://werkbord:geheim@127.0.0.1:${port}/werkbord`,
    });
    cleanups.push(() => storage.close());
    await expect(storage.ping()).rejects.toThrow(/ECONNREFUSED/);
  });

  it('runs VACUUM on every table of a board after deleting it', async () => {
    const db = await database();
    const storage = storageOn(db);
    await storage.createBoard(board, [{ hash: Buffer.alloc(32, 3), role: 'viewer' }], []);
    await storage.appendUpdates([{ doc: boardId, update: Buffer.from('Anekdote van Jansen') }]);
    const vacuums = () =>
      db.query<{ relname: string; n: number }>(
        `SELECT relname, vacuum_count::int AS n FROM pg_stat_user_tables
         WHERE relname <> 'schema_migrations' ORDER BY relname`,
      );
    expect((await vacuums()).every((table) => table.n === 0)).toBe(true);
    await storage.deleteBoard(boardId);
    expect(await vacuums()).toEqual(
      ['boards', 'document_states', 'join_codes', 'snapshots', 'tokens', 'updates'].map(
        (relname) => ({
          relname,
          n: 1,
        }),
      ),
    );
    const left = await db.query<{ n: number }>(
      `SELECT (SELECT count(*) FROM updates) + (SELECT count(*) FROM tokens)
         + (SELECT count(*) FROM boards) AS n`,
    );
    expect(left).toEqual([{ n: '0' }]);
  });

  it('makes a claim wait for the old owner’s fenced write in flight: it lands before the claim or not at all', async () => {
    const db = await database();
    const oldOwner = storageOn(db);
    const newOwner = storageOn(db);
    await oldOwner.createBoard(board, [], []);
    await oldOwner.claimBoard(boardId, 1);
    // Hold the old owner's batch inside its transaction, after it checked its fence. [1]
    const blocker = await db.connect();
    cleanups.push(() => blocker.end());
    await blocker.query('BEGIN');
    await blocker.query('LOCK TABLE updates IN EXCLUSIVE MODE');
    const inFlight = oldOwner.appendUpdates([
      { doc: boardId, update: new Uint8Array([1]), fence: 1 },
    ]);
    const waitingFor = (query: string) =>
      waitUntil(`"${query}" to wait for a lock`, async () => {
        const rows = await db.query(
          `SELECT 1 FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE $1`,
          [`${query}%`],
        );
        return rows.length > 0;
      });
    await waitingFor('INSERT INTO updates');
    const claim = newOwner.claimBoard(boardId, 2);
    await waitingFor('UPDATE boards SET fence');
    await blocker.query('COMMIT');

    expect(await inFlight).toHaveLength(1);
    await claim;
    expect((await newOwner.loadDocument(boardId)).updates.map((u) => [...u])).toEqual([[1]]);
    await expect(
      oldOwner.appendUpdates([{ doc: boardId, update: new Uint8Array([2]), fence: 1 }]),
    ).rejects.toThrow(StaleOwnerError);
    expect((await newOwner.loadDocument(boardId)).updates).toHaveLength(1);
  });

  it('survives its connection dying in the middle of a transaction: the write fails, nothing more', async () => {
    const db = await database();
    // A relay between the storage and PostgreSQL whose connections the test resets, as a
    // restart of PostgreSQL or a network fault would.
    const target = new URL(db.url);
    const sockets = new Set<Socket>();
    const relay = createServer((client) => {
      const upstream = connect(Number(target.port), target.hostname);
      for (const socket of [client, upstream]) {
        sockets.add(socket);
        socket.on('error', () => undefined);
        socket.on('close', () => sockets.delete(socket));
      }
      client.pipe(upstream).pipe(client);
    });
    relay.listen(0, '127.0.0.1');
    await once(relay, 'listening');
    cleanups.push(() => new Promise((resolve) => relay.close(() => resolve())));
    const viaRelay = new URL(db.url);
    viaRelay.port = String((relay.address() as { port: number }).port);
    const storage = new PostgresStorage({ connectionString: viaRelay.href, poolSize: 3 });
    cleanups.push(() => storage.close());
    await storage.createBoard(board, [], []);
    // Keep the next board's transaction waiting at its INSERT, on a connection it checked out.
    const blocker = await db.connect();
    cleanups.push(() => blocker.end());
    await blocker.query('BEGIN');
    await blocker.query('LOCK TABLE boards IN EXCLUSIVE MODE');
    const creating = storage.createBoard({ ...board, boardId: 'QqOoSsTtGgRrEeSsBbOoAa' }, [], []);
    await waitUntil('the transaction to wait for the lock', async () => {
      const rows = await db.query(
        `SELECT 1 FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE 'INSERT INTO boards%'`,
      );
      return rows.length > 0;
    });
    for (const socket of sockets) socket.resetAndDestroy();
    // Without a listener for it, the connection's 'error' event would have ended the process.
    await expect(creating).rejects.toThrow();
    await blocker.query('ROLLBACK');
    expect(await storage.getBoard(boardId)).not.toBeNull();
  });
});

/*
 * [1] The test holds an exclusive lock on the updates table from a third connection: the old
 *     owner's append has read its fence (FOR SHARE on the board's row) and now waits at its
 *     INSERT, as a process would that paused in the middle of a write.
 */
