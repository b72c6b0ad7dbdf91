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
 * - With a private side ("privé schrijven"), a member's private cards live in their own private
 *   document and are routed there (`private/recordRouting.ts`); the store shows both documents.
 */
import {
  DocumentRecordType,
  PageRecordType,
  TLDOCUMENT_ID,
  type IndexKey,
  type TLRecord,
  type TLStore,
} from 'tldraw';
import {
  Destination,
  createsPrivately,
  destinationOf,
  shapesFirst,
} from '../private/recordRouting';
import type { RecordKeyValue } from './RecordKeyValue';

export const LOCAL_ORIGIN = Symbol('werkbord-local-store');
export const FLUSH_INTERVAL_MS = 50;
/** The first page of every board; a fixed id so concurrent first visits converge (see [1]). */
export const DEFAULT_PAGE_ID = PageRecordType.createId('page');

/**
 * How long a card the server took out of the private document may wait for its arrival in the
 * content document ("onthullen": two documents, two sockets, any order) before it leaves the store.
 */
export const REVEAL_GRACE_MS = 3_000;

export interface PrivateSide {
  /** The member's private document's records, laid out as in the content document. */
  records: RecordKeyValue<TLRecord>;
  /** Whether "privé schrijven" is on now: new cards go to the private document. */
  isWriting: () => boolean;
  /** `REVEAL_GRACE_MS`, shorter in tests. */
  revealGraceMs?: number;
}

export interface StoreBindingOptions {
  store: TLStore;
  records: RecordKeyValue<TLRecord>;
  /** False for viewers: the document is applied to the store, never the other way round. */
  writable: boolean;
  /** The member's private cards; viewers have none. */
  privateSide?: PrivateSide;
}

type Change = { action: 'add' | 'update'; newValue: unknown } | { action: 'delete' };

/** Loads the document into the store and keeps both in step; returns the unbind function. */
export function bindStoreToDocument({
  store,
  records,
  writable,
  privateSide,
}: StoreBindingOptions): () => void {
  const doc = records.doc;
  const mine = privateSide?.records ?? null;
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
  // A record in both documents is being revealed: the content document's copy counts.
  const ownPrivate = [...(mine?.map.values() ?? [])]
    .filter((entry) => isDocumentRecord(entry.key, entry.val) && !records.has(entry.key))
    .map((entry) => entry.val);
  if (ownPrivate.length > 0) store.mergeRemoteChanges(() => putValid(store, ownPrivate));

  // Private cards the server took away, waiting to show up in the content document.
  const revealWaits = new Map<string, ReturnType<typeof setTimeout>>();
  // Created privately since the last flush, not yet in the private document.
  const newPrivate = new Set<string>();
  // Deleted from the private document here: an undo brings them back there, not onto the board.
  const deletedPrivately = new Set<string>();
  const isPrivate = (id: string): boolean =>
    newPrivate.has(id) ||
    (mine?.has(id) ?? false) ||
    deletedPrivately.has(id) ||
    // Edited while it waits: keep it private; if it was revealed, the next reveal moves it again.
    (revealWaits.has(id) && !records.has(id));

  // Local → document, batched.
  const pending = new Map<TLRecord['id'], TLRecord | null>();
  let lastFlush = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    lastFlush = Date.now();
    if (pending.size === 0) return;
    const batch = [...pending];
    pending.clear();
    const toPrivate = mine
      ? batch.filter(([id]) => destinationOf(id, { isPrivate }) === Destination.Private)
      : [];
    const toContent =
      toPrivate.length > 0 ? batch.filter((entry) => !toPrivate.includes(entry)) : batch;
    newPrivate.clear(); // all of them were in this batch
    for (const [id, record] of toPrivate) if (!record) deletedPrivately.add(id);
    write(records, toContent);
    if (mine) write(mine, toPrivate);
  };
  const stopListening = writable
    ? store.listen(
        ({ changes }) => {
          const privateWriting = privateSide?.isWriting() ?? false;
          for (const record of shapesFirst(Object.values(changes.added))) {
            if (mine && createsPrivately(record, { isPrivate, privateWriting })) {
              newPrivate.add(record.id);
            }
            pending.set(record.id, record);
          }
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
      // A private card stays, whatever the content document says about its id.
      const present = removed.filter((id) => store.has(id) && !mine?.has(id));
      if (present.length > 0) store.remove(present);
    });
  };
  records.on('change', onDocumentChange);

  // Private document → local. While the content document has a record, its copy counts.
  const graceMs = privateSide?.revealGraceMs ?? REVEAL_GRACE_MS;
  const removeUnlessRevealed = (id: TLRecord['id']) => {
    if (revealWaits.has(id) || !store.has(id)) return;
    const wait = setTimeout(() => {
      revealWaits.delete(id);
      if (records.has(id) || mine?.has(id) || !store.has(id)) return;
      store.mergeRemoteChanges(() => store.remove([id]));
    }, graceMs);
    revealWaits.set(id, wait);
  };
  const onPrivateChange = (changes: Map<string, Change>, transaction: { origin: unknown }) => {
    if (transaction.origin === LOCAL_ORIGIN) return;
    const put: TLRecord[] = [];
    for (const [id, change] of changes) {
      if (records.has(id)) continue;
      if (change.action === 'delete') removeUnlessRevealed(id as TLRecord['id']);
      else if (isDocumentRecord(id, change.newValue)) put.push(change.newValue);
    }
    if (put.length > 0) store.mergeRemoteChanges(() => putValid(store, put));
  };
  mine?.on('change', onPrivateChange);

  // Don't lose the last 50 ms of edits when the tab goes away.
  globalThis.addEventListener?.('pagehide', flush);

  return () => {
    globalThis.removeEventListener?.('pagehide', flush);
    stopListening();
    records.off('change', onDocumentChange);
    mine?.off('change', onPrivateChange);
    for (const wait of revealWaits.values()) clearTimeout(wait);
    if (writable) flush();
  };
}

/** Writes a batch of local changes to one document, in one transaction. */
function write(
  records: RecordKeyValue<TLRecord>,
  batch: ReadonlyArray<readonly [TLRecord['id'], TLRecord | null]>,
): void {
  if (batch.length === 0) return;
  records.doc.transact(() => {
    for (const [id, record] of batch) {
      if (record) records.set(id, record);
      else if (records.has(id)) records.delete(id);
    }
  }, LOCAL_ORIGIN);
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
