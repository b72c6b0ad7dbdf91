/**
 * Everything the server keeps on disk, behind one asynchronous interface so that a networked
 * database (PostgreSQL) can replace the embedded SQLite file without touching the relay.
 *
 * Documents are named by their room name (`<boardId>`, `<boardId>.control`,
 * `<boardId>.private.<memberId>`). Each one is an
 * append-only log of Yjs updates plus, after compaction, one merged state that replaces the
 * updates up to a sequence number.
 */
import type { Role, SnapshotInfo } from '@werkbord/shared';

export interface BoardRecord {
  boardId: string;
  werkvorm: string;
  title: string;
  /** ISO 8601 */
  createdAt: string;
}

export interface TokenRecord {
  /** SHA-256 of the token; the token itself is never stored. */
  hash: Buffer;
  role: Role;
}

export interface DocumentUpdate {
  /** The document (room) name. */
  doc: string;
  /** A Yjs update (v1 encoding). */
  update: Uint8Array;
}

export interface StoredDocument {
  /** Merged state of every update up to `stateSeq`; `null` before the first compaction. */
  state: Uint8Array | null;
  stateSeq: number;
  /** Updates after `stateSeq`, oldest first. */
  updates: Uint8Array[];
  /** Sequence number of the newest update (or `stateSeq` when there are none). */
  lastSeq: number;
}

/** A snapshot as stored: written once, never modified, only deleted. */
export interface SnapshotRecord {
  info: SnapshotInfo;
  boardId: string;
  /** The content and control documents' states (Yjs updates, v1). */
  content: Uint8Array;
  control: Uint8Array;
  thumbnail: Uint8Array | null;
}

/**
 * A "Doe mee" code as stored: its hash and the deelnemer token sealed with a key derived from it
 * (`boards/joinCodes.ts`), so the stored row opens nothing without the code itself.
 */
export interface JoinCodeRecord {
  /** SHA-256 of the code. */
  hash: Buffer;
  boardId: string;
  /** The deelnemer token, encrypted (AES-256-GCM) with a key derived from the code. */
  sealed: Buffer;
  /** Milliseconds since 1970. */
  expiresAt: number;
}

export interface Storage {
  /** Creates a board, its tokens and its documents' first updates in one transaction. */
  createBoard(
    board: BoardRecord,
    tokens: readonly TokenRecord[],
    initialUpdates: readonly DocumentUpdate[],
  ): Promise<void>;
  getBoard(boardId: string): Promise<BoardRecord | null>;
  /** The role of the token with this hash on this board, `null` when it belongs to none. */
  findRole(boardId: string, tokenHash: Buffer): Promise<Role | null>;
  loadDocument(doc: string): Promise<StoredDocument>;
  /**
   * The names of the stored documents (with updates or a compacted state) that start with
   * `prefix`, sorted: a board's private documents.
   */
  listDocuments(prefix: string): Promise<string[]>;
  /**
   * The stored bytes (compacted state plus later updates) of each document whose name starts
   * with `prefix`: a board's documents, for its storage quota.
   */
  documentSizes(prefix: string): Promise<Map<string, number>>;
  /**
   * Appends updates of any documents in one transaction and resolves, once they are durable,
   * with their sequence numbers in the same order.
   */
  appendUpdates(updates: readonly DocumentUpdate[]): Promise<number[]>;
  /** Replaces the document's updates with sequence number ≤ `uptoSeq` by `state`, atomically. */
  compact(doc: string, state: Uint8Array, uptoSeq: number): Promise<void>;
  /** Stores a new snapshot; `info.sizeBytes` is computed by the storage. */
  createSnapshot(snapshot: SnapshotRecord): Promise<SnapshotInfo>;
  /** A board's snapshots, newest first, without their documents. */
  listSnapshots(boardId: string): Promise<SnapshotInfo[]>;
  getSnapshot(boardId: string, snapshotId: string): Promise<SnapshotRecord | null>;
  /** Resolves `false` when the board has no such snapshot. */
  deleteSnapshot(boardId: string, snapshotId: string): Promise<boolean>;
  /**
   * Stores a join code; in the same transaction removes every code expired at `now` (ms since
   * 1970), and the board's oldest codes beyond `keepPerBoard`.
   */
  createJoinCode(code: JoinCodeRecord, keepPerBoard: number, now: number): Promise<void>;
  /** The code with this hash if it has not expired at `now` (ms since 1970), else `null`. */
  findJoinCode(hash: Buffer, now: number): Promise<JoinCodeRecord | null>;
  /**
   * Removes every trace of the board in one transaction: its row, tokens, documents' updates and
   * states (content, control, private), snapshots and join codes; then makes sure the freed bytes
   * are gone from the files too (AVG).
   */
  deleteBoard(boardId: string): Promise<void>;
  /** A real query (readiness, `/readyz`): rejects when the database cannot answer. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
