/**
 * Storage quotas. A link can be forwarded to anyone, and one link holder must not be able to fill
 * the disk through a board, nor make a board so big that nobody can load it.
 *
 * - A document (content, control or a member's private one) takes no update that adds content
 *   once its stored size (compacted state plus the updates after it) would pass
 *   `maxDocumentBytes`.
 * - A board's private documents take no such update once all the board's documents together
 *   would pass `maxBoardBytes`. The shared documents are held only to their own quota, so that
 *   private documents (anyone with a member key can make one) can never fill the board for
 *   everyone.
 * - Updates that add nothing (deletions) always pass: deleting shrinks nothing in Yjs at once,
 *   but the room is compacted soon after (its deleted content garbage-collected), which frees
 *   the space; a full board is never stuck.
 *
 * The sizes are read from storage once per board when its first room loads, then kept current
 * from what the rooms store and compact. A refused update closes its connection with 4413; the
 * client explains that the board is full.
 */
import { DocKind, parseRoomName } from '@werkbord/shared';
import type { Storage } from '../storage/Storage.js';
import { CoreRefusal, type WriteRefusal } from './RelayExtension.js';

export interface QuotaLimits {
  maxDocumentBytes: number;
  maxBoardBytes: number;
}

/** A room at this share of a quota is compacted soon after it stores an update. */
const NEARLY_FULL = 0.9;

/** The stored bytes of one board's documents. */
class BoardUsage {
  readonly ready: Promise<void>;
  /** Names of the board's rooms in memory. */
  readonly rooms = new Set<string>();
  readonly #sizes = new Map<string, number>();
  #total = 0;

  constructor(storage: Storage, boardId: string) {
    this.ready = storage.documentSizes(boardId).then((sizes) => {
      for (const [doc, bytes] of sizes) this.set(doc, bytes);
    });
  }

  get total(): number {
    return this.#total;
  }

  of(doc: string): number {
    return this.#sizes.get(doc) ?? 0;
  }

  set(doc: string, bytes: number): void {
    this.#total += bytes - this.of(doc);
    this.#sizes.set(doc, bytes);
  }
}

/** What the quota needs of a room in memory, read from its name once, at attach. [1] */
interface AttachedRoom {
  usage: BoardUsage;
  private: boolean;
}

export class DocumentQuota {
  readonly #storage: Storage;
  readonly #limits: QuotaLimits;
  readonly #boards = new Map<string, BoardUsage>();
  readonly #attached = new Map<string, AttachedRoom>();

  constructor(storage: Storage, limits: QuotaLimits) {
    this.#storage = storage;
    this.#limits = limits;
  }

  /** A room loads: resolves once its board's sizes are known. */
  attach(room: string): Promise<void> {
    const boardId = boardOf(room);
    let usage = this.#boards.get(boardId);
    if (usage === undefined) {
      usage = new BoardUsage(this.#storage, boardId);
      this.#boards.set(boardId, usage);
    }
    usage.rooms.add(room);
    this.#attached.set(room, { usage, private: isPrivate(room) });
    return usage.ready;
  }

  /** A room left memory; the board's sizes are forgotten with its last room. */
  detach(room: string): void {
    const boardId = boardOf(room);
    const usage = this.#boards.get(boardId);
    usage?.rooms.delete(room);
    if (usage?.rooms.size === 0) this.#boards.delete(boardId);
    this.#attached.delete(room);
  }

  /** Why an update of `bytes` must not be stored in `room`, or `null`. */
  refusal(room: string, bytes: number, addsContent: boolean): WriteRefusal | null {
    if (!addsContent) return null;
    const found = this.#find(room);
    if (found === undefined) return null;
    const { usage } = found;
    if (usage.of(room) + bytes > this.#limits.maxDocumentBytes) return CoreRefusal.DocumentFull;
    if (found.private && usage.total + bytes > this.#limits.maxBoardBytes) {
      return CoreRefusal.BoardFull;
    }
    return null;
  }

  /** An update of `bytes` was applied to `room` (and is being stored). */
  added(room: string, bytes: number): void {
    const usage = this.#find(room)?.usage;
    usage?.set(room, usage.of(room) + bytes);
  }

  /** `room` was compacted: it now takes `bytes`. */
  compacted(room: string, bytes: number): void {
    this.#find(room)?.usage.set(room, bytes);
  }

  /** Whether `room` is close enough to a quota that compacting it soon is worth it. */
  nearlyFull(room: string): boolean {
    const found = this.#find(room);
    if (found === undefined) return false;
    const { usage } = found;
    const { maxDocumentBytes, maxBoardBytes } = this.#limits;
    return (
      usage.of(room) >= NEARLY_FULL * maxDocumentBytes ||
      (found.private && usage.total >= NEARLY_FULL * maxBoardBytes)
    );
  }

  /** The room's board usage; for a room no longer attached, its board's if still known. [2] */
  #find(room: string): AttachedRoom | undefined {
    const attached = this.#attached.get(room);
    if (attached !== undefined) return attached;
    const usage = this.#boards.get(boardOf(room));
    return usage === undefined ? undefined : { usage, private: isPrivate(room) };
  }
}

function boardOf(room: string): string {
  const parsed = parseRoomName(room);
  if (parsed === null) throw new Error(`not a room name: ${room}`);
  return parsed.boardId;
}

function isPrivate(room: string): boolean {
  return parseRoomName(room)?.kind === DocKind.Private;
}

/*
 * [1] Every update is judged, counted and checked against the quota: parsing its room's name
 *     three times per update cost more than the quota's own arithmetic.
 * [2] A room that unloads is detached before its last compaction, which must still count for
 *     the board's other rooms.
 */
