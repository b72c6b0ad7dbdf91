/**
 * When rooms come and go. A room is loaded from storage on its first connection, kept while
 * clients are there, and unloaded (compacted once more, doc destroyed) a while after the last
 * client left. A connection that arrives while its room unloads waits and gets a fresh room
 * loaded from storage.
 *
 * A room loads the rooms the extensions say it needs (`roomsNeeded`: a content room its
 * control room, for the lock) and holds them: a held room stays loaded while a room holding it
 * is, and unloads with it once no client has it open. Server tasks (onthullen, counting votes)
 * hold the rooms they work on the same way (`withRooms`). A room whose storage fails is dropped;
 * a deleted board's rooms are evicted, and a board another process took over is let go of.
 */
import { parseRoomName } from '@werkbord/shared';
import type { Logger } from '../log.js';
import type { Metrics } from '../Metrics.js';
import { roomLogFields } from '../roomLogFields.js';
import type { Storage } from '../storage/Storage.js';
import { Compactor } from './Compactor.js';
import { DocumentQuota, type QuotaLimits } from './documentQuota.js';
import type { Extensions } from './Extensions.js';
import { Room, type RoomMember } from './Room.js';
import { type RoomLoader, RoomRegistry } from './RoomRegistry.js';
import { loadStoredDocument } from './storedDocument.js';

export interface RoomLifecycleOptions {
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

export class RoomLifecycle implements RoomLoader {
  readonly #options: RoomLifecycleOptions;
  /** The rooms in memory; connections join them there. */
  readonly registry: RoomRegistry;
  readonly #unloading = new Map<string, Promise<void>>();
  /** What keeps a room loaded besides its clients: rooms that need it, and server tasks. */
  readonly #holders = new Map<Room, Set<object>>();
  readonly #unloadTimers = new Map<Room, NodeJS.Timeout>();
  readonly #extensions: Extensions;
  readonly #compactor: Compactor;
  /** What each board's documents take in storage, against its quotas. */
  readonly quota: DocumentQuota;
  /** Boards deleted while this server runs: their rooms are never loaded again. [3] */
  readonly #deleted = new Set<string>();
  #closing = false;

