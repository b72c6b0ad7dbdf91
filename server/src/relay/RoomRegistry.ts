/**
 * The rooms in memory: loaded on the first connection, kept while clients are there, compacted
 * every N stored updates, and unloaded (compacted once more, doc destroyed) a while after the
 * last client left. A connection that arrives while its room unloads waits and gets a fresh
 * room loaded from storage.
 */
import type { DocKind } from '@werkbord/shared';
import * as Y from 'yjs';
import type { Logger } from '../log.js';
import type { Metrics } from '../Metrics.js';
import type { Storage } from '../storage/Storage.js';
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
    let unloading: Promise<void> | undefined;
    while ((unloading = this.#unloading.get(name)) !== undefined) await unloading;
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
    if (room.connections.size > 0 || this.#rooms.get(room.name) !== room) return;
    if (room.unloadTimer !== null) clearTimeout(room.unloadTimer);
    room.unloadTimer = setTimeout(() => void this.#unload(room), this.#options.unloadDelayMs);
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
    const room = new Room(name, kind, this.#options.storage, (from, update, origin) =>
      this.#writer.enqueue({ room: from, update, origin }),
    );
    this.#rooms.set(name, room);
    room.ready.catch((error: unknown) => {
      this.#options.log.error({ err: error, room: name }, 'loading a room failed');
      this.#fail(room);
    });
    return room;
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
    if (this.#rooms.get(room.name) !== room || (!force && room.connections.size > 0)) {
      return Promise.resolve();
    }
    if (room.unloadTimer !== null) clearTimeout(room.unloadTimer);
    this.#rooms.delete(room.name);
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
    if (this.#rooms.get(room.name) === room) this.#rooms.delete(room.name);
    if (room.unloadTimer !== null) clearTimeout(room.unloadTimer);
    this.#options.onRoomFailed(room);
    room.destroy();
  }
}

/*
 * [1] The doc may already hold updates whose write is still running; the state then covers more
 *     than `lastStoredSeq`. Replaying those updates on top of it later is harmless: applying a
 *     Yjs update twice changes nothing.
 * [2] A room that unloads is compacted into storage first; once that is done, storage has it all.
 */
