/**
 * The real SQLite storage with hand brakes: while writes (`appendUpdates`) or loads
 * (`loadDocument`) are held, they wait until the test releases them. Lets a test observe the
 * moments between "applied" and "stored", and between "connected" and "loaded".
 */
import { SqliteStorage, type DocumentUpdate, type StoredDocument } from '@werkbord/server';

type Operation = 'writes' | 'loads';

export class HeldStorage extends SqliteStorage {
  readonly #held = new Set<Operation>();
  readonly #waiting: Record<Operation, Array<() => void>> = { writes: [], loads: [] };

  /** Number of calls waiting for `release()`. */
  waiting(operation: Operation): number {
    return this.#waiting[operation].length;
  }

  hold(operation: Operation): void {
    this.#held.add(operation);
  }

  release(): void {
    this.#held.clear();
    for (const queue of Object.values(this.#waiting))
      for (const resume of queue.splice(0)) resume();
  }

  override async appendUpdates(updates: readonly DocumentUpdate[]): Promise<number[]> {
    await this.#gate('writes');
    return super.appendUpdates(updates);
  }

  override async loadDocument(doc: string): Promise<StoredDocument> {
    await this.#gate('loads');
    return super.loadDocument(doc);
  }

  async #gate(operation: Operation): Promise<void> {
    if (this.#held.has(operation)) {
      await new Promise<void>((resume) => this.#waiting[operation].push(resume));
    }
  }
}
