/**
 * Durable before visible: every update a room's doc accepts is written to storage before any
 * other client sees it.
 *
 * Updates are collected for one event-loop turn (or for as long as the previous write is still
 * running) and written as one batch, in one transaction, for all rooms together; that keeps a
 * busy server at one commit per turn instead of one per message. Batches are written strictly
 * one after another, so broadcasts leave in the order the updates were applied. When a batch is
 * committed, `onStored` broadcasts each update; when a write fails, `onFailed` gets the batch
 * (the relay then resets the rooms involved, and their clients resend on reconnect).
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

  constructor(storage: Storage, hooks: UpdateWriterHooks, log: Logger) {
    this.#storage = storage;
    this.#hooks = hooks;
    this.#log = log;
  }

  enqueue(pending: PendingUpdate): void {
    pending.room.unstored++;
    if (this.#collecting === null) {
      const entries: PendingUpdate[] = [];
      const previous = this.#tail;
      const done = new Promise<void>((resolve) => setImmediate(resolve))
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
      this.#log.error({ err: error }, 'handling a written batch failed'); // [1]
    }
  }
}

/*
 * [1] `#write` never rejects, so one failed batch cannot stall the ones chained after it.
 */
