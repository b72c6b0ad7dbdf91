/**
 * Reading a room's document from storage into its doc: the compacted state, then the updates
 * stored after it, in one transaction that is never stored again (`FROM_STORAGE`). What Yjs
 * could not integrate is dropped [1].
 */
import * as Y from 'yjs';
import type { Storage } from '../storage/Storage.js';
import { FROM_STORAGE } from './Room.js';

export interface StoredDocument {
  /** Sequence number of the newest stored update. */
  lastSeq: number;
  /** Stored updates not merged into the compacted state, and their bytes. */
  updates: number;
  bytes: number;
  /** Bytes of pending (unintegrable) Yjs data that were dropped. */
  discarded: number;
}

export async function loadStoredDocument(
  doc: Y.Doc,
  storage: Storage,
  name: string,
): Promise<StoredDocument> {
  const stored = await storage.loadDocument(name);
  Y.transact(
    doc,
    () => {
      if (stored.state !== null) Y.applyUpdate(doc, stored.state, FROM_STORAGE);
      for (const update of stored.updates) Y.applyUpdate(doc, update, FROM_STORAGE);
    },
    FROM_STORAGE,
  );
  const store = doc.store;
  const discarded = (store.pendingDs?.length ?? 0) + (store.pendingStructs?.update.length ?? 0);
  store.pendingDs = null;
  store.pendingStructs = null;
  return {
    lastSeq: stored.lastSeq,
    updates: stored.updates.length,
    bytes: stored.updates.reduce((sum, update) => sum + update.length, 0),
    discarded,
  };
}

/*
 * [1] Structs and deletions Yjs could not integrate, stored before `updateCost.ts` kept them out.
 *     Yjs would work through them on every update and send them to every newcomer. A client
 *     that really has what they build on sends it all again in its sync step 2; the next
 *     compaction writes the state without them.
 */
