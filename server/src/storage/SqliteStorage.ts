/**
 * The embedded default storage: one SQLite file (`werkbord.db`) in the data directory, opened
 * with better-sqlite3 in WAL mode. better-sqlite3 is synchronous; every call finishes its
 * transaction before the returned promise resolves, so "resolved" means "committed".
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { isRole, type Role, type SnapshotInfo } from '@werkbord/shared';
import type { SqliteSynchronous } from '../config.js';
import type { Logger } from '../log.js';
import { batchFences, boardFence, documentFence, fenceValue, staleBoards } from './fences.js';
import { migrateSqlite } from './sqliteMigrations.js';
import {
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
import { type LoggedUpdate, SqliteUpdateLog } from './sqliteUpdateLog.js';
import { WalCheckpointer } from './WalCheckpointer.js';

export const DATABASE_FILE = 'werkbord.db';

/** The schema version of a current database (`PRAGMA user_version`, and `schema_migrations`). */
export { SCHEMA_VERSION } from './migrations.js';

interface BoardRow {
  id: string;
  werkvorm: string;
  title: string;
  created_at: string;
}

export interface SqliteStorageOptions {
  dataDir: string;
  synchronous: SqliteSynchronous;
  log?: Logger;
}

export class SqliteStorage implements Storage {
  readonly #db: Database.Database;
  readonly #checkpointer: WalCheckpointer;
  readonly #ping: Database.Statement;
  readonly #updateLog: SqliteUpdateLog;
  readonly #selectBoard: Database.Statement<[string], BoardRow>;
  readonly #selectRole: Database.Statement<[Buffer, string], { role: string }>;
  readonly #selectState: Database.Statement<[string], { state: Buffer; last_seq: number }>;
  readonly #selectUpdates: Database.Statement<[string, number], { seq: number; data: Buffer }>;
  readonly #selectDocNames: Database.Statement<[{ from: string; to: string }], { doc: string }>;
  readonly #selectDocSizes: Database.Statement<
    [{ from: string; to: string }],
    { doc: string; bytes: number }
  >;
  readonly #createBoard: (
    board: BoardRecord,
    tokens: readonly TokenRecord[],
    initialUpdates: readonly DocumentUpdate[],
  ) => void;
  readonly #appendBatch: (updates: readonly DocumentUpdate[]) => number[];
  readonly #compact: (
    doc: string,
    state: Uint8Array,
    uptoSeq: number,
    fences: ReadonlyMap<string, bigint>,
  ) => void;
  readonly #selectFence: Database.Statement<[string], { fence: bigint }>;
  readonly #claimBoard: (boardId: string, fence: bigint) => void;
  /** Runs `write` in a transaction after checking `fences`; see `Storage.ts`. */
  readonly #fenced: <T>(fences: ReadonlyMap<string, bigint>, write: () => T) => T;
  readonly #insertSnapshot: Database.Statement<
    [
      string,
      string,
      string,
      string | null,
      string,
      string,
      string,
      Buffer,
      Buffer,
      Buffer | null,
      number,
    ]
  >;
  readonly #selectSnapshots: Database.Statement<[string], SnapshotRow>;
  readonly #selectSnapshot: Database.Statement<
    [string, string],
    SnapshotRow & { content: Buffer; control: Buffer; thumbnail: Buffer | null }
  >;
  readonly #deleteSnapshot: Database.Statement<[string, string]>;
  readonly #deleteBoard: (boardId: string, fences: ReadonlyMap<string, bigint>) => void;
  readonly #createJoinCode: (code: JoinCodeRecord, keepPerBoard: number, now: number) => void;
  readonly #selectJoinCode: Database.Statement<
    [Buffer, number],
    { board_id: string; sealed: Buffer; expires_at: number }
  >;

  constructor({ dataDir, synchronous, log }: SqliteStorageOptions) {
    mkdirSync(dataDir, { recursive: true });
    this.#db = new Database(join(dataDir, DATABASE_FILE));
    this.#db.pragma('journal_mode = WAL');
    this.#db.pragma(`synchronous = ${synchronous}`);
    this.#db.pragma('foreign_keys = ON');
    this.#db.pragma('busy_timeout = 5000');
    // Deleted rows are overwritten with zeros, so a deleted board leaves no bytes behind. [3]
    this.#db.pragma('secure_delete = ON');
    try {
      migrateSqlite(this.#db);
    } catch (error) {
      this.#db.close();
      throw error;
    }
    this.#db.pragma('wal_autocheckpoint = 0'); // the checkpointer's thread does it
    this.#checkpointer = new WalCheckpointer(join(dataDir, DATABASE_FILE), log);

    this.#ping = this.#db.prepare('SELECT count(*) FROM boards WHERE rowid = 1');
    this.#updateLog = new SqliteUpdateLog(this.#db, log);
    this.#selectBoard = this.#db.prepare(
      'SELECT id, werkvorm, title, created_at FROM boards WHERE id = ?',
    );
    this.#selectRole = this.#db.prepare('SELECT role FROM tokens WHERE hash = ? AND board_id = ?');
    this.#selectState = this.#db.prepare(
      'SELECT state, last_seq FROM document_states WHERE doc = ?',
    );
    this.#selectUpdates = this.#db.prepare(
      'SELECT seq, data FROM stored_updates WHERE doc = ? AND seq > ? ORDER BY seq',
    );
    // A name range rather than LIKE: '_' is a wildcard there and a base64url character here. [2]
    this.#selectDocNames = this.#db.prepare(
      `SELECT DISTINCT doc FROM stored_updates WHERE doc >= @from AND doc < @to
       UNION SELECT doc FROM document_states WHERE doc >= @from AND doc < @to ORDER BY doc`,
    );
    this.#selectDocSizes = this.#db.prepare(
      `SELECT doc, SUM(bytes) AS bytes FROM (
         SELECT doc, length(data) AS bytes FROM stored_updates WHERE doc >= @from AND doc < @to
         UNION ALL
         SELECT doc, length(state) AS bytes FROM document_states WHERE doc >= @from AND doc < @to
       ) GROUP BY doc`,
    );
    const insertBoard = this.#db.prepare<[string, string, string, string]>(
      'INSERT INTO boards (id, werkvorm, title, created_at) VALUES (?, ?, ?, ?)',
    );
    const insertToken = this.#db.prepare<[Buffer, string, string]>(
      'INSERT INTO tokens (hash, board_id, role) VALUES (?, ?, ?)',
    );
    this.#createBoard = this.#db.transaction(
      (
        board: BoardRecord,
        tokens: readonly TokenRecord[],
        initialUpdates: readonly DocumentUpdate[],
      ) => {
        insertBoard.run(board.boardId, board.werkvorm, board.title, board.createdAt);
        for (const token of tokens) insertToken.run(token.hash, board.boardId, token.role);
        this.#updateLog.append(logged(initialUpdates));
      },
    );
    // Fences are read as bigints: they may exceed 2^53.
    this.#selectFence = this.#db.prepare<[string], { fence: bigint }>(
      'SELECT fence FROM boards WHERE id = ?',
    );
    this.#selectFence.safeIntegers(true);
    const updateFence = this.#db.prepare<[bigint, string]>(
      'UPDATE boards SET fence = ? WHERE id = ?',
    );
    const fencedTransaction = this.#db.transaction(
      (fences: ReadonlyMap<string, bigint>, write: () => unknown) => {
        this.#checkFences(fences);
        return write();
      },
    );
    this.#fenced = <T>(fences: ReadonlyMap<string, bigint>, write: () => T): T =>
      fencedTransaction(fences, write) as T;
    this.#claimBoard = this.#db.transaction((boardId: string, fence: bigint) => {
      this.#checkFences(new Map([[boardId, fence]]));
      updateFence.run(fence, boardId);
    });
    this.#appendBatch = (updates: readonly DocumentUpdate[]) =>
      this.#fenced(batchFences(updates), () => this.#updateLog.append(logged(updates)));
    const upsertState = this.#db.prepare<[string, Buffer, number, string]>(
      `INSERT INTO document_states (doc, state, last_seq, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (doc) DO UPDATE SET state = excluded.state, last_seq = excluded.last_seq,
         updated_at = excluded.updated_at
       WHERE excluded.last_seq >= document_states.last_seq`,
    );
    const deleteUpdates = this.#db.prepare<[string, number]>(
      'DELETE FROM updates WHERE doc = ? AND seq <= ?',
    );
    this.#compact = (doc, state, uptoSeq, fences) =>
      this.#fenced(fences, () => {
        upsertState.run(doc, toBuffer(state), uptoSeq, new Date().toISOString());
        this.#updateLog.fold(); // rows leave the log only into `updates`
        deleteUpdates.run(doc, uptoSeq);
      });
    this.#insertSnapshot = this.#db.prepare(
      `INSERT INTO snapshots (id, board_id, name, author, created_at, werkvorm, kind, content,
         control, thumbnail, size) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.#selectSnapshots = this.#db.prepare(
      `SELECT ${SNAPSHOT_COLUMNS} FROM snapshots WHERE board_id = ?
       ORDER BY created_at DESC, rowid DESC`,
    );
    this.#selectSnapshot = this.#db.prepare(
      `SELECT ${SNAPSHOT_COLUMNS}, content, control, thumbnail FROM snapshots
       WHERE board_id = ? AND id = ?`,
    );
    this.#deleteSnapshot = this.#db.prepare('DELETE FROM snapshots WHERE board_id = ? AND id = ?');
    const deleteBoardDocs = [
      'DELETE FROM updates WHERE doc >= @from AND doc < @to',
      'DELETE FROM document_states WHERE doc >= @from AND doc < @to',
    ].map((sql) => this.#db.prepare<[{ from: string; to: string }]>(sql));
    const deleteBoardRows = [
      'DELETE FROM join_codes WHERE board_id = ?',
      'DELETE FROM snapshots WHERE board_id = ?',
      'DELETE FROM tokens WHERE board_id = ?',
      'DELETE FROM boards WHERE id = ?',
    ].map((sql) => this.#db.prepare<[string]>(sql));
    this.#deleteBoard = (boardId, fences) =>
      this.#fenced(fences, () => {
        this.#updateLog.fold(); // rows leave the log only into `updates`
        // Every document of the board is named `<boardId>` or `<boardId>.…`; ids have one length. [2]
        for (const statement of deleteBoardDocs) {
          statement.run({ from: boardId, to: `${boardId}\uffff` });
        }
        for (const statement of deleteBoardRows) statement.run(boardId);
      });
    const deleteExpiredCodes = this.#db.prepare<[number]>(
      'DELETE FROM join_codes WHERE expires_at <= ?',
    );
    const insertJoinCode = this.#db.prepare<[Buffer, string, Buffer, number]>(
      'INSERT INTO join_codes (hash, board_id, sealed, expires_at) VALUES (?, ?, ?, ?)',
    );
    const trimJoinCodes = this.#db.prepare<[string, string, number]>(
      `DELETE FROM join_codes WHERE board_id = ? AND hash NOT IN (
         SELECT hash FROM join_codes WHERE board_id = ? ORDER BY expires_at DESC, rowid DESC LIMIT ?)`,
    );
    this.#createJoinCode = this.#db.transaction(
      (code: JoinCodeRecord, keep: number, now: number) => {
        deleteExpiredCodes.run(now);
        insertJoinCode.run(code.hash, code.boardId, code.sealed, code.expiresAt);
        trimJoinCodes.run(code.boardId, code.boardId, keep);
      },
    );
    this.#selectJoinCode = this.#db.prepare(
      'SELECT board_id, sealed, expires_at FROM join_codes WHERE hash = ? AND expires_at > ?',
    );
  }

  /** Throws `StaleOwnerError` when a board's stored fence refuses its writer's (in a transaction). */
  #checkFences(fences: ReadonlyMap<string, bigint>): void {
    if (fences.size === 0) return;
    const stored = new Map<string, bigint>();
    for (const boardId of fences.keys()) {
      const row = this.#selectFence.get(boardId);
      if (row !== undefined) stored.set(boardId, row.fence);
    }
    const stale = staleBoards(fences, stored);
    if (stale.length > 0) throw new StaleOwnerError(stale);
  }

  async createBoard(
    board: BoardRecord,
    tokens: readonly TokenRecord[],
    initialUpdates: readonly DocumentUpdate[],
  ): Promise<void> {
    this.#createBoard(board, tokens, initialUpdates);
  }

  async getBoard(boardId: string): Promise<BoardRecord | null> {
    const row = this.#selectBoard.get(boardId);
    if (row === undefined) return null;
    return { boardId: row.id, werkvorm: row.werkvorm, title: row.title, createdAt: row.created_at };
  }

  async findRole(boardId: string, tokenHash: Buffer): Promise<Role | null> {
    const row = this.#selectRole.get(tokenHash, boardId); // [1]
    return row !== undefined && isRole(row.role) ? row.role : null;
  }

  async claimBoard(boardId: string, fence: Fence): Promise<void> {
    this.#claimBoard(boardId, fenceValue(fence));
  }

  async loadDocument(doc: string): Promise<StoredDocument> {
    const stateRow = this.#selectState.get(doc);
    const stateSeq = stateRow?.last_seq ?? 0;
    const rows = this.#selectUpdates.all(doc, stateSeq);
    return {
      state: stateRow?.state ?? null,
      stateSeq,
      updates: rows.map((row) => row.data),
      lastSeq: rows.at(-1)?.seq ?? stateSeq,
    };
  }

  async listDocuments(prefix: string): Promise<string[]> {
    return this.#selectDocNames.all({ from: prefix, to: `${prefix}\uffff` }).map((row) => row.doc);
  }

  async documentSizes(prefix: string): Promise<Map<string, number>> {
    const rows = this.#selectDocSizes.all({ from: prefix, to: `${prefix}\uffff` });
    return new Map(rows.map((row) => [row.doc, row.bytes]));
  }

  async appendUpdates(updates: readonly DocumentUpdate[]): Promise<number[]> {
    return updates.length === 0 ? [] : this.#appendBatch(updates);
  }

  async compact(doc: string, state: Uint8Array, uptoSeq: number, fence?: Fence): Promise<void> {
    this.#compact(doc, state, uptoSeq, documentFence(doc, fence));
  }

  async createSnapshot(
    { info, boardId, content, control, thumbnail }: SnapshotRecord,
    fence?: Fence,
  ): Promise<SnapshotInfo> {
    const size = content.length + control.length + (thumbnail?.length ?? 0);
    this.#fenced(boardFence(boardId, fence), () =>
      this.#insertSnapshot.run(
        info.id,
        boardId,
        info.name,
        info.author,
        info.createdAt,
        info.werkvorm,
        info.kind,
        toBuffer(content),
        toBuffer(control),
        thumbnail === null ? null : toBuffer(thumbnail),
        size,
      ),
    );
    return { ...info, hasThumbnail: thumbnail !== null, sizeBytes: size };
  }

  async listSnapshots(boardId: string): Promise<SnapshotInfo[]> {
    return this.#selectSnapshots.all(boardId).map(snapshotInfo);
  }

  async getSnapshot(boardId: string, snapshotId: string): Promise<SnapshotRecord | null> {
    const row = this.#selectSnapshot.get(boardId, snapshotId);
    if (row === undefined) return null;
    return {
      info: snapshotInfo(row),
      boardId,
      content: row.content,
      control: row.control,
      thumbnail: row.thumbnail,
    };
  }

  async deleteSnapshot(boardId: string, snapshotId: string, fence?: Fence): Promise<boolean> {
    return this.#fenced(
      boardFence(boardId, fence),
      () => this.#deleteSnapshot.run(boardId, snapshotId).changes > 0,
    );
  }

  async createJoinCode(code: JoinCodeRecord, keepPerBoard: number, now: number): Promise<void> {
    this.#createJoinCode(code, keepPerBoard, now);
  }

  async findJoinCode(hash: Buffer, now: number): Promise<JoinCodeRecord | null> {
    const row = this.#selectJoinCode.get(hash, now); // [1]
    if (row === undefined) return null;
    return { hash, boardId: row.board_id, sealed: row.sealed, expiresAt: row.expires_at };
  }

  async deleteBoard(boardId: string, fence?: Fence): Promise<void> {
    this.#deleteBoard(boardId, boardFence(boardId, fence));
    // The WAL still holds the pages as they were before; write them back and empty it. [3]
    await this.#truncateLog();
  }

  /** A checkpoint of the whole log that empties it; waits while the checkpointer's is running. */
  async #truncateLog(): Promise<void> {
    for (let attempt = 0; attempt < 100; attempt++) {
      const [result] = this.#db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
      if (result?.busy === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error('the SQLite log could not be emptied: another checkpoint kept it busy');
  }

  async ping(): Promise<void> {
    this.#ping.get();
  }

  async close(): Promise<void> {
    if (this.#db.open) this.#updateLog.stop();
    await this.#checkpointer.stop();
    // The last connection to close checkpoints the whole log and removes it.
    if (this.#db.open) this.#db.close();
  }
}

function logged(updates: readonly DocumentUpdate[]): LoggedUpdate[] {
  return updates.map(({ doc, update }) => ({ doc, data: toBuffer(update) }));
}

/** A view of the same bytes; better-sqlite3 binds Buffers, not plain Uint8Arrays. */
function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
}

/*
 * [1] The token (or join code) is looked up by its SHA-256 hash through the primary-key index,
 *     never compared with a stored secret, so response timing reveals nothing useful about valid
 *     tokens.
 * [2] Names compare as bytes; room names are ASCII, so every name that starts with the prefix
 *     sorts below the prefix followed by U+FFFF. `updates` and `document_states` are indexed by
 *     name; the update log holds about a second of rows and is read whole.
 * [3] AVG: a deleted board must not be recoverable from the file. `secure_delete` zeroes deleted
 *     cells and freed pages in the database file; the checkpoint with TRUNCATE copies the WAL's
 *     pages into it and cuts the WAL to zero bytes, so no old copy of a page survives there.
 */
