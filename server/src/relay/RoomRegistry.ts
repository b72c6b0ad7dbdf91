/**
 * The rooms in memory: loaded on the first connection, kept while clients are there, compacted
 * every N stored updates, and unloaded (compacted once more, doc destroyed) a while after the
 * last client left. A connection that arrives while its room unloads waits and gets a fresh
 * room loaded from storage.
 *
 * A content room loads its board's control room too and holds it: the content room's
 * `BoardPolicy` reads the lock from it. The control room stays loaded while its content room
 * is, and unloads with it once no client has it open.
 */
import { controlRoom, DocKind, parseRoomName } from '@werkbord/shared';
import * as Y from 'yjs';
import type { Logger } from '../log.js';
import type { Metrics } from '../Metrics.js';
import type { Storage } from '../storage/Storage.js';
import { BoardPolicy } from './boardPolicy.js';
import type { Connection } from './Connection.js';
import { encodeUpdate } from './protocol.js';
import { Room } from './Room.js';
import { type PendingUpdate, UpdateWriter } from './UpdateWriter.js';

export interface RoomRegistryOptions {
  storage: Storage;
  log: Logger;
  metrics: Metrics;
  compactAfterUpdates: number;
  unloadDelayMs: number;
  maxClientsPerRoom: number;
  /** Called when a room is dropped because its storage failed; its clients must be closed. */
  onRoomFailed: (room: Room) => void;
}

export type JoinResult =
  | { status: 'joined'; room: Room }
  | { status: 'full' }
  /** The connection closed while it waited for its room. */
  | { status: 'gone' };

export class RoomRegistry {
  readonly #options: RoomRegistryOptions;
  readonly #rooms = new Map<string, Room>();
  readonly #unloading = new Map<string, Promise<void>>();
  readonly #writer: UpdateWriter;

