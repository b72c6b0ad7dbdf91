/** Writing the person's own changes into a records document, shared by every document they go to. */
import type { TLRecord } from 'tldraw';
import type { RecordKeyValue } from './RecordKeyValue';

/** The origin of our own writes: the binding that made them does not apply them again. */
export const LOCAL_ORIGIN = Symbol('werkbord-local-store');

/** Local changes collected between two flushes: a record, or `null` for a deletion. */
export type RecordBatch = ReadonlyArray<readonly [TLRecord['id'], TLRecord | null]>;

/** Writes a batch of local changes to one document, in one transaction. */
export function writeBatch(records: RecordKeyValue<TLRecord>, batch: RecordBatch): void {
  if (batch.length === 0) return;
  records.doc.transact(() => {
    for (const [id, record] of batch) {
      if (record) records.set(id, record);
      else if (records.has(id)) records.delete(id);
    }
  }, LOCAL_ORIGIN);
}

/**
 * Orders the records created in one store change so that shapes come before the bindings that
 * may point at them: a binding to a shape created in the same change follows that shape.
 */
export function shapesFirst(records: readonly TLRecord[]): TLRecord[] {
  return [
    ...records.filter((record) => record.typeName !== 'binding'),
    ...records.filter((record) => record.typeName === 'binding'),
  ];
}
