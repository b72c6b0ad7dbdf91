/**
 * One loaded document: its Y.Doc, the presence (awareness) of its clients and the connections
 * that receive its broadcasts. The room's doc is the truth the relay answers sync requests
 * from; it is rebuilt from storage when the room loads and thrown away when it unloads.
 */
import { type DocKind, parseRoomName } from '@werkbord/shared';
import * as Y from 'yjs';
import type { Storage } from '../storage/Storage.js';
import type { SharedMessage } from './broadcastFrame.js';
import { encodePresence } from './presenceCodec.js';
import { type PresenceOwner, RoomPresence } from './RoomPresence.js';
import { RoomOutbox } from './RoomOutbox.js';

/** Transaction origin of updates replayed from storage: they are never stored again. */
export const FROM_STORAGE = Symbol('from storage');

/**
 * Transaction origin of the server's own changes (onthullen, taking back refused dots, vote
 * totals, a restore): stored and broadcast to every client of the room like a client's update.
 */
export const FROM_SERVER = Symbol('from server');

/**
 * The one way the server writes to a document: `change` runs in one transaction whose update is
 * stored and then broadcast to every client of the room, the writer's own clients included.
 */
export function serverWrite(doc: Y.Doc, change: () => void): void {
  doc.transact(change, FROM_SERVER);
}

/** A client of the room, as the room sees it (a `Connection`). */
export interface RoomMember extends PresenceOwner {
  send(message: Uint8Array): void;
  /** Sends a broadcast's messages, framed once for all their receivers (`broadcastFrame.ts`). */
  sendShared(shared: SharedMessage): void;
  close(code: number, reason: string): void;
}

/** Receives every update the doc emits that did not come from storage. */
export type UpdateListener = (room: Room, update: Uint8Array, origin: RoomMember | null) => void;

export class Room {
  readonly name: string;
  /** Parsed from the name once: extensions ask for it on every update. */
  readonly boardId: string;
  readonly kind: DocKind;
  readonly doc = new Y.Doc();
  /** Who is here: the presence states of the room's clients, as the server relays them. */
  readonly presence = new RoomPresence();
  readonly connections = new Set<RoomMember>();
  readonly #outbox = new RoomOutbox(this.connections);
  /**
   * Resolves once the stored state is in `doc`, the rooms it `needed` are ready and the
   * extensions know it loaded; no sync message is answered and no update judged before.
   */
  readonly ready: Promise<void>;
  /**
   * The rooms the extensions need loaded while this one is (`RelayExtension.roomsNeeded`):
   * e.g. a content room its control room, for the lock.
   */
  readonly needed: readonly Room[];
  /**
   * What keeps this room loaded besides its clients: the rooms that need it, and server tasks
   * running on it (onthullen, counting votes).
   */
  readonly holders = new Set<object>();
  /** Sequence number of the newest stored update that `doc` contains. */
  lastStoredSeq = 0;
  /** Stored updates not yet merged into the compacted state. */
  updatesSinceCompaction = 0;
  /** Their bytes. */
  bytesSinceCompaction = 0;
  /** When the last compaction started (`performance.now()`). */
  compactedAt = -Infinity;
  /** A compaction planned because the room is near its storage quota. */
  compactTimer: NodeJS.Timeout | null = null;
  /** Updates applied to `doc` whose write has not completed yet. */
  unstored = 0;
  /** Bytes of pending (unintegrable) Yjs data the stored state held, dropped at load [2]. */
  discardedPending = 0;
  compacting: Promise<void> | null = null;
  unloadTimer: NodeJS.Timeout | null = null;
  #wholeState: Uint8Array | null = null;
  #since: Uint8Array[] = [];
  #sinceBytes = 0;