  constructor(options: RoomRegistryOptions) {
    this.#options = options;
    this.#writer = new UpdateWriter(
      options.storage,
      {
        onStored: (pending, seq) => this.#onStored(pending, seq),
        onFailed: (batch) => {
          for (const room of new Set(batch.map((pending) => pending.room))) this.#fail(room);
        },
      },
      options.log,
    );
  }

  /** Number of rooms in memory. */
  get size(): number {
    return this.#rooms.size;
  }

  /** Adds the connection to its room, loading the room when it is not in memory. */
  async join(connection: Connection, name: string, kind: DocKind): Promise<JoinResult> {
    // A content room loads its control room as well: wait until neither is unloading.
    const names = kind === DocKind.Content ? [name, controlOf(name)] : [name];
    const unloadingOf = () => names.map((n) => this.#unloading.get(n)).find((p) => p !== undefined);
    let unloading: Promise<void> | undefined;
    while ((unloading = unloadingOf()) !== undefined) await unloading;
    if (connection.closed) return { status: 'gone' };
    const room = this.#rooms.get(name) ?? this.#load(name, kind);
    if (room.connections.size >= this.#options.maxClientsPerRoom) return { status: 'full' };
    if (room.unloadTimer !== null) clearTimeout(room.unloadTimer);
    room.unloadTimer = null;
    room.connections.add(connection);
    connection.room = room;
    return { status: 'joined', room };
  }

  leave(connection: Connection): void {
    const room = connection.room;
    if (room === null) return;
    room.remove(connection);
    this.#unloadWhenIdle(room);
  }

  /** Schedules the unload of a room nobody uses: no clients, and no content room holding it. */
  #unloadWhenIdle(room: Room, delayMs = this.#options.unloadDelayMs): void {
    if (room.connections.size > 0 || room.heldByContent || this.#rooms.get(room.name) !== room) {
      return;
    }
    if (room.unloadTimer !== null) clearTimeout(room.unloadTimer);
    room.unloadTimer = setTimeout(() => void this.#unload(room), delayMs);
    room.unloadTimer.unref();
  }

  /** Resolves when every update the room has applied so far is stored. */
  whenStored(room: Room): Promise<void> {
    return this.#writer.whenStored(room);
  }

  /**
   * The stored state of a loaded room's doc (every update it has stored, compacted or not), or
   * `null` when the room is not in memory: then storage alone has it. Never loads a room.
   */
  async loadedState(name: string): Promise<Uint8Array | null> {
    const unloading = this.#unloading.get(name);
    if (unloading !== undefined) await unloading; // [2]
    const room = this.#rooms.get(name);
    if (room === undefined) return null;
    await room.ready;
    await this.#writer.whenStored(room);
    return room.doc.isDestroyed ? null : Y.encodeStateAsUpdate(room.doc);
  }

  /** Shutdown: writes what is pending, then compacts and unloads every room. */
  async closeAll(): Promise<void> {
    await this.#writer.drain();
    await Promise.all([...this.#rooms.values()].map((room) => this.#unload(room, true)));
    await Promise.all(this.#unloading.values());
  }

  #load(name: string, kind: DocKind): Room {
    const control = kind === DocKind.Content ? controlOf(name) : null;
    const policy = control === null ? null : new BoardPolicy(this.#hold(control));
    const room = new Room(
      name,
      kind,
      this.#options.storage,
      (from, update, origin) => this.#writer.enqueue({ room: from, update, origin }),
      policy,
    );
    this.#rooms.set(name, room);
    room.ready.catch((error: unknown) => {
      this.#options.log.error({ err: error, room: name }, 'loading a room failed');
      this.#fail(room);
    });
    return room;
  }

  /** The control room `name`, loaded if needed, held by its content room until `#release`. */
  #hold(name: string): Room {
    const control = this.#rooms.get(name) ?? this.#load(name, DocKind.Control);
    if (control.unloadTimer !== null) clearTimeout(control.unloadTimer);
    control.unloadTimer = null;
    control.heldByContent = true;
    return control;
  }

  /** A content room left the registry: its control room unloads too unless clients have it. */
  #release(room: Room): void {
    const policy = room.policy;
    if (policy === null) return;
    policy.dispose();
    policy.control.heldByContent = false;
    this.#unloadWhenIdle(policy.control, 0); // [3]
  }

  #onStored({ room, update, origin }: PendingUpdate, seq: number): void {
    this.#options.metrics.updatesStored++;
    room.lastStoredSeq = Math.max(room.lastStoredSeq, seq);
    room.updatesSinceCompaction++;
    room.broadcast(encodeUpdate(update), origin);
    if (
      room.updatesSinceCompaction >= this.#options.compactAfterUpdates &&
      room.compacting === null &&
      this.#rooms.get(room.name) === room
    ) {
      void this.#compact(room);
    }
  }

  /** Replaces the room's stored updates by its merged state. Never rejects. */
  #compact(room: Room): Promise<void> {
    if (room.compacting !== null) return room.compacting;
    const merged = room.updatesSinceCompaction;
    if (merged === 0) return Promise.resolve();
    const { storage, log, metrics } = this.#options;
    const state = Y.encodeStateAsUpdate(room.doc); // [1]
    room.compacting = storage
      .compact(room.name, state, room.lastStoredSeq)
      .then(() => {
        room.updatesSinceCompaction -= merged;
        metrics.compactions++;
        log.debug({ room: room.name, merged, bytes: state.length }, 'room compacted');
      })
      .catch((error: unknown) => log.error({ err: error, room: room.name }, 'compaction failed'))
      .finally(() => {
        room.compacting = null;
      });
    return room.compacting;
  }

  #unload(room: Room, force = false): Promise<void> {
    const inUse = room.connections.size > 0 || room.heldByContent;
    if (this.#rooms.get(room.name) !== room || (!force && inUse)) {
      return Promise.resolve();
    }
    if (room.unloadTimer !== null) clearTimeout(room.unloadTimer);
    this.#rooms.delete(room.name);
    this.#release(room);
    const unloading = (async () => {
      await room.ready;
      await this.#writer.whenStored(room);
      while (room.compacting !== null) await room.compacting;
      await this.#compact(room);
      room.destroy();
      this.#options.log.debug({ room: room.name }, 'room unloaded');
    })()
      .catch((error: unknown) => {
        this.#options.log.error({ err: error, room: room.name }, 'unloading a room failed');
      })
      .finally(() => this.#unloading.delete(room.name));
    this.#unloading.set(room.name, unloading);
    return unloading;
  }

  /** Drops a room whose storage failed; its clients reconnect and resend what was lost. */
  #fail(room: Room): void {
    if (room.doc.isDestroyed) return;
    if (this.#rooms.get(room.name) === room) this.#rooms.delete(room.name);
    if (room.unloadTimer !== null) clearTimeout(room.unloadTimer);
    this.#release(room);
    this.#options.onRoomFailed(room);
    room.destroy();
    if (room.heldByContent) {
      // Its content room would judge writes by a dead copy of the lock: reset it as well. [4]
      const content = [...this.#rooms.values()].find((other) => other.policy?.control === room);
      if (content !== undefined) this.#fail(content);
    }
  }
}

/** The control room of a content room's board. */
function controlOf(contentName: string): string {
  const parsed = parseRoomName(contentName);
  if (parsed === null) throw new Error(`not a room name: ${contentName}`);
  return controlRoom(parsed.boardId);
}

/*
 * [1] The doc may already hold updates whose write is still running; the state then covers more
 *     than `lastStoredSeq`. Replaying those updates on top of it later is harmless: applying a
 *     Yjs update twice changes nothing.
 * [2] A room that unloads is compacted into storage first; once that is done, storage has it all.
 * [3] The content room already waited its unload delay; its control room need not wait again.
 * [4] The content room's clients are closed and reconnect; the fresh content room holds a fresh
 *     control room loaded from storage.
 */