  constructor(options: RoomLifecycleOptions) {
    this.#options = options;
    this.#extensions = options.extensions;
    this.quota = new DocumentQuota(options.storage, options.quota);
    this.registry = new RoomRegistry({ ...options, quota: this.quota }, this);
    this.#compactor = new Compactor({
      ...options,
      quota: this.quota,
      isLoaded: (room) => this.registry.has(room),
    });
  }

  async whenAvailable(name: string): Promise<boolean> {
    await this.#notUnloading(name);
    return !this.#deleted.has(parseRoomName(name)?.boardId ?? '');
  }

  /** The room in memory (loaded if it is not), kept from unloading by whoever takes it. */
  take(name: string): Room {
    const room = this.registry.rooms.get(name) ?? this.#load(name);
    this.#cancelUnload(room);
    return room;
  }

  /** Schedules the unload of a room nobody uses: no clients, and no room or task holding it. */
  idle(room: Room, delayMs = this.#options.unloadDelayMs): void {
    if (this.#inUse(room) || !this.registry.has(room)) return;
    this.#cancelUnload(room);
    this.#unloadTimers.set(room, setTimeout(() => void this.#unload(room), delayMs).unref());
  }

  /** An update of the room was stored: the compactor counts it. */
  stored(room: Room, update: Uint8Array, seq: number): void {
    this.#compactor.stored(room, update, seq);
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
        if (parseRoomName(name) === null) throw new Error(`not a room name: ${name}`);
        const available = await this.whenAvailable(name);
        if (this.#closing) throw new Error('the server is shutting down');
        if (!available) throw new Error('the board was deleted');
        const room = this.take(name);
        this.#holdersOf(room).add(holder);
        rooms.push(room);
      }
      await Promise.all(rooms.map((room) => room.ready));
      if (rooms.some((room) => room.doc.isDestroyed)) throw new Error('a room failed meanwhile');
      return task(rooms);
    } finally {
      for (const room of rooms) {
        this.#holders.get(room)?.delete(holder);
        this.idle(room);
      }
    }
  }

  /**
   * The names of the documents starting with `prefix`: stored ones, and those in memory whose
   * first updates may not be stored yet.
   */
  async roomNames(prefix: string): Promise<string[]> {
    const stored = await this.#options.storage.listDocuments(prefix);
    const inMemory = [...this.registry.rooms.keys(), ...this.#unloading.keys()];
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
    const rooms = [...this.registry.rooms.values()].filter((room) => room.boardId === boardId);
    for (const room of rooms) {
      this.registry.delete(room);
      this.#cancelUnload(room);
    }
    for (const room of rooms) {
      this.#release(room);
      for (const connection of [...room.connections]) close(connection);
    }
    const unloading = [...this.#unloading].filter(([name]) => ofBoard(name, boardId));
    await Promise.all(unloading.map(([, done]) => done));
    await Promise.all(
      rooms.map(async (room) => {
        await room.ready.catch(() => undefined);
        await this.whenStored(room).catch(() => undefined);
        await this.#compactor.settled(room);
        this.#destroy(room);
      }),
    );
  }

  /** Whether a room of the board is in memory or still being unloaded. */
  hasBoard(boardId: string): boolean {
    return [...this.registry.rooms.keys(), ...this.#unloading.keys()].some((n) =>
      ofBoard(n, boardId),
    );
  }

  /** Resolves when every update the room has applied so far is stored. */
  whenStored(room: Room): Promise<void> {
    return this.registry.whenStored(room);
  }

  /**
   * The stored state of a loaded room's doc (every update it has stored, compacted or not), or
   * `null` when the room is not in memory: then storage alone has it. Never loads a room.
   */
  async loadedState(name: string): Promise<Uint8Array | null> {
    const unloading = this.#unloading.get(name);
    if (unloading !== undefined) await unloading; // [1]
    const room = this.registry.rooms.get(name);
    if (room === undefined) return null;
    await room.ready;
    await this.whenStored(room);
    return room.doc.isDestroyed ? null : room.wholeState.encode();
  }

  /** Shutdown: writes what is pending, then compacts and unloads every room. */
  async closeAll(): Promise<void> {
    this.#closing = true;
    await this.registry.drain();
    await Promise.all([...this.registry.rooms.values()].map((room) => this.#unload(room, true)));
    await Promise.all(this.#unloading.values());
  }

  /** Drops a room whose storage failed; its clients reconnect and resend what was lost. */
  fail(room: Room): void {
    if (room.doc.isDestroyed) return;
    this.registry.delete(room);
    this.#cancelUnload(room);
    const holders = [...this.#holdersOf(room)];
    this.#release(room);
    this.#options.onRoomFailed(room);
    this.#destroy(room);
    // The rooms holding it would judge writes by a dead copy of it: reset them as well. [2]
    for (const holder of holders) {
      if (holder instanceof Room) this.fail(holder);
    }
  }

  /** Resolves once neither the room nor a room it would hold is unloading. */
  async #notUnloading(name: string): Promise<void> {
    const names = [name, ...this.#extensions.roomsNeeded(name)];
    const unloadingOf = () => names.map((n) => this.#unloading.get(n)).find((p) => p !== undefined);
    let unloading: Promise<void> | undefined;
    while ((unloading = unloadingOf()) !== undefined) await unloading;
  }

  /** Loads a room, and the rooms it needs when they are not in memory. */
  #load(name: string): Room {
    const needed = this.#extensions.roomsNeeded(name).map((other) => this.take(other));
    const room = new Room(name, this.registry.onUpdate, needed, async (loading) => {
      const neededReady = needed.map((held) => held.ready);
      await Promise.all([this.#loadStored(loading), this.quota.attach(name), ...neededReady]);
      await this.#extensions.loaded(loading); // before the room answers
    });
    for (const held of needed) this.#holdersOf(held).add(room);
    this.registry.add(room);
    room.ready.catch((error: unknown) => {
      this.#options.log.error({ err: error, ...roomLogFields(name) }, 'loading a room failed');
      this.fail(room);
    });
    return room;
  }

  /** Puts the room's stored state into its doc, and tells the compactor what it found. */
  async #loadStored(room: Room): Promise<void> {
    const { storage, log } = this.#options;
    const stored = await loadStoredDocument(room.doc, storage, room.name);
    if (room.doc.isDestroyed) return; // failed meanwhile, with a room it needs
    if (stored.discarded > 0) {
      const fields = { ...roomLogFields(room.name), bytes: stored.discarded };
      log.warn(fields, 'pending Yjs data dropped at load');
      stored.updates++; // so that the unload compacts it away
    }
    this.#compactor.loaded(room, stored);
  }

  #holdersOf(room: Room): Set<object> {
    let holders = this.#holders.get(room);
    if (holders === undefined) this.#holders.set(room, (holders = new Set()));
    return holders;
  }

  #cancelUnload(room: Room): void {
    clearTimeout(this.#unloadTimers.get(room));
    this.#unloadTimers.delete(room);
  }

  #inUse(room: Room): boolean {
    return room.connections.size > 0 || (this.#holders.get(room)?.size ?? 0) > 0;
  }

  /** A room left the registry: the rooms it held unload too unless others have them. */
  #release(room: Room): void {
    this.quota.detach(room.name);
    this.#extensions.unload(room);
    for (const held of room.needed) {
      this.#holders.get(held)?.delete(room);
      this.idle(held, 0); // [4]
    }
  }

  #destroy(room: Room): void {
    this.#cancelUnload(room);
    this.#holders.delete(room);
    this.#compactor.forget(room);
    room.destroy();
  }

  #unload(room: Room, force = false): Promise<void> {
    this.#cancelUnload(room);
    if (!this.registry.has(room) || (!force && this.#inUse(room))) return Promise.resolve();
    this.registry.delete(room);
    this.#release(room);
    const unloading = (async () => {
      await room.ready;
      await this.whenStored(room);
      await this.#compactor.settled(room);
      await this.#compactor.compact(room);
      this.#destroy(room);
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
}

const ofBoard = (name: string, boardId: string) => parseRoomName(name)?.boardId === boardId;

/*
 * [1] A room that unloads is compacted into storage first; once that is done, storage has it all.
 * [2] Their clients are closed and reconnect; the fresh rooms hold fresh rooms loaded from
 *     storage. A task holding the failed room finds it destroyed.
 * [3] A connection admitted just before the board was deleted would otherwise load an empty
 *     room and store its client's copy of the board again, behind the deletion's back.
 * [4] The holding room already waited its unload delay; the room it held need not wait again.
 */
