/**
 * Reads a board document for answers over HTTP (the harvest): from the relay's room when it is in
 * memory, so updates not yet compacted are included; otherwise from storage, into a throwaway doc,
 * without loading a room (a read must not keep a board in memory or race with its unloading).
 */
import * as Y from 'yjs';
import type { Storage } from '../storage/Storage.js';

/** The state of a document loaded in the relay, `null` when it is not loaded. */
export type LoadedState = (doc: string) => Promise<Uint8Array | null>;

/** Told when a reader skipped elements of a board's documents it could not read. */
export type SkippedRecords = (boardId: string, count: number) => void;

export class DocumentReader {
  readonly #storage: Storage;
  readonly #loadedState: LoadedState;
  /** Where the readers of these documents (harvest, snapshots) report what they skipped. */
  readonly skipped: SkippedRecords;

  constructor(storage: Storage, loadedState: LoadedState, skipped: SkippedRecords = () => {}) {
    this.#storage = storage;
    this.#loadedState = loadedState;
    this.skipped = skipped;
  }

  /** A fresh doc holding the document's current state; the caller destroys it. */
  async read(name: string): Promise<Y.Doc> {
    const doc = new Y.Doc();
    const loaded = await this.#loadedState(name);
    if (loaded !== null) {
      Y.applyUpdate(doc, loaded);
      return doc;
    }
    const stored = await this.#storage.loadDocument(name);
    Y.transact(doc, () => {
      if (stored.state !== null) Y.applyUpdate(doc, stored.state);
      for (const update of stored.updates) Y.applyUpdate(doc, update);
    });
    return doc;
  }
}
