/**
 * PostgreSQL storage (`WERKBORD_DATABASE_URL`): the contract of `Storage.ts` as SQLite keeps it,
 * in a database that several Werkbord processes can share. node-postgres with a pool; every write
 * is one transaction and resolves once PostgreSQL committed it (with its default
 * `synchronous_commit = on`: flushed to its write-ahead log), so the relay still stores before
 * it broadcasts.
 */
import pg from 'pg';
import { isRole, type Role, type SnapshotInfo } from '@werkbord/shared';
import { batchFences, boardFence, documentFence, fenceValue, staleBoards } from './fences.js';
import { importBoard } from './postgresImport.js';
import { migratePostgres } from './postgresMigrations.js';
import {
  inTransaction,
  insertUpdates,
  nameRange as range,
  placeholders,
  ROWS_PER_INSERT,
} from './postgresSql.js';
import {
  type BoardExport,
  type BoardRecord,
  type DocumentUpdate,
  type Fence,
  type JoinCodeRecord,
  type SnapshotRecord,
  StaleOwnerError,
  type Storage,
  type StoredDocument,
  type TokenRecord,
} from './Storage.js';
import { SNAPSHOT_COLUMNS, type SnapshotRow, snapshotInfo } from './snapshotRows.js';

export interface PostgresStorageOptions {
  /** `postgres://user:password@host:port/database?…`; it holds a password, so it is never logged. */
  connectionString: string;
  /** Connections the pool opens at most. Default 10. */
  poolSize?: number;
  /** An idle connection failed (the database restarted, the network dropped); the pool replaces it. */
  onConnectionError?: (error: Error) => void;
}

/** Every table that holds a trace of a board. */
const BOARD_TABLES = 'updates, document_states, snapshots, join_codes, tokens, boards';

export class PostgresStorage implements Storage {
  readonly #pool: pg.Pool;
  /** The migrations; every call waits for them, and tries them again after they failed. */
  #ready: Promise<void> | null = null;
  #closed: Promise<void> | null = null;
  #lastVacuum: Promise<void> = Promise.resolve();
  #queuedVacuum: Promise<void> | null = null;