  constructor(
    name: string,
    storage: Storage,
    onUpdate: UpdateListener,
    {
      needed = [],
      alsoReady = [],
      onLoaded,
    }: {
      needed?: readonly Room[];
      /** More that must be done before the room answers (its board's storage quota). */
      alsoReady?: readonly Promise<unknown>[];
      /** Runs once the rest is ready, before the room answers (the extensions' `onLoad`). */
      onLoaded?: (room: Room) => Promise<void>;
    } = {},
  ) {
    const parsed = parseRoomName(name);
    if (parsed === null) throw new Error(`not a room name: ${name}`);
    this.name = name;
    this.boardId = parsed.boardId;
    this.kind = parsed.kind;
    this.needed = needed;
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      this.#followWholeState(update);
      if (origin === FROM_STORAGE) return;
      const member = this.connections.has(origin as RoomMember) ? (origin as RoomMember) : null;
      onUpdate(this, update, member);
    });
    this.ready = Promise.all([
      this.#load(storage),
      ...needed.map((room) => room.ready),
      ...alsoReady,
    ]).then(() => onLoaded?.(this));
  }

  /** One of the rooms this one `needed`, by name; throws when it is not one of them. */
  neededRoom(name: string): Room {
    const room = this.needed.find((candidate) => candidate.name === name);
    if (room === undefined) throw new Error(`${this.name} was not loaded with ${name}`);
    return room;
  }

  async #load(storage: Storage): Promise<void> {
    const stored = await storage.loadDocument(this.name);
    Y.transact(
      this.doc,
      () => {
        if (stored.state !== null) Y.applyUpdate(this.doc, stored.state, FROM_STORAGE);
        for (const update of stored.updates) Y.applyUpdate(this.doc, update, FROM_STORAGE);
      },
      FROM_STORAGE,
    );
    this.lastStoredSeq = stored.lastSeq;
    this.updatesSinceCompaction = stored.updates.length;
    this.bytesSinceCompaction = stored.updates.reduce((sum, update) => sum + update.length, 0);
    const store = this.doc.store;
    this.discardedPending =
      (store.pendingDs?.length ?? 0) + (store.pendingStructs?.update.length ?? 0);
    store.pendingDs = null;
    store.pendingStructs = null;
  }

  /** The whole document as one update (for compaction and readers). */
  wholeState(): Uint8Array {
    if (this.#wholeState === null || this.#since.length > 0) {
      this.#wholeState = Y.encodeStateAsUpdate(this.doc);
      this.#since = [];
      this.#sinceBytes = 0;
    }
    return this.#wholeState;
  }

  /**
   * The whole document for a newcomer without a local copy: an encoded state, then the updates
   * applied since it was encoded, in order (together they are the document). A crowd joining at
   * once, or one client reconnecting over and over, costs one encoding, not one each, even while
   * others keep editing. [3]
   */
  wholeStateParts(): Uint8Array[] {
    if (this.#wholeState === null) return [this.wholeState()];
    return [this.#wholeState, ...this.#since];
  }

  /** Keeps `wholeStateParts` current: re-encoded only once the updates since pass a share of it. */
  #followWholeState(update: Uint8Array): void {
    if (this.#wholeState === null) return;
    this.#since.push(update);
    this.#sinceBytes += update.length;
    if (this.#since.length > 200 || this.#sinceBytes > this.#wholeState.length / 4) {
      this.#wholeState = null;
      this.#since = [];
      this.#sinceBytes = 0;
    }
  }

  /** Sends `message` to every connection of the room except `except`, paced (`RoomOutbox`). */
  broadcast(message: Uint8Array, except: RoomMember | null = null): void {
    this.#outbox.send(message, except);
  }

  /** Removes a connection and, with a broadcast to the others, the presence it introduced. */
  remove(connection: RoomMember): void {
    if (!this.connections.delete(connection)) return;
    const removed = this.presence.remove(connection);
    if (removed.length > 0) this.broadcast(encodePresence(removed)); // [1]
  }

  destroy(): void {
    this.#outbox.flush();
    this.#outbox.dispose();
    if (this.compactTimer !== null) clearTimeout(this.compactTimer);
    this.doc.destroy();
  }
}

/*
 * [1] The connection is already out of `connections`, so the removal reaches every other client.
 * [2] Structs and deletions Yjs could not integrate, stored before `updateCost.ts` kept them out.
 *     Yjs would work through them on every update and send them to every newcomer. A client
 *     that really has what they build on sends it all again in its sync step 2; the next
 *     compaction writes the state without them.
 * [3] Yjs updates commute: the state and the updates after it, applied in any order, give the
 *     same document. The newcomer applies the few later updates right after the state.
 */
