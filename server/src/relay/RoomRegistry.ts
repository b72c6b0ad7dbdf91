/**
 * The rooms in memory: loaded on the first connection, kept while clients are there, and
 * unloaded (compacted once more, doc destroyed) a while after the last client left. A
 * connection that arrives while its room unloads waits and gets a fresh room loaded from
 * storage.
 *
 * A room loads the rooms the extensions say it needs (`roomsNeeded`: a content room its
 * control room, for the lock) and holds them: a held room stays loaded while a room holding it
 * is, and unloads with it once no client has it open. Server tasks (onthullen, counting votes)
 * hold the rooms they work on the same way (`withRooms`).
 */
import { parseRoomName } from '@werkbord/shared';
import type { Logger } from '../log.js';
import { roomLogFields } from '../roomLogFields.js';
import type { Metrics } from '../Metrics.js';
import type { Storage } from '../storage/Storage.js';
import { Compactor } from './Compactor.js';
import type { Connection } from './Connection.js';
import { DocumentQuota, type QuotaLimits } from './documentQuota.js';
import type { Extensions } from './Extensions.js';
import { encodeUpdate } from './protocol.js';
import { Room, type RoomMember } from './Room.js';
import { type PendingUpdate, UpdateWriter } from './UpdateWriter.js';

export interface RoomRegistryOptions {
  storage: Storage;
  log: Logger;
  metrics: Metrics;
  extensions: Extensions;
  compactAfterUpdates: number;
  unloadDelayMs: number;
  maxClientsPerRoom: number;
  /** Storage quotas per document and per board. */
  quota: QuotaLimits;
  /** Called when a room is dropped because its storage failed; its clients must be closed. */
  onRoomFailed: (room: Room) => void;
}

export type JoinResult =
  | { status: 'joined'; room: Room }
  | { status: 'full' }
  /** The board was deleted while the connection was being admitted. */
  | { status: 'deleted' }
  /** The connection closed while it waited for its room. */
  | { status: 'gone' };

export class RoomRegistry {
  readonly #options: RoomRegistryOptions;
  readonly #rooms = new Map<string, Room>();
  readonly #unloading = new Map<string, Promise<void>>();
  readonly #writer: UpdateWriter;
  readonly #extensions: Extensions;
  readonly #compactor: Compactor;
  /** What each board's documents take in storage, against its quotas. */
  readonly quota: DocumentQuota;
  /** Boards deleted while this server runs: their rooms are never loaded again. [4] */
  readonly #deleted = new Set<string>();
  #closing = false;

