/**
 * A key-value view of a `records` array, as y-utility's `YKeyValue` (same layout, same events,
 * same tidying of duplicate keys), but tolerant: the array is written by other people's
 * browsers, and y-utility's reads `entry.key` of every element, so a single `null` written by a
 * hostile or broken client throws in its constructor and in every observer call after it, which
 * takes the page down. Here an element that is not a `{ key, val }` entry is left alone and
 * skipped (a reader does not repair what others wrote), and everything else works as before.
 *
 * The algorithm is y-utility's (MIT, Kevin Jahns), with the element checks added.
 */
import { isRecordEntry, type RecordEntry } from '@werkbord/shared';
import { Observable } from 'lib0/observable';
import type * as Y from 'yjs';

export type RecordChange<T> =
  | { action: 'delete'; oldValue: T }
  | { action: 'update'; oldValue: T; newValue: T }
  | { action: 'add'; newValue: T };

export class RecordKeyValue<T> extends Observable<'change'> {
  readonly yarray: Y.Array<unknown>;
  readonly doc: Y.Doc;
  /** Each key's current entry (the element itself, so identity tells entries apart). */
  readonly map = new Map<string, RecordEntry<T>>();
  /** Elements seen that were not entries, for the record. */
  skipped = 0;

  constructor(yarray: Y.Array<unknown>) {
    super();
    const doc = yarray.doc;
    if (doc === null) throw new Error('the records array must belong to a document');
    this.yarray = yarray;
    this.doc = doc;
    const elements = yarray.toArray();
    doc.transact(() => {
      for (let i = elements.length - 1; i >= 0; i--) {
        const element = elements[i];
        if (!isRecordEntry(element)) {
          this.skipped++;
          continue;
        }
        // Of duplicate keys the rightmost wins; the others go, as in y-utility.
        if (this.map.has(element.key)) yarray.delete(i);
        else this.map.set(element.key, element as RecordEntry<T>);
      }
    });
    yarray.observe(this.#onChange);
  }

  get(key: string): T | undefined {
    return this.map.get(key)?.val;
  }

  has(key: string): boolean {
    return this.map.has(key);
  }

  set(key: string, val: T): void {
    this.doc.transact(() => {
      if (this.map.has(key)) this.delete(key);
      this.yarray.push([{ key, val }]);
    });
  }

  delete(key: string): void {
    let index = 0;
    for (const element of this.yarray) {
      if (isRecordEntry(element) && element.key === key) {
        this.yarray.delete(index);
        return;
      }
      index++;
    }
  }

  override destroy(): void {
    this.yarray.unobserve(this.#onChange);
    super.destroy();
  }

  readonly #onChange = (event: Y.YArrayEvent<unknown>, transaction: Y.Transaction): void => {
    const changes = new Map<string, RecordChange<T>>();
    event.changes.deleted.forEach((item) => {
      for (const element of item.content.getContent()) {
        if (!isRecordEntry(element)) continue;
        if (this.map.get(element.key) === element) {
          this.map.delete(element.key);
          changes.set(element.key, { action: 'delete', oldValue: element.val as T });
        }
      }
    });
    const added = new Map<string, RecordEntry<T>>();
    event.changes.added.forEach((item) => {
      for (const element of item.content.getContent()) {
        if (isRecordEntry(element)) added.set(element.key, element as RecordEntry<T>);
        else this.skipped++;
      }
    });
    // Right to left: the rightmost entry of a key wins; an added entry that does not is removed.
    const toRemove = new Set<string>();
    const elements = this.yarray.toArray();
    this.doc.transact(() => {
      for (let i = elements.length - 1; i >= 0 && (added.size > 0 || toRemove.size > 0); i--) {
        const element = elements[i];
        if (!isRecordEntry(element)) continue;
        const entry = element as RecordEntry<T>;
        if (toRemove.has(entry.key)) {
          toRemove.delete(entry.key);
          this.yarray.delete(i, 1);
        } else if (added.get(entry.key) === entry) {
          const previous = this.map.get(entry.key);
          if (previous !== undefined) {
            // The entry it replaces is still in the array: remove it too.
            toRemove.add(entry.key);
            changes.set(entry.key, {
              action: 'update',
              oldValue: previous.val,
              newValue: entry.val,
            });
          } else {
            const deleted = changes.get(entry.key);
            changes.set(
              entry.key,
              deleted?.action === 'delete'
                ? { action: 'update', oldValue: deleted.oldValue, newValue: entry.val }
                : { action: 'add', newValue: entry.val },
            );
          }
          added.delete(entry.key);
          this.map.set(entry.key, entry);
        } else if (added.has(entry.key)) {
          // An older entry further right wins: the added one is removed.
          toRemove.add(entry.key);
          added.delete(entry.key);
        }
      }
    });
    if (changes.size > 0) this.emit('change', [changes, transaction]);
  };
}
