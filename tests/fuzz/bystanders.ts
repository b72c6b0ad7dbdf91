/**
 * Honest people on the boards being fuzzed (and on one that is not): a writer and a reader each,
 * stock y-websocket clients. The writer sets a key of its own map every `intervalMs`; the reader
 * records how long each took to arrive (one process, one clock). Their own map, not the board's
 * `records`, so the fuzzer's malformed records cannot disturb the measurement.
 */
import type { TestBoard } from '../helpers/boards.js';
import { type SyncClient, syncedClient } from '../helpers/syncClients.js';

const CHANNEL = 'bystander';

export class Bystanders {
  readonly writer: SyncClient;
  readonly reader: SyncClient;
  /** Delivery latencies in ms, in arrival order. */
  readonly latencies: number[] = [];
  /** When each of those edits was sent (`performance.now()`), same order. */
  readonly sentAt: number[] = [];
  #sent = 0;
  #timer: NodeJS.Timeout | null = null;

  private constructor(writer: SyncClient, reader: SyncClient) {
    this.writer = writer;
    this.reader = reader;
    reader.doc.getMap<{ t: number }>(CHANNEL).observe((event) => {
      const now = performance.now();
      for (const key of event.keysChanged) {
        const value = event.target.get(key);
        if (value === undefined) continue;
        this.latencies.push(now - value.t);
        this.sentAt.push(value.t);
      }
    });
  }

  static async join(syncUrl: string, board: TestBoard): Promise<Bystanders> {
    const writer = await syncedClient(syncUrl, board.boardId, board.tokens.participant);
    const reader = await syncedClient(syncUrl, board.boardId, board.tokens.viewer);
    return new Bystanders(writer, reader);
  }

  get sent(): number {
    return this.#sent;
  }

  start(intervalMs: number): void {
    const map = this.writer.doc.getMap<{ t: number }>(CHANNEL);
    this.#timer = setInterval(
      () => map.set(`edit-${this.#sent++}`, { t: performance.now() }),
      intervalMs,
    );
  }

  stop(): void {
    if (this.#timer !== null) clearInterval(this.#timer);
    this.#timer = null;
  }

  /** Whether the reader has every edit the writer made, and neither was ever disconnected. */
  converged(): boolean {
    const written = this.writer.doc.getMap(CHANNEL);
    const read = this.reader.doc.getMap(CHANNEL);
    return (
      read.size === this.#sent &&
      written.size === this.#sent &&
      this.writer.closes.length === 0 &&
      this.reader.closes.length === 0
    );
  }
}
