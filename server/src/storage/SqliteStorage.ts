/**
 * The embedded default storage: one SQLite file (`werkbord.db`) in the data directory, opened
 * with better-sqlite3 in WAL mode. better-sqlite3 is synchronous; every call finishes its
 * transaction before the returned promise resolves, so "resolved" means "committed".
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { isRole, type Role } from '@werkbord/shared';
import type { SqliteSynchronous } from '../config.js';
import type {
  BoardRecord,
  DocumentUpdate,
  Storage,
  StoredDocument,
  TokenRecord,
} from './Storage.js';

export const DATABASE_FILE = 'werkbord.db';

const SCHEMA_VERSION = 1;

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
  readonly #insertUpdate: Database.Statement<[string, Buffer]>;
  readonly #selectBoard: Database.Statement<[string], BoardRow>;
  readonly #selectRole: Database.Statement<[Buffer, string], { role: string }>;
  readonly #selectState: Database.Statement<[string], { state: Buffer; last_seq: number }>;
  readonly #selectUpdates: Database.Statement<[string, number], { seq: number; data: Buffer }>;
  readonly #selectDocNames: Database.Statement<[{ from: string; to: string }], { doc: string }>;
  readonly #createBoard: (
    board: BoardRecord,
    tokens: readonly TokenRecord[],
    initialUpdates: readonly DocumentUpdate[],
  ) => void;
  readonly #appendBatch: (updates: readonly DocumentUpdate[]) => number[];
  readonly #compact: (doc: string, state: Uint8Array, uptoSeq: number) => void;

  constructor({ dataDir, synchronous }: SqliteStorageOptions) {
    mkdirSync(dataDir, { recursive: true });
    this.#db = new Database(join(dataDir, DATABASE_FILE));
    this.#db.pragma('journal_mode = WAL');
    this.#db.pragma(`synchronous = ${synchronous}`);
    this.#db.pragma('foreign_keys = ON');
    this.#db.pragma('busy_timeout = 5000');
    this.#migrate();

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
  }

  #migrate(): void {
    const version = this.#db.pragma('user_version', { simple: true }) as number;
    if (version === SCHEMA_VERSION) return;
    if (version !== 0) {
      throw new Error(`Unknown database schema version ${version} (expected ${SCHEMA_VERSION})`);
    }
    this.#db.transaction(() => {
      this.#db.exec(SCHEMA);
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

  async appendUpdates(updates: readonly DocumentUpdate[]): Promise<number[]> {
    return updates.length === 0 ? [] : this.#appendBatch(updates);
  }

  async compact(doc: string, state: Uint8Array, uptoSeq: number): Promise<void> {
    this.#compact(doc, state, uptoSeq);
  }

  async close(): Promise<void> {
    if (this.#db.open) this.#db.close();
  }
}

/** A view of the same bytes; better-sqlite3 binds Buffers, not plain Uint8Arrays. */
function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
}

/*
 * [1] The token is looked up by its SHA-256 hash through the primary-key index, never compared
 *     with a stored secret, so response timing reveals nothing useful about valid tokens.
 * [2] Names compare as bytes; room names are ASCII, so every name that starts with the prefix
 *     sorts below the prefix followed by U+FFFF. Both tables are indexed by name.
 */
