/**
 * The `records` array of a content or private document, read tolerantly. Each element should be
 * a `{ key, val }` entry (y-utility's `YKeyValue` layout), but the array is written by other
 * people's browsers: an element that is not an object with a string key (a `null`, a number, a
 * nested array…) is skipped and counted, never thrown on.
 */

/** One element of a `records` array. */
export interface RecordEntry<T = unknown> {
  key: string;
  val: T;
}

/** Whether an element of a `records` array is a `{ key, val }` entry. */
export function isRecordEntry(value: unknown): value is RecordEntry {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as { key?: unknown }).key === 'string'
  );
}

export interface LatestRecordValues {
  /** Each key's value; of duplicate entries the rightmost wins, as `YKeyValue` decides. */
  values: Map<string, unknown>;
  /** Elements that were not `{ key, val }` entries. */
  skipped: number;
}

export function latestRecordValues(elements: readonly unknown[]): LatestRecordValues {
  const values = new Map<string, unknown>();
  let skipped = 0;
  for (const element of elements) {
    if (isRecordEntry(element)) values.set(element.key, element.val);
    else skipped++;
  }
  return { values, skipped };
}