  constructor({ connectionString, poolSize = 10, onConnectionError }: PostgresStorageOptions) {
    this.#pool = new pg.Pool({
      connectionString,
      max: poolSize,
      // An unreachable database fails the call instead of making it wait for ever.
      connectionTimeoutMillis: 10_000,
      application_name: 'werkbord',
    });
    // Without a listener, an idle connection's error would end the process.
    this.#pool.on('error', (error) => onConnectionError?.(error));
    this.#migrated().catch(() => undefined);
  }

  async createBoard(
    board: BoardRecord,
    tokens: readonly TokenRecord[],
    initialUpdates: readonly DocumentUpdate[],
  ): Promise<void> {
    await this.#transaction(async (db) => {
      await db.query(
        'INSERT INTO boards (id, werkvorm, title, created_at) VALUES ($1, $2, $3, $4)',
        [board.boardId, board.werkvorm, board.title, board.createdAt],
      );
      if (tokens.length > 0) {
        const rows = tokens.map((token) => [token.hash, board.boardId, token.role]);
        await db.query(
          `INSERT INTO tokens (hash, board_id, role) VALUES ${placeholders(rows)}`,
          rows.flat(),
        );
      }
      await insertUpdates(db, initialUpdates);
    });
  }

  async getBoard(boardId: string): Promise<BoardRecord | null> {
    const { rows } = await this.#query<{
      id: string;
      werkvorm: string;
      title: string;
      created_at: string;
    }>('SELECT id, werkvorm, title, created_at FROM boards WHERE id = $1', [boardId]);
    const row = rows[0];
    if (row === undefined) return null;
    return { boardId: row.id, werkvorm: row.werkvorm, title: row.title, createdAt: row.created_at };
  }

  async findRole(boardId: string, tokenHash: Buffer): Promise<Role | null> {
    // Looked up by the hash, through the primary key: no secret is compared (see SqliteStorage).
    const { rows } = await this.#query<{ role: string }>(
      'SELECT role FROM tokens WHERE hash = $1 AND board_id = $2',
      [tokenHash, boardId],
    );
    const role = rows[0]?.role;
    return role !== undefined && isRole(role) ? role : null;
  }

  async claimBoard(boardId: string, fence: Fence): Promise<void> {
    // One statement: it waits for the fenced writes that hold the board's row (FOR SHARE). [1]
    const claimed = await this.#query(
      'UPDATE boards SET fence = $2 WHERE id = $1 AND fence <= $2',
      [boardId, fenceValue(fence).toString()],
    );
    if (claimed.rowCount === 0) throw new StaleOwnerError([boardId]);
  }

  async loadDocument(doc: string): Promise<StoredDocument> {
    // One statement sees one snapshot: a compaction in between cannot drop updates from view.
    const { rows } = await this.#query<{ seq: string; data: Buffer; is_state: boolean }>(
      `WITH state AS (SELECT state, last_seq FROM document_states WHERE doc = $1)
       SELECT last_seq AS seq, state AS data, true AS is_state FROM state
       UNION ALL
       SELECT seq, data, false FROM updates
       WHERE doc = $1 AND seq > coalesce((SELECT last_seq FROM state), 0)
       ORDER BY is_state DESC, seq`,
      [doc],
    );
    const stateRow = rows[0]?.is_state === true ? rows[0] : undefined;
    const updates = stateRow === undefined ? rows : rows.slice(1);
    const stateSeq = stateRow === undefined ? 0 : Number(stateRow.seq);
    const last = updates.at(-1);
    return {
      state: stateRow?.data ?? null,
      stateSeq,
      updates: updates.map((row) => row.data),
      lastSeq: last === undefined ? stateSeq : Number(last.seq),
    };
  }

  async listDocuments(prefix: string): Promise<string[]> {
    // A name range, as in SQLite; the columns compare bytes (COLLATE "C").
    const { rows } = await this.#query<{ doc: string }>(
      `SELECT doc FROM updates WHERE doc >= $1 AND doc < $2
       UNION SELECT doc FROM document_states WHERE doc >= $1 AND doc < $2 ORDER BY doc`,
      range(prefix),
    );
    return rows.map((row) => row.doc);
  }

  async documentSizes(prefix: string): Promise<Map<string, number>> {
    const { rows } = await this.#query<{ doc: string; bytes: string }>(
      `SELECT doc, sum(bytes) AS bytes FROM (
         SELECT doc, octet_length(data) AS bytes FROM updates WHERE doc >= $1 AND doc < $2
         UNION ALL
         SELECT doc, octet_length(state) FROM document_states WHERE doc >= $1 AND doc < $2
       ) AS stored GROUP BY doc`,
      range(prefix),
    );
    return new Map(rows.map((row) => [row.doc, Number(row.bytes)]));
  }

  async appendUpdates(updates: readonly DocumentUpdate[]): Promise<number[]> {
    if (updates.length === 0) return [];
    const fences = batchFences(updates);
    if (fences.size === 0 && updates.length <= ROWS_PER_INSERT) {
      // One statement is a transaction of its own: one round trip for the whole batch.
      await this.#migrated();
      return insertUpdates(this.#pool, updates);
    }
    return this.#fenced(fences, (db) => insertUpdates(db, updates));
  }

  async compact(doc: string, state: Uint8Array, uptoSeq: number, fence?: Fence): Promise<void> {
    await this.#fenced(documentFence(doc, fence), async (db) => {
      await db.query(
        `INSERT INTO document_states (doc, state, last_seq, updated_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (doc) DO UPDATE SET state = excluded.state, last_seq = excluded.last_seq,
           updated_at = excluded.updated_at
         WHERE excluded.last_seq >= document_states.last_seq`,
        [doc, state, uptoSeq, new Date().toISOString()],
      );
      await db.query('DELETE FROM updates WHERE doc = $1 AND seq <= $2', [doc, uptoSeq]);
    });
  }

  async createSnapshot(
    { info, boardId, content, control, thumbnail }: SnapshotRecord,
    fence?: Fence,
  ): Promise<SnapshotInfo> {
    const size = content.length + control.length + (thumbnail?.length ?? 0);
    await this.#fenced(boardFence(boardId, fence), (db) =>
      db.query(
        `INSERT INTO snapshots (id, board_id, name, author, created_at, werkvorm, kind, content,
           control, thumbnail, size) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [
          info.id,
          boardId,
          info.name,
          info.author,
          info.createdAt,
          info.werkvorm,
          info.kind,
          content,
          control,
          thumbnail,
          size,
        ],
      ),
    );
    return { ...info, hasThumbnail: thumbnail !== null, sizeBytes: size };
  }

  async listSnapshots(boardId: string): Promise<SnapshotInfo[]> {
    const { rows } = await this.#query<SnapshotRow>(
      `SELECT ${SNAPSHOT_COLUMNS} FROM snapshots WHERE board_id = $1
       ORDER BY created_at DESC, position DESC`,
      [boardId],
    );
    return rows.map(snapshotInfo);
  }

  async getSnapshot(boardId: string, snapshotId: string): Promise<SnapshotRecord | null> {
    const { rows } = await this.#query<
      SnapshotRow & { content: Buffer; control: Buffer; thumbnail: Buffer | null }
    >(
      `SELECT ${SNAPSHOT_COLUMNS}, content, control, thumbnail FROM snapshots
       WHERE board_id = $1 AND id = $2`,
      [boardId, snapshotId],
    );
    const row = rows[0];
    if (row === undefined) return null;
    const { content, control, thumbnail } = row;
    return { info: snapshotInfo(row), boardId, content, control, thumbnail };
  }

  async deleteSnapshot(boardId: string, snapshotId: string, fence?: Fence): Promise<boolean> {
    const deleted = await this.#fenced(boardFence(boardId, fence), (db) =>
      db.query('DELETE FROM snapshots WHERE board_id = $1 AND id = $2', [boardId, snapshotId]),
    );
    return (deleted.rowCount ?? 0) > 0;
  }

  async createJoinCode(code: JoinCodeRecord, keepPerBoard: number, now: number): Promise<void> {
    await this.#transaction(async (db) => {
      await db.query('DELETE FROM join_codes WHERE expires_at <= $1', [now]);
      await db.query(
        'INSERT INTO join_codes (hash, board_id, sealed, expires_at) VALUES ($1, $2, $3, $4)',
        [code.hash, code.boardId, code.sealed, code.expiresAt],
      );
      await db.query(
        `DELETE FROM join_codes WHERE board_id = $1 AND hash NOT IN (
           SELECT hash FROM join_codes WHERE board_id = $1 ORDER BY expires_at DESC, hash LIMIT $2)`,
        [code.boardId, keepPerBoard],
      );
    });
  }

  async findJoinCode(hash: Buffer, now: number): Promise<JoinCodeRecord | null> {
    const { rows } = await this.#query<{ board_id: string; sealed: Buffer; expires_at: string }>(
      'SELECT board_id, sealed, expires_at FROM join_codes WHERE hash = $1 AND expires_at > $2',
      [hash, now],
    );
    const row = rows[0];
    if (row === undefined) return null;
    return { hash, boardId: row.board_id, sealed: row.sealed, expiresAt: Number(row.expires_at) };
  }

  async deleteBoard(boardId: string, fence?: Fence): Promise<void> {
    await this.#fenced(
      boardFence(boardId, fence),
      async (db) => {
        // Every document of the board is named `<boardId>` or `<boardId>.…`.
        const docs = range(boardId);
        await db.query('DELETE FROM updates WHERE doc >= $1 AND doc < $2', docs);
        await db.query('DELETE FROM document_states WHERE doc >= $1 AND doc < $2', docs);
        await db.query('DELETE FROM snapshots WHERE board_id = $1', [boardId]);
        await db.query('DELETE FROM join_codes WHERE board_id = $1', [boardId]);
        await db.query('DELETE FROM tokens WHERE board_id = $1', [boardId]);
        await db.query('DELETE FROM boards WHERE id = $1', [boardId]);
      },
      'FOR UPDATE',
    );
    await this.#vacuum();
  }

  /**
   * Copies a board in (`werkbord migrate`), in one transaction; resolves `false`, writing
   * nothing, when the database has the board already.
   */
  importBoard(exported: BoardExport): Promise<boolean> {
    return this.#transaction((db) => importBoard(db, exported));
  }

  async ping(): Promise<void> {
    await this.#query('SELECT count(*) FROM boards WHERE id = $1', ['']);
  }

  close(): Promise<void> {
    this.#closed ??= (async () => {
      await Promise.allSettled([this.#ready, this.#lastVacuum]);
      await this.#pool.end();
    })();
    return this.#closed;
  }

  async #query<R extends pg.QueryResultRow>(
    text: string,
    values: unknown[],
  ): Promise<pg.QueryResult<R>> {
    await this.#migrated();
    return this.#pool.query<R>(text, values);
  }

  async #transaction<T>(work: (db: pg.PoolClient) => Promise<T>): Promise<T> {
    await this.#migrated();
    return inTransaction(this.#pool, work);
  }

  /** A database that was unreachable at start is migrated on the first call that reaches it. */
  #migrated(): Promise<void> {
    this.#ready ??= migratePostgres(this.#pool).catch((error: unknown) => {
      this.#ready = null;
      throw error;
    });
    return this.#ready;
  }

  /**
   * Runs `work` in a transaction after checking the writers' fences; the boards' rows stay
   * locked until the commit, so no claim can come in between. [1]
   */
  #fenced<T>(
    fences: ReadonlyMap<string, bigint>,
    work: (db: pg.PoolClient) => Promise<T>,
    lock: 'FOR SHARE' | 'FOR UPDATE' = 'FOR SHARE',
  ): Promise<T> {
    return this.#transaction(async (db) => {
      if (fences.size > 0) {
        const { rows } = await db.query<{ id: string; fence: string }>(
          `SELECT id, fence FROM boards WHERE id = ANY($1::text[]) ORDER BY id ${lock}`,
          [[...fences.keys()]],
        );
        const stale = staleBoards(fences, new Map(rows.map((row) => [row.id, BigInt(row.fence)])));
        if (stale.length > 0) throw new StaleOwnerError(stale);
      }
      return work(db);
    });
  }

  /**
   * AVG: VACUUM removes the deleted rows from the tables and their indexes. A delete committed
   * while one runs waits for the next, which serves every delete queued meanwhile. [2]
   */
  #vacuum(): Promise<void> {
    if (this.#queuedVacuum !== null) return this.#queuedVacuum;
    const queued = this.#lastVacuum
      .catch(() => undefined)
      .then(async () => {
        this.#queuedVacuum = null;
        await this.#pool.query(`VACUUM ${BOARD_TABLES}`);
      });
    this.#queuedVacuum = queued;
    this.#lastVacuum = queued;
    return queued;
  }
}

/*
 * [1] Fencing is a row lock on the board: a fenced write reads the board's fence FOR SHARE (a
 *     delete FOR UPDATE) in its own transaction and keeps the lock until it commits, and a claim
 *     is an UPDATE of that row. So a claim waits for the old owner's write in flight, and a write
 *     that starts after the claim reads the new fence and is refused: either the write commits
 *     before the claim, and the new owner reads it when it loads the board, or not at all.
 * [2] What VACUUM does not remove: the bytes of a freed row can stay in the table's files until
 *     PostgreSQL reuses the space, the write-ahead log holds the rows until its segments are
 *     recycled (longer with WAL archiving or replicas), and backups hold them as long as they are
 *     kept. README.md says so to the administrator.
 */
