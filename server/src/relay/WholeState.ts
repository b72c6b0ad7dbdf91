/**
 * A room's whole document as one update, cached: for compaction, for readers, and for newcomers
 * without a local copy. A crowd joining at once, or one client reconnecting over and over, costs
 * one encoding, not one each, even while others keep editing [1].
 */
import * as Y from 'yjs';

export class WholeState {
  readonly #doc: Y.Doc;
  #encoded: Uint8Array | null = null;
  /** The updates the doc applied since `#encoded` was made, in order. */
  #since: Uint8Array[] = [];
  #sinceBytes = 0;

  constructor(doc: Y.Doc) {
    this.#doc = doc;
    doc.on('update', (update: Uint8Array) => this.#follow(update));
  }

  /** The whole document as one update, exact (for compaction and readers). */
  encode(): Uint8Array {
    if (this.#encoded === null || this.#since.length > 0) {
      this.#encoded = Y.encodeStateAsUpdate(this.#doc);
      this.#since = [];
      this.#sinceBytes = 0;
    }
    return this.#encoded;
  }

  /**
   * The whole document for a newcomer: an encoded state, then the updates applied since it was
   * encoded, in order (together they are the document).
   */
  parts(): Uint8Array[] {
    if (this.#encoded === null) return [this.encode()];
    return [this.#encoded, ...this.#since];
  }

  /** Keeps `parts` current: encoded again only once the updates since pass a share of it. */
  #follow(update: Uint8Array): void {
    if (this.#encoded === null) return;
    this.#since.push(update);
    this.#sinceBytes += update.length;
    if (this.#since.length > 200 || this.#sinceBytes > this.#encoded.length / 4) {
      this.#encoded = null;
      this.#since = [];
      this.#sinceBytes = 0;
    }
  }
}

/*
 * [1] Yjs updates commute: the state and the updates after it, applied in any order, give the
 *     same document. The newcomer applies the few later updates right after the state.
 */
