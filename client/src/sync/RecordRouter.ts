/**
 * The seam through which a feature takes some of the person's own records to a document other
 * than the board's content document (privé schrijven: `private/privateRouter.ts`). The store
 * binding calls it at four points and knows nothing else about it.
 */
import type { TLRecord } from 'tldraw';
import type { RecordKeyValue } from './RecordKeyValue';
import type { RecordBatch } from './writeBatch';

/** What the store binding lends a router: the store, for records from the router's document. */
export interface StoreSide {
  /** The board's content document. */
  content: RecordKeyValue<TLRecord>;
  /** Whether an entry is a well-formed document record stored under its own id. */
  isDocumentRecord(key: string, value: unknown): value is TLRecord;
  has(id: TLRecord['id']): boolean;
  /** Puts records as remote changes (outside the undo history), skipping invalid ones. */
  put(records: TLRecord[]): void;
  /** Removes records as remote changes. */
  remove(ids: TLRecord['id'][]): void;
}

export interface RecordRouter {
  /** Starts: loads the router's own records into the store and follows its document. */
  connect(store: StoreSide): () => void;
  /** Hears of the records the person created in one store change (shapes first), before they are written. */
  created(records: readonly TLRecord[]): void;
  /** Writes the changes that belong elsewhere and returns the rest, for the content document. */
  take(batch: RecordBatch): RecordBatch;
  /** Whether the store keeps a record although the content document deleted it. */
  keeps(id: TLRecord['id']): boolean;
}