  constructor(options: RoomRegistryOptions) {
    this.#options = options;
    this.#extensions = options.extensions;
    this.quota = new DocumentQuota(options.storage, options.quota);
    this.#compactor = new Compactor({
      ...options,
      quota: this.quota,
      isLoaded: (room) => this.#rooms.get(room.name) === room,
    });
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
  async join(connection: Connection, name: string): Promise<JoinResult> {
    await this.#notUnloading(name);
    if (connection.closed) return { status: 'gone' };
    if (this.#deleted.has(parseRoomName(name)?.boardId ?? '')) return { status: 'deleted' };
    const room = this.#rooms.get(name) ?? this.#load(name);
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

  /**
   * Runs `task` once the named rooms are loaded (those not in memory are loaded as if a client
   * came) and ready; they stay loaded until it returns, then unload as usual when idle. The task
   * runs synchronously, so what it changes is one step between clients' messages.
   */
  async withRooms<T>(names: readonly string[], task: (rooms: Room[]) => T): Promise<T> {
    const holder = {};
    const rooms: Room[] = [];
    try {
      for (const name of names) {
        const parsed = parseRoomName(name);
        if (parsed === null) throw new Error(`not a room name: ${name}`);
        await this.#notUnloading(name);
        if (this.#closing) throw new Error('the server is shutting down');
        if (this.#deleted.has(parsed.boardId)) throw new Error('the board was deleted');
        const room = this.#take(name);
        room.holders.add(holder);
        rooms.push(room);
      }
      await Promise.all(rooms.map((room) => room.ready));
      if (rooms.some((room) => room.doc.isDestroyed)) throw new Error('a room failed meanwhile');
      return task(rooms);
    } finally {
      for (const room of rooms) {
        room.holders.delete(holder);
        this.#unloadWhenIdle(room);
      }
    }
  }

  /**
   * The names of the documents starting with `prefix`: stored ones, and those in memory whose
   * first updates may not be stored yet.
   */
  async roomNames(prefix: string): Promise<string[]> {
    const stored = await this.#options.storage.listDocuments(prefix);
    const inMemory = [...this.#rooms.keys(), ...this.#unloading.keys()];
    return [...new Set([...stored, ...inMemory.filter((name) => name.startsWith(prefix))])].sort();
  }

  /**
   * The board is being deleted: its rooms leave the registry at once (no new client or task gets
   * them), their connections are closed with `close`, and it resolves once nothing of them is
   * still being written, so storage can then drop the board for good. Nothing is compacted.
   */
  async evictBoard(boardId: string, close: (connection: RoomMember) => void): Promise<void> {
    this.#deleted.add(boardId);
    await this.letGo(boardId, close);
  }

  /**
   * Like `evictBoard`, but the board may load again later: another process took it over
   * (several processes, `server/src/cluster/`). What is still being written is refused by its
   * owner fence, and the clients, closed with `close`, reconnect to the new owner.
   */
  async letGo(boardId: string, close: (connection: RoomMember) => void): Promise<void> {
    const ofBoard = (name: string) => parseRoomName(name)?.boardId === boardId;
    const rooms = [...this.#rooms.values()].filter((room) => ofBoard(room.name));
    for (const room of rooms) {
      this.#rooms.delete(room.name);
      if (room.unloadTimer !== null) clearTimeout(room.unloadTimer);
      room.unloadTimer = null;
    }
    for (const room of rooms) {
      this.#release(room);
      for (const connection of [...room.connections]) close(connection);
    }
    const unloading = [...this.#unloading].filter(([name]) => ofBoard(name));
    await Promise.all(unloading.map(([, done]) => done));
    await Promise.all(
      rooms.map(async (room) => {
        await room.ready.catch(() => undefined);
        await this.#writer.whenStored(room).catch(() => undefined);
        while (room.compacting !== null) await room.compacting;
        room.destroy();
      }),
    );
  }

  /** Whether a room of the board is in memory or still being unloaded. */
  hasBoard(boardId: string): boolean {
    const ofBoard = (name: string) => parseRoomName(name)?.boardId === boardId;
    return [...this.#rooms.keys(), ...this.#unloading.keys()].some(ofBoard);
  }

  /** Resolves once neither the room nor a room it would hold is unloading. */
  async #notUnloading(name: string): Promise<void> {
    const names = [name, ...this.#extensions.roomsNeeded(name)];
    const unloadingOf = () => names.map((n) => this.#unloading.get(n)).find((p) => p !== undefined);
    let unloading: Promise<void> | undefined;
    while ((unloading = unloadingOf()) !== undefined) await unloading;
  }

  /** Schedules the unload of a room nobody uses: no clients, and no room or task holding it. */
  #unloadWhenIdle(room: Room, delayMs = this.#options.unloadDelayMs): void {
    if (room.connections.size > 0 || room.holders.size > 0 || this.#rooms.get(room.name) !== room) {
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
    if (unloading !== undefined) await unloading; // [1]
    const room = this.#rooms.get(name);
    if (room === undefined) return null;
    await room.ready;
    await this.#writer.whenStored(room);
    return room.doc.isDestroyed ? null : room.wholeState();
  }

  /** Shutdown: writes what is pending, then compacts and unloads every room. */
  async closeAll(): Promise<void> {
    this.#closing = true;
    await this.#writer.drain();
    await Promise.all([...this.#rooms.values()].map((room) => this.#unload(room, true)));
    await Promise.all(this.#unloading.values());
  }

  /** Loads a room, and the rooms it needs when they are not in memory. */
  #load(name: string): Room {
    const { storage, log } = this.#options;
    const onUpdate = (from: Room, update: Uint8Array, origin: RoomMember | null) => {
      // Counted when applied, not when stored: the next message may arrive before the write.
      this.quota.added(from.name, update.length);
      this.#writer.enqueue({ room: from, update, origin });
    };
    const needed = this.#extensions.roomsNeeded(name).map((other) => this.#take(other));
    const room = new Room(name, storage, onUpdate, {
      needed,
      alsoReady: [this.quota.attach(name)],
      onLoaded: (loaded) => this.#extensions.loaded(loaded),
    });
    for (const held of needed) held.holders.add(room);
    this.#rooms.set(name, room);
    room.ready.then(
      () => {
        if (room.discardedPending === 0) return;
        log.warn(
          { ...roomLogFields(name), bytes: room.discardedPending },
          'pending Yjs data dropped at load',
        );
        room.updatesSinceCompaction++; // so that the unload compacts it away
      },
      () => undefined,
    );
    room.ready.catch((error: unknown) => {
      this.#options.log.error({ err: error, ...roomLogFields(name) }, 'loading a room failed');
      this.#fail(room);
    });
    return room;
  }

  /** The room in memory (loaded if it is not), kept from unloading by whoever takes it. */
  #take(name: string): Room {
    const room = this.#rooms.get(name) ?? this.#load(name);
    if (room.unloadTimer !== null) clearTimeout(room.unloadTimer);
    room.unloadTimer = null;
    return room;
  }

  /** A room left the registry: the rooms it held unload too unless others have them. */
  #release(room: Room): void {
    this.quota.detach(room.name);
    this.#extensions.unload(room);
    for (const held of room.needed) {
      held.holders.delete(room);
      this.#unloadWhenIdle(held, 0); // [2]
    }
  }

  #onStored({ room, update, origin }: PendingUpdate, seq: number): void {
    this.#options.metrics.updatesStored++;
    room.broadcast(encodeUpdate(update), origin);
    this.#extensions.stored(room, update);
    this.#compactor.stored(room, update, seq);
  }

  #unload(room: Room, force = false): Promise<void> {
    const inUse = room.connections.size > 0 || room.holders.size > 0;
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
      await this.#compactor.compact(room);
      room.destroy();
      this.#options.log.debug(roomLogFields(room.name), 'room unloaded');
      return !this.#closing;
    })()
      .catch((error: unknown) => {
        this.#options.log.error(
          { err: error, ...roomLogFields(room.name) },
          'unloading a room failed',
        );
        return false;
      })
      .then((unloaded) => {
        this.#unloading.delete(room.name);
        // Told once the unload is over, so readers find everything in storage.
        if (unloaded) this.#extensions.afterUnload(room);
      });
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
    // The rooms holding it would judge writes by a dead copy of it: reset them as well. [3]
    for (const holder of [...room.holders]) {
      if (holder instanceof Room) this.#fail(holder);
    }
  }
}

/*
 * [1] A room that unloads is compacted into storage first; once that is done, storage has it all.
 * [2] The holding room already waited its unload delay; the room it held need not wait again.
 * [3] Their clients are closed and reconnect; the fresh rooms hold fresh rooms loaded from
 *     storage. A task holding the failed room finds it destroyed.
 * [4] A connection admitted just before the board was deleted would otherwise load an empty
 *     room and store its client's copy of the board again, behind the deletion's back.
 */
