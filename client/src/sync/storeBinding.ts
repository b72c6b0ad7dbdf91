/**
 * Binds the tldraw store to the content document both ways. The document is a `Y.Array` wrapped
 * in `RecordKeyValue` (y-utility's `YKeyValue`, tolerant of malformed elements): one
 * `{ key: record id, val: record }` entry per tldraw record, so moving a card replaces one entry
 * instead of growing a map's history.
 *
 * - Only document-scope records (shapes, pages, bindings, assets, the document, users) are
 *   synced; session state (camera, selection) and presence stay out of the document.
 * - Local edits are collected and written in one Y transaction tagged `LOCAL_ORIGIN`, at most
 *   every `FLUSH_INTERVAL_MS`, so a drag is ~20 updates per second, not one per frame.
 * - Document changes from anyone else (the server, IndexedDB) are applied with
 *   `store.mergeRemoteChanges`, which keeps them out of the undo history and out of our listener.
 * - A read-only binding (viewers) never writes: the server would drop it anyway.
 * - A `RecordRouter` may take some of the person's own records elsewhere (privé schrijven sends
 *   private cards to the member's private document, `private/privateRouter.ts`); the binding
 *   knows nothing about where.
 */
import {
  DocumentRecordType,
  PageRecordType,
  TLDOCUMENT_ID,
  type IndexKey,
  type TLRecord,
  type TLStore,
} from 'tldraw';
import type { RecordKeyValue } from './RecordKeyValue';
import type { RecordRouter, StoreSide } from './RecordRouter';
import { LOCAL_ORIGIN, shapesFirst, writeBatch, type RecordBatch } from './writeBatch';

export const FLUSH_INTERVAL_MS = 50;
/** The first page of every board; a fixed id so concurrent first visits converge (see [1]). */
export const DEFAULT_PAGE_ID = PageRecordType.createId('page');

export interface StoreBindingOptions {
  store: TLStore;
  records: RecordKeyValue<TLRecord>;
  /** False for viewers: the document is applied to the store, never the other way round. */
  writable: boolean;
  /** Takes some of the person's own records to another document; viewers have none. */
  router?: RecordRouter;
}

type Change = { action: 'add' | 'update'; newValue: unknown } | { action: 'delete' };

/** Loads the document into the store and keeps both in step; returns the unbind function. */
export function bindStoreToDocument({
  store,
  records,
  writable,
  router,
}: StoreBindingOptions): () => void {
  const doc = records.doc;
  // Entries come from other browsers: only well-formed document records stored under their own id.
  const isDocumentRecord = (key: string, value: unknown): value is TLRecord =>
    typeof value === 'object' &&
    value !== null &&
    (value as TLRecord).id === key &&
    store.scopedTypes.document.has((value as TLRecord).typeName);

  // [1] Initial load.
  const existing = [...records.map.values()]
    .filter((entry) => isDocumentRecord(entry.key, entry.val))
    .map((entry) => entry.val);
  if (existing.length > 0) {
    store.mergeRemoteChanges(() => putValid(store, existing));
  } else {
    const defaults: TLRecord[] = [
      DocumentRecordType.create({ id: TLDOCUMENT_ID }),
      PageRecordType.create({ id: DEFAULT_PAGE_ID, name: 'Pagina 1', index: 'a1' as IndexKey }),
    ];
    store.mergeRemoteChanges(() => store.put(defaults));
    if (writable) {
      doc.transact(() => {
        for (const record of defaults) records.set(record.id, record);
      }, LOCAL_ORIGIN);
    }
  }
  const side: StoreSide = {
    content: records,
    isDocumentRecord,
    has: (id) => store.has(id),
    put: (put) => {
      if (put.length > 0) store.mergeRemoteChanges(() => putValid(store, put));
    },
    remove: (ids) => {
      const present = ids.filter((id) => store.has(id));
      if (present.length > 0) store.mergeRemoteChanges(() => store.remove(present));
    },
  };
  const stopRouter = router?.connect(side) ?? (() => {});

  // Local → document, batched.
  const pending = new Map<TLRecord['id'], TLRecord | null>();
  let lastFlush = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    lastFlush = Date.now();
    if (pending.size === 0) return;
    const batch: RecordBatch = [...pending];
    pending.clear();
    writeBatch(records, router ? router.take(batch) : batch);
  };
  const stopListening = writable
    ? store.listen(
        ({ changes }) => {
          const added = shapesFirst(Object.values(changes.added));
          router?.created(added);
          for (const record of added) pending.set(record.id, record);
          for (const [, record] of Object.values(changes.updated)) pending.set(record.id, record);
          for (const record of Object.values(changes.removed)) pending.set(record.id, null);
          const wait = FLUSH_INTERVAL_MS - (Date.now() - lastFlush);
          if (wait <= 0) flush();
          else timer ??= setTimeout(flush, wait);
        },
        { source: 'user', scope: 'document' },
      )
    : () => {};

  // Document → local.
  const onDocumentChange = (changes: Map<string, Change>, transaction: { origin: unknown }) => {
    if (transaction.origin === LOCAL_ORIGIN) return;
    const put: TLRecord[] = [];
    const removed: TLRecord['id'][] = [];
    for (const [id, change] of changes) {
      if (change.action === 'delete') removed.push(id as TLRecord['id']);
      else if (isDocumentRecord(id, change.newValue)) put.push(change.newValue);
    }
    store.mergeRemoteChanges(() => {
      putValid(store, put);
      // A record another document holds for us stays, whatever the content document says.
      const present = removed.filter((id) => store.has(id) && !router?.keeps(id));
      if (present.length > 0) store.remove(present);
    });
  };
  records.on('change', onDocumentChange);

  // Don't lose the last 50 ms of edits when the tab goes away.
  globalThis.addEventListener?.('pagehide', flush);

  return () => {
    globalThis.removeEventListener?.('pagehide', flush);
    stopListening();
    records.off('change', onDocumentChange);
    stopRouter();
    if (writable) flush();
  };
}

/**
 * Puts records, skipping any that fail validation (another client on a newer schema, or a
 * hand-crafted update) instead of letting one bad record break the whole board.
 */
export function putValid(store: TLStore, records: TLRecord[]): void {
  if (records.length === 0) return;
  try {
    store.put(records);
  } catch {
    for (const record of records) {
      try {
        store.put([record]);
      } catch (error) {
        // Once per page: a flood of bad records must not flood the console too.
        if (!warnedInvalid) console.warn(`Werkbord: record ${record.id} ignored`, error);
        warnedInvalid = true;
      }
    }
  }
}

let warnedInvalid = false;

/*
[1] A new board's document is empty: we create the document record and a first page, and write
    them. Their ids are fixed (`document:document`, `page:page`, the ids tldraw itself uses), so
    two people who open a new board at the same moment write the same entries instead of two
    first pages. Until the server has answered, an empty local copy waits (BoardSession).
*/
