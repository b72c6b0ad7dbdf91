/**
 * The embedded default storage: one SQLite file (`werkbord.db`) in the data directory, opened
 * with better-sqlite3 in WAL mode. better-sqlite3 is synchronous; every call finishes its
 * transaction before the returned promise resolves, so "resolved" means "committed".
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { isRole, type Role, type SnapshotInfo, type SnapshotKind } from '@werkbord/shared';
import type { SqliteSynchronous } from '../config.js';
import type {
  BoardRecord,
  DocumentUpdate,
  JoinCodeRecord,
  SnapshotRecord,
  Storage,
  StoredDocument,
  TokenRecord,
} from './Storage.js';

export const DATABASE_FILE = 'werkbord.db';

/**
 * `PRAGMA user_version` of a current database; 1 (before snapshots) and 2 (before join codes) are
 * migrated on open.
 */
export const SCHEMA_VERSION = 3;

const SCHEMA = `
CREATE TABLE boards (
  id         TEXT PRIMARY KEY,
  werkvorm   TEXT NOT NULL,
  title      TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE tokens (
  hash     BLOB PRIMARY KEY,
  board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
  role     TEXT NOT NULL CHECK (role IN ('facilitator', 'participant', 'viewer'))
) STRICT;

CREATE TABLE updates (
  seq  INTEGER PRIMARY KEY AUTOINCREMENT,
  doc  TEXT NOT NULL,
  data BLOB NOT NULL
) STRICT;
CREATE INDEX updates_by_doc ON updates (doc, seq);

CREATE TABLE document_states (
  doc        TEXT PRIMARY KEY,
  state      BLOB NOT NULL,
  last_seq   INTEGER NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
`;

/** Version 2: snapshots (momentopnamen), written once and never modified. */
const SNAPSHOTS_SCHEMA = `
CREATE TABLE snapshots (
  id         TEXT PRIMARY KEY,
  board_id   TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
  name       TEXT NOT NULL,
  author     TEXT,
  created_at TEXT NOT NULL,
  werkvorm   TEXT NOT NULL,
  kind       TEXT NOT NULL CHECK (kind IN ('named', 'auto', 'restore')),
  content    BLOB NOT NULL,
  control    BLOB NOT NULL,
  thumbnail  BLOB,
  size       INTEGER NOT NULL
) STRICT;
CREATE INDEX snapshots_by_board ON snapshots (board_id, created_at);
`;

/** Version 3: "Doe mee" codes, each a few hours valid (`boards/joinCodes.ts`). */
const JOIN_CODES_SCHEMA = `
CREATE TABLE IF NOT EXISTS join_codes (
  hash       BLOB PRIMARY KEY,
  board_id   TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
  sealed     BLOB NOT NULL,
  expires_at INTEGER NOT NULL
) STRICT;
CREATE INDEX IF NOT EXISTS join_codes_by_board ON join_codes (board_id, expires_at);
`;

interface SnapshotRow {
  id: string;
  name: string;
  author: string | null;
  created_at: string;
  werkvorm: string;
  kind: string;
  has_thumbnail: number;
  size: number;
}

const SNAPSHOT_COLUMNS =
  'id, name, author, created_at, werkvorm, kind, thumbnail IS NOT NULL AS has_thumbnail, size';

interface BoardRow {
  id: string;
  werkvorm: string;
  title: string;
  created_at: string;
}

export interface SqliteStorageOptions {
  dataDir: string;
  synchronous: SqliteSynchronous;
}

export class SqliteStorage implements Storage {
  readonly #db: Database.Database;
  readonly #ping: Database.Statement;
  readonly #insertUpdate: Database.Statement<[string, Buffer]>;
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
  readonly #compact: (doc: string, state: Uint8Array, uptoSeq: number) => void;
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
  readonly #deleteBoard: (boardId: string) => void;
  readonly #createJoinCode: (code: JoinCodeRecord, keepPerBoard: number, now: number) => void;
  readonly #selectJoinCode: Database.Statement<
    [Buffer, number],
    { board_id: string; sealed: Buffer; expires_at: number }
  >;

