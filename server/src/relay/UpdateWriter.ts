/**
 * Durable before visible: every update a room's doc accepts is written to storage before any
 * other client sees it.
 *
 * Updates are collected and written as one batch, in one transaction, for all rooms together.
 * A batch is written at the next event-loop turn, unless the previous one was committed less
 * than `minCommitIntervalMs` ago: then it collects until that interval is over. A quiet server
 * writes each update at once; a busy one commits at most once per interval, several updates per
 * commit, instead of one commit per update [2]. Batches are written strictly one after another,
 * so broadcasts leave in the order the updates were applied. When a batch is committed,
 * `onStored` broadcasts each update; when a write fails, `onFailed` gets the whole batch (the
 * relay then resets the rooms involved, and their clients resend on reconnect).
 */
import type { Logger } from '../log.js';
import type { Storage } from '../storage/Storage.js';
import type { Room, RoomMember } from './Room.js';

export interface PendingUpdate {
  room: Room;
  update: Uint8Array;
  /** The connection the update came from: it already has it and gets no broadcast. */
  origin: RoomMember | null;
}

export interface UpdateWriterHooks {
  onStored(pending: PendingUpdate, seq: number): void;
  onFailed(batch: readonly PendingUpdate[], error: unknown): void;
}

/** How long a batch may wait for company at most; see [2]. */
export const MIN_COMMIT_INTERVAL_MS = 2;

interface Batch {
  entries: PendingUpdate[];
  done: Promise<void>;
}

export class UpdateWriter {
  readonly #storage: Storage;
  readonly #hooks: UpdateWriterHooks;
  readonly #log: Logger;
  /** The batch new updates join; `null` until the next update arrives. */
  #collecting: Batch | null = null;
  #inFlight: Batch | null = null;
  /** The last scheduled batch's completion; batches chain on it. Never rejects. */
  #tail: Promise<void> = Promise.resolve();
  readonly #minCommitIntervalMs: number;
  /** When the last batch was committed (`performance.now()`). */
  #committedAt = -Infinity;

  constructor(
    storage: Storage,
    hooks: UpdateWriterHooks,
    log: Logger,
    { minCommitIntervalMs = MIN_COMMIT_INTERVAL_MS } = {},
  ) {
    this.#storage = storage;
    this.#hooks = hooks;
    this.#log = log;
    this.#minCommitIntervalMs = minCommitIntervalMs;
  }

  enqueue(pending: PendingUpdate): void {
    pending.room.unstored++;
    if (this.#collecting === null) {
      const entries: PendingUpdate[] = [];
      const previous = this.#tail;
      const wait = this.#committedAt + this.#minCommitIntervalMs - performance.now();
      const done = new Promise<void>((resolve) => {
        // One timer for the whole server, whatever the number of rooms. [1]
        if (wait > 0) setTimeout(resolve, wait);
        else setImmediate(resolve);
      })
        .then(() => previous)
        .then(() => this.#write(batch));
      const batch: Batch = { entries, done };
      this.#collecting = batch;
      this.#tail = done;
    }
    this.#collecting.entries.push(pending);
  }

  /** Resolves when every update `room` has applied so far is written (or its write failed). */
  whenStored(room: Room): Promise<void> {
    if (room.unstored === 0) return Promise.resolve();
    // Batches complete in order: the collecting one is the last to cover this room's updates.
    return (this.#collecting ?? this.#inFlight)?.done ?? Promise.resolve();
  }

  /** Resolves when nothing is waiting to be written. */
  async drain(): Promise<void> {
    while (this.#collecting !== null || this.#inFlight !== null) await this.#tail;
  }

  async #write(batch: Batch): Promise<void> {
    if (this.#collecting === batch) this.#collecting = null;
    this.#inFlight = batch;
    const { entries } = batch;
    let seqs: number[] | null = null;
    let failure: unknown = null;
    try {
      seqs = await this.#storage.appendUpdates(
        entries.map(({ room, update }) => ({ doc: room.name, update })),
      );
    } catch (error) {
      failure = error;
    }
    this.#committedAt = performance.now();
    for (const entry of entries) entry.room.unstored--;
    this.#inFlight = null;
    try {
      if (seqs !== null) {
        const stored = seqs;
        entries.forEach((entry, index) => this.#hooks.onStored(entry, stored[index] ?? 0));
      } else {
        this.#log.error({ err: failure, updates: entries.length }, 'writing updates failed');
        this.#hooks.onFailed(entries, failure);
      }
    } catch (error) {
      this.#log.error({ err: error }, 'handling a written batch failed'); // [3]
    }
  }
}

/*
 * [1] Not unref'd: a batch waiting for its turn is a write the process must still make.
 * [2] A commit costs far more than a row (about 30 µs of CPU, against 5 µs per row in a batch of
 *     16, on the 2-core bench machine; WAL mode). 500 rooms × 3 clients at one update a second
 *     arrive one per event-loop turn: one commit each, a fifth of the server's CPU. Spacing
 *     commits puts about three in each at that rate, for at most two more milliseconds
 *     before the broadcast; an update on a quiet board is not held back at all. (Measured
 *     before SQLite's update log made commits cheaper; a 5 ms window measured on top of the
 *     log saved nothing more and lengthened p99.)
 * [3] `#write` never rejects, so one failed batch cannot stall the ones chained after it.
 */
