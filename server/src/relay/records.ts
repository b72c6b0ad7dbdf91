/**
 * Reads the `records` array of a live content or private document without wrapping it in
 * y-utility's `YKeyValue`, whose constructor would tidy duplicate keys: a write the server must
 * not make behind a room's back.
 */
import type * as Y from 'yjs';

/** One element of a `records` array. */
export interface RecordEntry {
  key: string;
  val: unknown;
}

/** Each key's record; of duplicate entries the rightmost wins, as `YKeyValue` decides. */
export function latestRecords(records: Y.Array<unknown>): Map<string, unknown> {
  const latest = new Map<string, unknown>();
  for (const entry of records.toArray()) {
    const key = (entry as { key?: unknown } | null)?.key;
    if (typeof key === 'string') latest.set(key, (entry as RecordEntry).val);
  }
  return latest;
}

/** Deletes every entry (duplicates included) whose key is in `keys`; call inside a transaction. */
export function deleteRecords(records: Y.Array<unknown>, keys: ReadonlySet<string>): void {
  const entries = records.toArray();
  for (let index = entries.length - 1; index >= 0; index--) {
    const key = (entries[index] as { key?: unknown } | null)?.key;
    if (typeof key === 'string' && keys.has(key)) records.delete(index, 1);
  }
}
