/**
 * Everything the server keeps on disk, behind one asynchronous interface so that a networked
 * database (PostgreSQL) can replace the embedded SQLite file without touching the relay.
 *
 * Documents are named by their room name (`<boardId>`, `<boardId>.control`,
 * `<boardId>.private.<memberId>`). Each one is an
 * append-only log of Yjs updates plus, after compaction, one merged state that replaces the
 * updates up to a sequence number.
 *
 * Fencing (several processes, one owner per board): `claimBoard` records a board's current owner
 * fence, a counter that grows with every new owner. Every write of a board's live room may carry
 * the writer's fence; the storage then refuses it, in the same transaction and with nothing
 * written, when the board's stored fence is greater: an owner that was paused past its lease can
 * never write after its successor claimed the board. A write without a fence (the embedded single
 * process) is never refused for this.
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

/** An owner fence: larger is newer. A `number` must be a safe integer; both are ≥ 0. */
export type Fence = bigint | number;

export interface DocumentUpdate {
  /** The document (room) name. */
  doc: string;
  /** A Yjs update (v1 encoding). */
  update: Uint8Array;
  /**
   * The writer's owner fence of the document's board (a batch may hold several boards). With
   * one, the document must be named after an existing board.
   */
  fence?: Fence;
}

/**
 * A fenced write, or a claim, from an owner that is no longer the board's owner: the board's
 * stored fence is greater than the writer's, or the board no longer exists (then nobody owns it).
 * Nothing of the refused call was written.
 */
export class StaleOwnerError extends Error {
  override name = 'StaleOwnerError';
  /** The boards whose stored fence refused the call. */
  readonly boardIds: readonly string[];

  constructor(boardIds: readonly string[]) {
    super(`Stale owner: board ${boardIds.join(', ')} has a newer owner or no longer exists`);
    this.boardIds = boardIds;
  }
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

/** Everything stored of one board, as `werkbord migrate` copies it from one back-end to another. */
export interface BoardExport {
  board: BoardRecord;
  tokens: TokenRecord[];
  /** Each of the board's documents: its compacted state, if any, and the updates after it. */
  documents: {
    doc: string;
    state: { data: Uint8Array; updatedAt: string } | null;
    updates: Uint8Array[];
  }[];
  /** Oldest first. */
  snapshots: SnapshotRecord[];
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
  /**
   * Records `fence` as the board's owner fence. Rejects with `StaleOwnerError` when the stored
   * fence is greater (claiming with the same fence again is fine) or the board does not exist.
   */
  claimBoard(boardId: string, fence: Fence): Promise<void>;
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
   * with their sequence numbers in the same order. A stale fence on any update refuses the whole
   * batch (`StaleOwnerError`).
   */
  appendUpdates(updates: readonly DocumentUpdate[]): Promise<number[]>;
  /** Replaces the document's updates with sequence number ≤ `uptoSeq` by `state`, atomically. */
  compact(doc: string, state: Uint8Array, uptoSeq: number, fence?: Fence): Promise<void>;
  /** Stores a new snapshot; `info.sizeBytes` is computed by the storage. */
  createSnapshot(snapshot: SnapshotRecord, fence?: Fence): Promise<SnapshotInfo>;
  /** A board's snapshots, newest first, without their documents. */
  listSnapshots(boardId: string): Promise<SnapshotInfo[]>;
  getSnapshot(boardId: string, snapshotId: string): Promise<SnapshotRecord | null>;
  /** Resolves `false` when the board has no such snapshot. */
  deleteSnapshot(boardId: string, snapshotId: string, fence?: Fence): Promise<boolean>;
  /**
   * Stores a join code; in the same transaction removes every code expired at `now` (ms since
   * 1970), and the board's oldest codes beyond `keepPerBoard`.
   */
  createJoinCode(code: JoinCodeRecord, keepPerBoard: number, now: number): Promise<void>;
  /** The code with this hash if it has not expired at `now` (ms since 1970), else `null`. */
  findJoinCode(hash: Buffer, now: number): Promise<JoinCodeRecord | null>;
  /**
   * Removes every trace of the board in one transaction: its row (and so its fence), tokens,
   * documents' updates and states (content, control, private), snapshots and join codes; then
   * makes sure the freed bytes are gone from the files too, as far as the back-end can (AVG).
   */
  deleteBoard(boardId: string, fence?: Fence): Promise<void>;
  /** A real query (readiness, `/readyz`): rejects when the database cannot answer. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
