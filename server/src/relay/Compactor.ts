/**
 * Compaction: a room's stored updates are replaced by its merged state, in one transaction,
 * every `compactAfterUpdates` stored updates, soon after a store near the storage quota, and
 * when the room unloads. Keeps, per room, the counts of what is stored since.
 */
import type { Logger } from '../log.js';
import type { Metrics } from '../Metrics.js';
import { roomLogFields } from '../roomLogFields.js';
import type { Storage } from '../storage/Storage.js';
import type { DocumentQuota } from './documentQuota.js';
import type { Room } from './Room.js';

/** How often a room near its storage quota is compacted at most. */
const QUOTA_COMPACTION_INTERVAL_MS = 5_000;

export interface CompactorOptions {
  storage: Storage;
  quota: DocumentQuota;
  metrics: Metrics;
  log: Logger;
  compactAfterUpdates: number;
  /** Whether the room is still the registry's (not unloaded, failed or evicted meanwhile). */
  isLoaded: (room: Room) => boolean;
}

/** What the compactor keeps of a room in memory. */
interface Counts {
  /** Sequence number of the newest stored update that the room's doc contains. */
  lastStoredSeq: number;
  /** Stored updates not yet merged into the compacted state, and their bytes. */
  updates: number;
  bytes: number;
  /** When the last compaction started (`performance.now()`). */
  compactedAt: number;
  /** A compaction planned because the room is near its storage quota. */
  timer: NodeJS.Timeout | null;
  running: Promise<void> | null;
}

export class Compactor {
  readonly #options: CompactorOptions;
  readonly #rooms = new Map<Room, Counts>();

  constructor(options: CompactorOptions) {
    this.#options = options;
  }

  /** The room was loaded: what storage held besides its compacted state. */
  loaded(room: Room, stored: { lastSeq: number; updates: number; bytes: number }): void {
    const counts = this.#counts(room);
    counts.lastStoredSeq = stored.lastSeq;
    counts.updates = stored.updates;
    counts.bytes = stored.bytes;
  }

  /** An update of the room was stored with sequence number `seq`. */
  stored(room: Room, update: Uint8Array, seq: number): void {
    const counts = this.#rooms.get(room);
    if (counts === undefined) return; // dropped meanwhile
    counts.lastStoredSeq = Math.max(counts.lastStoredSeq, seq);
    counts.updates++;
    counts.bytes += update.length;
    if (!this.#options.isLoaded(room)) return;
    if (counts.updates >= this.#options.compactAfterUpdates) {
      if (counts.running === null) void this.compact(room);
    } else if (this.#options.quota.nearlyFull(room.name)) {
      this.#compactSoon(room, counts); // [2]
    }
  }

  /** Resolves once no compaction of the room runs. */
  async settled(room: Room): Promise<void> {
    const counts = this.#rooms.get(room);
    while (counts !== undefined && counts.running !== null) await counts.running;
  }

  /** The room is dropped: nothing more is planned for it. */
  forget(room: Room): void {
    clearTimeout(this.#rooms.get(room)?.timer ?? undefined);
    this.#rooms.delete(room);
  }

  /** Near a quota, deleted content is freed by compacting, but not more often than this. */
  #compactSoon(room: Room, counts: Counts): void {
    if (counts.timer !== null) return;
    const wait = counts.compactedAt + QUOTA_COMPACTION_INTERVAL_MS - performance.now();
    counts.timer = setTimeout(
      () => {
        counts.timer = null;
        if (!this.#options.isLoaded(room)) return;
        if (counts.running === null) void this.compact(room);
        else void counts.running.then(() => this.#compactSoon(room, counts));
      },
      Math.max(0, wait),
    );
    counts.timer.unref();
  }

  /** Replaces the room's stored updates by its merged state. Never rejects. */
  compact(room: Room): Promise<void> {
    const counts = this.#counts(room);
    if (counts.running !== null) return counts.running;
    const merged = counts.updates;
    if (merged === 0) return Promise.resolve();
    const mergedBytes = counts.bytes;
    const { storage, log, metrics, quota } = this.#options;
    counts.compactedAt = performance.now();
    const state = room.wholeState.encode(); // [1]
    counts.running = storage
      .compact(room.name, state, counts.lastStoredSeq)
      .then(() => {
        counts.updates -= merged;
        counts.bytes -= mergedBytes;
        quota.compacted(room.name, state.length + counts.bytes);
        metrics.compactions++;
        log.debug({ ...roomLogFields(room.name), merged, bytes: state.length }, 'room compacted');
      })
      .catch((error: unknown) =>
        log.error({ err: error, ...roomLogFields(room.name) }, 'compaction failed'),
      )
      .finally(() => {
        counts.running = null;
      });
    return counts.running;
  }

  #counts(room: Room): Counts {
    let counts = this.#rooms.get(room);
    if (counts === undefined) {
      counts = {
        lastStoredSeq: 0,
        updates: 0,
        bytes: 0,
        compactedAt: -Infinity,
        timer: null,
        running: null,
      };
      this.#rooms.set(room, counts);
    }
    return counts;
  }
}

/*
 * [1] The doc may already hold updates whose write is still running; the state then covers more
 *     than `lastStoredSeq`. Replaying those updates on top of it later is harmless: applying a
 *     Yjs update twice changes nothing.
 * [2] Compacting encodes the whole document; a client that deletes its way along a full board
 *     must not make the server do that for every update. The last change is always included:
 *     a compaction planned while one runs waits for it and goes again.
 */
