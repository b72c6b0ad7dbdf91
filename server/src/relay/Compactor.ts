/**
 * Compaction: a room's stored updates are replaced by its merged state, in one transaction,
 * every `compactAfterUpdates` stored updates, soon after a store near the storage quota, and
 * when the room unloads. Keeps the room's counts of what is stored since.
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

export class Compactor {
  readonly #options: CompactorOptions;

  constructor(options: CompactorOptions) {
    this.#options = options;
  }

  /** An update of the room was stored with sequence number `seq`. */
  stored(room: Room, update: Uint8Array, seq: number): void {
    room.lastStoredSeq = Math.max(room.lastStoredSeq, seq);
    room.updatesSinceCompaction++;
    room.bytesSinceCompaction += update.length;
    if (!this.#options.isLoaded(room)) return;
    if (room.updatesSinceCompaction >= this.#options.compactAfterUpdates) {
      if (room.compacting === null) void this.compact(room);
    } else if (this.#options.quota.nearlyFull(room.name)) {
      this.#compactSoon(room); // [2]
    }
  }

  /** Near a quota, deleted content is freed by compacting, but not more often than this. */
  #compactSoon(room: Room): void {
    if (room.compactTimer !== null) return;
    const wait = room.compactedAt + QUOTA_COMPACTION_INTERVAL_MS - performance.now();
    room.compactTimer = setTimeout(
      () => {
        room.compactTimer = null;
        if (!this.#options.isLoaded(room)) return;
        if (room.compacting === null) void this.compact(room);
        else void room.compacting.then(() => this.#compactSoon(room));
      },
      Math.max(0, wait),
    );
    room.compactTimer.unref();
  }

  /** Replaces the room's stored updates by its merged state. Never rejects. */
  compact(room: Room): Promise<void> {
    if (room.compacting !== null) return room.compacting;
    const merged = room.updatesSinceCompaction;
    if (merged === 0) return Promise.resolve();
    const mergedBytes = room.bytesSinceCompaction;
    const { storage, log, metrics, quota } = this.#options;
    room.compactedAt = performance.now();
    const state = room.wholeState(); // [1]
    room.compacting = storage
      .compact(room.name, state, room.lastStoredSeq)
      .then(() => {
        room.updatesSinceCompaction -= merged;
        room.bytesSinceCompaction -= mergedBytes;
        quota.compacted(room.name, state.length + room.bytesSinceCompaction);
        metrics.compactions++;
        log.debug({ ...roomLogFields(room.name), merged, bytes: state.length }, 'room compacted');
      })
      .catch((error: unknown) =>
        log.error({ err: error, ...roomLogFields(room.name) }, 'compaction failed'),
      )
      .finally(() => {
        room.compacting = null;
      });
    return room.compacting;
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
