/**
 * The rooms in memory, by name, and the way their updates go: what a room's doc applies is
 * counted against the storage quota and queued for writing (`UpdateWriter`); once stored, it
 * is broadcast and told to the extensions. A connection joins a room here, which is loaded
 * first when it is not in memory; when and how rooms load and unload is `RoomLifecycle`'s.
 */
import { CloseCode } from '@werkbord/shared';
import type { Logger } from '../log.js';
import type { Metrics } from '../Metrics.js';
import type { Storage } from '../storage/Storage.js';
import type { Connection } from './Connection.js';
import type { DocumentQuota } from './documentQuota.js';
import type { Extensions } from './Extensions.js';
import { encodeUpdate } from './protocol.js';
import type { Room, RoomMember } from './Room.js';
import { type PendingUpdate, UpdateWriter } from './UpdateWriter.js';

/** Loads and unloads the rooms (`RoomLifecycle`). */
export interface RoomLoader {
  /** Resolves once the room is not unloading; `false` when its board was deleted. */
  whenAvailable(name: string): Promise<boolean>;
  /** The room in memory, loaded when it is not, and kept from unloading. */
  take(name: string): Room;
  /** The room lost a client: it unloads a while later if nothing uses it. */
  idle(room: Room): void;
  /** Writing the room's updates failed: it is dropped. */
  fail(room: Room): void;
  /** An update of the room was stored under `seq` (for compaction). */
  stored(room: Room, update: Uint8Array, seq: number): void;
}

export interface RoomRegistryOptions {
  storage: Storage;
  log: Logger;
  metrics: Metrics;
  extensions: Extensions;
  quota: DocumentQuota;
  maxClientsPerRoom: number;
}

export class RoomRegistry {
  readonly #options: RoomRegistryOptions;
  readonly #loader: RoomLoader;
  readonly #rooms = new Map<string, Room>();
  /** The rooms in memory, by name. */
  readonly rooms: ReadonlyMap<string, Room> = this.#rooms;
  readonly #writer: UpdateWriter;

  constructor(options: RoomRegistryOptions, loader: RoomLoader) {
    this.#options = options;
    this.#loader = loader;
    this.#writer = new UpdateWriter(
      options.storage,
      {
        onStored: (pending, seq) => this.#onStored(pending, seq),
        onFailed: (batch) => new Set(batch.map(({ room }) => room)).forEach((r) => loader.fail(r)),
      },
      options.log,
    );
  }

  /** Whether `room` is the registry's (not unloaded, failed or evicted). */
  has(room: Room): boolean {
    return this.#rooms.get(room.name) === room;
  }

  add(room: Room): void {
    this.#rooms.set(room.name, room);
  }

  /** Takes the room out of the registry; `false` when it was no longer in. */
  delete(room: Room): boolean {
    return this.has(room) && this.#rooms.delete(room.name);
  }

  /** Every room's doc hands what it applied here (`Room`'s `UpdateListener`). */
  readonly onUpdate = (room: Room, update: Uint8Array, origin: RoomMember | null): void => {
    // Counted when applied, not when stored: the next message may arrive before the write.
    this.#options.quota.added(room.name, update.length);
    this.#writer.enqueue({ room, update, origin });
  };

  /**
   * Adds the connection to its room, loading the room when it is not in memory. `null` when the
   * connection closed meanwhile or is refused: the room is full, or the board was deleted while
   * the connection was being admitted.
   */
  async join(connection: Connection, name: string): Promise<Room | null> {
    const available = await this.#loader.whenAvailable(name);
    if (connection.closed) return null;
    const room = available ? this.#loader.take(name) : null;
    if (room === null || room.connections.size >= this.#options.maxClientsPerRoom) {
      if (room === null) connection.refuse(CloseCode.NotFound, 'bord bestaat niet');
      else connection.refuse(CloseCode.RoomFull, 'bord is vol');
      return null;
    }
    room.connections.add(connection);
    connection.room = room;
    return room;
  }

  leave(connection: Connection): void {
    const room = connection.room;
    if (room === null) return;
    room.remove(connection);
    this.#loader.idle(room);
  }

  /** Resolves when every update the room has applied so far is stored. */
  whenStored(room: Room): Promise<void> {
    return this.#writer.whenStored(room);
  }

  /** Resolves when nothing is waiting to be written. */
  drain(): Promise<void> {
    return this.#writer.drain();
  }

  #onStored({ room, update, origin }: PendingUpdate, seq: number): void {
    this.#options.metrics.updatesStored++;
    room.broadcast(encodeUpdate(update), origin);
    this.#options.extensions.stored(room, update);
    this.#loader.stored(room, update, seq);
  }
}
