/**
 * The storage every part of a clustered process uses: the real storage, with this process' owner
 * fence added to every write of a board's live data (updates, compactions, momentopnamen, the
 * deletion). The relay and its extensions stay as they are; they never learn about owners.
 *
 * A write for a board this process does not own first takes the board when nobody owns it (an
 * automatic momentopname after the board was released); when another process owns it, the write
 * is refused with `StaleOwnerError`, nothing written.
 */
import { parseRoomName, type SnapshotInfo } from '@werkbord/shared';
import {
  type DocumentUpdate,
  type Fence,
  type SnapshotRecord,
  StaleOwnerError,
  type Storage,
} from '../storage/Storage.js';

/** What the fenced storage asks of ownership (`Ownership` and the cluster's events). */
export interface FenceSource {
  /** This process' fence of the board, `undefined` when it does not own it (sync: the hot path). */
  fenceOf(boardId: string): bigint | undefined;
  /** Takes the board when nobody owns it; its fence, or `undefined` when another process owns it. */
  take(boardId: string): Promise<bigint | undefined>;
  /** The board was deleted (by this process). */
  deleted(boardId: string): Promise<void>;
}

export class FencedStorage implements Storage {
  readonly #inner: Storage;
  readonly #fences: FenceSource;

  constructor(inner: Storage, fences: FenceSource) {
    this.#inner = inner;
    this.#fences = fences;
  }

  /** The storage without fences (claims, imports). */
  get inner(): Storage {
    return this.#inner;
  }

  /** The fence of a board this process owns as its room is loaded: never taken here. [1] */
  #roomFence(boardId: string): bigint {
    const fence = this.#fences.fenceOf(boardId);
    if (fence === undefined) throw new StaleOwnerError([boardId]);
    return fence;
  }

  /** The fence for a write that reads no room: taken when nobody owns the board. */
  async #fence(boardId: string): Promise<bigint> {
    const fence = this.#fences.fenceOf(boardId) ?? (await this.#fences.take(boardId));
    if (fence === undefined) throw new StaleOwnerError([boardId]);
    return fence;
  }

  async appendUpdates(updates: readonly DocumentUpdate[]): Promise<number[]> {
    const fences = new Map<string, bigint>();
    for (const { doc } of updates) {
      const boardId = boardOf(doc);
      if (!fences.has(boardId)) fences.set(boardId, this.#roomFence(boardId));
    }
    return this.#inner.appendUpdates(
      updates.map((update) => ({ ...update, fence: fences.get(boardOf(update.doc)) })),
    );
  }

  async compact(doc: string, state: Uint8Array, uptoSeq: number): Promise<void> {
    return this.#inner.compact(doc, state, uptoSeq, this.#roomFence(boardOf(doc)));
  }

  async createSnapshot(snapshot: SnapshotRecord): Promise<SnapshotInfo> {
    return this.#inner.createSnapshot(snapshot, await this.#fence(snapshot.boardId));
  }

  async deleteSnapshot(boardId: string, snapshotId: string): Promise<boolean> {
    return this.#inner.deleteSnapshot(boardId, snapshotId, await this.#fence(boardId));
  }

  async deleteBoard(boardId: string): Promise<void> {
    await this.#inner.deleteBoard(boardId, await this.#fence(boardId));
    await this.#fences.deleted(boardId);
  }

  // Everything else is not a write of a live board: as it is.
  createBoard(...args: Parameters<Storage['createBoard']>): Promise<void> {
    return this.#inner.createBoard(...args);
  }
  getBoard(boardId: string) {
    return this.#inner.getBoard(boardId);
  }
  findRole(boardId: string, tokenHash: Buffer) {
    return this.#inner.findRole(boardId, tokenHash);
  }
  claimBoard(boardId: string, fence: Fence): Promise<void> {
    return this.#inner.claimBoard(boardId, fence);
  }
  loadDocument(doc: string) {
    return this.#inner.loadDocument(doc);
  }
  listDocuments(prefix: string): Promise<string[]> {
    return this.#inner.listDocuments(prefix);
  }
  documentSizes(prefix: string): Promise<Map<string, number>> {
    return this.#inner.documentSizes(prefix);
  }
  listSnapshots(boardId: string): Promise<SnapshotInfo[]> {
    return this.#inner.listSnapshots(boardId);
  }
  getSnapshot(boardId: string, snapshotId: string): Promise<SnapshotRecord | null> {
    return this.#inner.getSnapshot(boardId, snapshotId);
  }
  createJoinCode(...args: Parameters<Storage['createJoinCode']>): Promise<void> {
    return this.#inner.createJoinCode(...args);
  }
  findJoinCode(...args: Parameters<Storage['findJoinCode']>) {
    return this.#inner.findJoinCode(...args);
  }
  ping(): Promise<void> {
    return this.#inner.ping();
  }
  close(): Promise<void> {
    return this.#inner.close();
  }
}

function boardOf(doc: string): string {
  const boardId = parseRoomName(doc)?.boardId;
  if (boardId === undefined) throw new TypeError(`not a board's document: "${doc}"`);
  return boardId;
}

/*
 * [1] A room's updates and compactions come from its doc in memory, loaded after this process
 *     claimed the board. Taking the board anew for them would put a newer fence on an older copy:
 *     a compaction of it could replace updates another owner stored meanwhile.
 */