  constructor({ dataDir, synchronous }: SqliteStorageOptions) {
    mkdirSync(dataDir, { recursive: true });
    this.#db = new Database(join(dataDir, DATABASE_FILE));
    this.#db.pragma('journal_mode = WAL');
    this.#db.pragma(`synchronous = ${synchronous}`);
    this.#db.pragma('foreign_keys = ON');
    this.#db.pragma('busy_timeout = 5000');
    // Deleted rows are overwritten with zeros, so a deleted board leaves no bytes behind. [3]
    this.#db.pragma('secure_delete = ON');
    this.#migrate();

    this.#ping = this.#db.prepare('SELECT count(*) FROM boards WHERE rowid = 1');
    this.#insertUpdate = this.#db.prepare('INSERT INTO updates (doc, data) VALUES (?, ?)');
    this.#selectBoard = this.#db.prepare(
      'SELECT id, werkvorm, title, created_at FROM boards WHERE id = ?',
    );
    this.#selectRole = this.#db.prepare('SELECT role FROM tokens WHERE hash = ? AND board_id = ?');
    this.#selectState = this.#db.prepare(
      'SELECT state, last_seq FROM document_states WHERE doc = ?',
    );
    this.#selectUpdates = this.#db.prepare(
      'SELECT seq, data FROM updates WHERE doc = ? AND seq > ? ORDER BY seq',
    );
    // A name range rather than LIKE: '_' is a wildcard there and a base64url character here. [2]
    this.#selectDocNames = this.#db.prepare(
      `SELECT DISTINCT doc FROM updates WHERE doc >= @from AND doc < @to
       UNION SELECT doc FROM document_states WHERE doc >= @from AND doc < @to ORDER BY doc`,
    );
    this.#selectDocSizes = this.#db.prepare(
      `SELECT doc, SUM(bytes) AS bytes FROM (
         SELECT doc, length(data) AS bytes FROM updates WHERE doc >= @from AND doc < @to
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
        for (const { doc, update } of initialUpdates) {
          this.#insertUpdate.run(doc, toBuffer(update));
        }
      },
    );
    this.#appendBatch = this.#db.transaction((updates: readonly DocumentUpdate[]) =>
      updates.map(({ doc, update }) =>
        Number(this.#insertUpdate.run(doc, toBuffer(update)).lastInsertRowid),
      ),
    );
    const upsertState = this.#db.prepare<[string, Buffer, number, string]>(
      `INSERT INTO document_states (doc, state, last_seq, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (doc) DO UPDATE SET state = excluded.state, last_seq = excluded.last_seq,
         updated_at = excluded.updated_at
       WHERE excluded.last_seq >= document_states.last_seq`,
    );
    const deleteUpdates = this.#db.prepare<[string, number]>(
      'DELETE FROM updates WHERE doc = ? AND seq <= ?',
    );
    this.#compact = this.#db.transaction((doc: string, state: Uint8Array, uptoSeq: number) => {
      upsertState.run(doc, toBuffer(state), uptoSeq, new Date().toISOString());
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
    this.#deleteBoard = this.#db.transaction((boardId: string) => {
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

  #migrate(): void {
    const version = this.#db.pragma('user_version', { simple: true }) as number;
    if (version === SCHEMA_VERSION) return;
    if (version !== 0 && version !== 1 && version !== 2) {
      throw new Error(`Unknown database schema version ${version} (expected ${SCHEMA_VERSION})`);
    }
    this.#db.transaction(() => {
      if (version === 0) this.#db.exec(SCHEMA);
      if (version <= 1) this.#db.exec(SNAPSHOTS_SCHEMA);
      this.#db.exec(JOIN_CODES_SCHEMA);
      this.#db.pragma(`user_version = ${SCHEMA_VERSION}`);
    })();
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

  async compact(doc: string, state: Uint8Array, uptoSeq: number): Promise<void> {
    this.#compact(doc, state, uptoSeq);
  }

  async createSnapshot({
    info,
    boardId,
    content,
    control,
    thumbnail,
  }: SnapshotRecord): Promise<SnapshotInfo> {
    const size = content.length + control.length + (thumbnail?.length ?? 0);
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

  async deleteSnapshot(boardId: string, snapshotId: string): Promise<boolean> {
    return this.#deleteSnapshot.run(boardId, snapshotId).changes > 0;
  }

  async createJoinCode(code: JoinCodeRecord, keepPerBoard: number, now: number): Promise<void> {
    this.#createJoinCode(code, keepPerBoard, now);
  }

  async findJoinCode(hash: Buffer, now: number): Promise<JoinCodeRecord | null> {
    const row = this.#selectJoinCode.get(hash, now); // [1]
    if (row === undefined) return null;
    return { hash, boardId: row.board_id, sealed: row.sealed, expiresAt: row.expires_at };
  }

  async deleteBoard(boardId: string): Promise<void> {
    this.#deleteBoard(boardId);
    // The WAL still holds the pages as they were before; write them back and empty it. [3]
    this.#db.pragma('wal_checkpoint(TRUNCATE)');
  }

  async ping(): Promise<void> {
    this.#ping.get();
  }

  async close(): Promise<void> {
    if (this.#db.open) this.#db.close();
  }
}

function snapshotInfo(row: SnapshotRow): SnapshotInfo {
  return {
    id: row.id,
    name: row.name,
    author: row.author,
    createdAt: row.created_at,
    werkvorm: row.werkvorm,
    kind: row.kind as SnapshotKind,
    hasThumbnail: row.has_thumbnail === 1,
    sizeBytes: row.size,
  };
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
 *     sorts below the prefix followed by U+FFFF. Both tables are indexed by name.
 * [3] AVG: a deleted board must not be recoverable from the file. `secure_delete` zeroes deleted
 *     cells and freed pages in the database file; the checkpoint with TRUNCATE copies the WAL's
 *     pages into it and cuts the WAL to zero bytes, so no old copy of a page survives there.
 */
