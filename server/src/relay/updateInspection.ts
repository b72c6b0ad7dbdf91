/**
 * Reads what a Yjs update would do to a room's doc without applying it: which record keys it
 * touches, whether it changes anything (what it costs: `updateCost.ts`). Read-only:
 * nothing here splits, integrates or otherwise touches the doc's structs.
 */
import { CONTENT_RECORDS } from '@werkbord/shared';
import * as Y from 'yjs';

/**
 * The first key in `keys` whose content-document record the update inserts, changes or deletes,
 * or `null`. A record is a `{key, val}` entry of the `records` array (y-utility's `YKeyValue`);
 * changing one is deleting its entry and pushing a new one, so both halves are checked: inserted
 * entries by their content, deleted ones by looking up the doc's entries in the delete set.
 * Throws for an update that cannot be decoded.
 */
export function touchedKey(
  update: Uint8Array,
  doc: Y.Doc,
  keys: ReadonlySet<string>,
): string | null {
  const { structs, ds } = Y.decodeUpdate(update);
  for (const struct of structs) {
    // An inserted item's parent is only known after integration, so any `{key}` object counts
    // (the content document holds nothing else).
    if (!(struct instanceof Y.Item) || !(struct.content instanceof Y.ContentAny)) continue;
    for (const entry of struct.content.arr) {
      const key = keyOf(entry);
      if (key !== null && keys.has(key)) return key;
    }
  }
  const records = doc.getArray(CONTENT_RECORDS);
  for (const [client, ranges] of ds.clients) {
    for (const { clock, len } of ranges) {
      for (const { item, first, last } of itemsIn(doc, client, clock, clock + len)) {
        if (item.deleted || item.parent !== records) continue; // [1]
        if (!(item.content instanceof Y.ContentAny)) continue;
        for (let i = first; i < last; i++) {
          const key = keyOf(item.content.arr[i]);
          if (key !== null && keys.has(key)) return key;
        }
      }
    }
  }
  return null;
}

/**
 * True when applying the update would change nothing: every struct is already in the doc and
 * every deletion is of something already deleted. A client's sync step 2 always carries its
 * whole delete set, so a reconnecting reader sends this kind of update. Throws for an update
 * that cannot be decoded.
 */
export function changesNothing(update: Uint8Array, doc: Y.Doc): boolean {
  const { structs, ds } = Y.decodeUpdate(update);
  for (const struct of structs) {
    if (struct instanceof Y.Skip) continue;
    if (struct.id.clock + struct.length > Y.getState(doc.store, struct.id.client)) return false;
  }
  for (const [client, ranges] of ds.clients) {
    for (const { clock, len } of ranges) {
      if (clock + len > Y.getState(doc.store, client)) return false;
      for (const { item } of itemsIn(doc, client, clock, clock + len)) {
        if (!item.deleted) return false;
      }
    }
  }
  return true;
}

function keyOf(entry: unknown): string | null {
  if (typeof entry !== 'object' || entry === null) return null;
  const key = (entry as { key?: unknown }).key;
  return typeof key === 'string' ? key : null;
}

interface ItemSlice {
  item: Y.Item;
  /** Index of the first element of `item.content` inside the range. */
  first: number;
  /** Index after the last element inside the range. */
  last: number;
}

/** The doc's items of `client` that overlap the clock range [start, end); garbage is skipped. */
function* itemsIn(doc: Y.Doc, client: number, start: number, end: number): Generator<ItemSlice> {
  const structs = doc.store.clients.get(client);
  if (structs === undefined) return;
  const stop = Math.min(end, Y.getState(doc.store, client));
  if (start >= stop) return;
  for (let index = Y.findIndexSS(structs, start); index < structs.length; index++) {
    const struct = structs[index];
    if (struct === undefined || struct.id.clock >= stop) return;
    if (!(struct instanceof Y.Item)) continue;
    yield {
      item: struct,
      first: Math.max(0, start - struct.id.clock),
      last: Math.min(struct.length, stop - struct.id.clock),
    };
  }
}

/*
 * [1] Deleting an entry that is already gone changes nothing: a client's sync step 2 carries its
 *     whole delete set, including the old entries of cards that were changed before they were
 *     locked.
 */

/** An update that changes nothing (no structs, no deletions): what an idle client's step 2 is. */
export function isEmptyUpdate(update: Uint8Array): boolean {
  return update.length === 2 && update[0] === 0 && update[1] === 0;
}
