/**
 * Reads the `records` array of a live content or private document without wrapping it in
 * y-utility's `YKeyValue`, whose constructor would tidy duplicate keys: a write the server must
 * not make behind a room's back.
 */
import { isRecordEntry, latestRecordValues } from '@werkbord/shared';
import type * as Y from 'yjs';

/**
 * Each key's record; of duplicate entries the rightmost wins, as `YKeyValue` decides. Elements
 * that are not `{key, val}` entries (written by a hostile or broken client) are skipped.
 */
export function latestRecords(records: Y.Array<unknown>): Map<string, unknown> {
  return latestRecordValues(records.toArray()).values;
}

/** Deletes every entry (duplicates included) whose key is in `keys`; call inside a transaction. */
export function deleteRecords(records: Y.Array<unknown>, keys: ReadonlySet<string>): void {
  const entries = records.toArray();
  for (let index = entries.length - 1; index >= 0; index--) {
    const entry = entries[index];
    if (isRecordEntry(entry) && keys.has(entry.key)) records.delete(index, 1);
  }
}
