/**
 * Keeps each person's marker (`werkbord-markering`) theirs, in one content or private room. A
 * marker belongs to the user id in its `owner` prop, the id the server derives from the writer's
 * presence key (`Connection.presenceId`), so only that browser can claim it. Right after a
 * client's update is applied (the relay's `afterApply`), every marker record it touched is
 * judged (`markerVerdict`) and what is refused is put back as it was in one server write, so the
 * writer's client converges on the truth, as `BallotGuard` does with dots. [1]
 *
 * The guard keeps its own copy of the room's markers as they were accepted (`#accepted`): the
 * "before" of every judgement. The server's own writes (onthullen, a restore) are accepted as
 * they come.
 */
import { CONTENT_RECORDS, isRecordEntry } from '@werkbord/shared';
import type * as Y from 'yjs';
import { deleteRecords, latestRecords } from '../../boards/records.js';
import { FROM_STORAGE } from '../../relay/Room.js';
import { FROM_SERVER, serverWrite } from '../../relay/serverWrite.js';
import { isMarkerRecord, markerVerdict, type MarkerRecord, type Writer } from './markerVerdict.js';

export class MarkerGuard {
  readonly #doc: Y.Doc;
  readonly #records: Y.Array<unknown>;
  /** In a private room no marker may live: markers are where people stand, seen by all. */
  readonly #private: boolean;
  /** Each marker record as last accepted, by key. */
  readonly #accepted = new Map<string, MarkerRecord>();
  /** Keys a client's update touched since the last judgement. */
  readonly #touched = new Set<string>();

  constructor(doc: Y.Doc, kind: 'content' | 'private') {
    this.#doc = doc;
    this.#private = kind === 'private';
    this.#records = doc.getArray(CONTENT_RECORDS);
    for (const [key, value] of latestRecords(this.#records)) {
      if (isMarkerRecord(value)) this.#accepted.set(key, value);
    }
    this.#records.observe(this.#onChange);
  }

  dispose(): void {
    this.#records.unobserve(this.#onChange);
  }

  readonly #onChange = (event: Y.YArrayEvent<unknown>): void => {
    // Only what is or was a marker: moving a kaart costs no more than this loop. [2]
    const keys = new Set<string>();
    for (const item of event.changes.added) {
      for (const entry of item.content.getContent()) {
        if (isRecordEntry(entry) && (isMarkerRecord(entry.val) || this.#accepted.has(entry.key))) {
          keys.add(entry.key);
        }
      }
    }
    for (const item of event.changes.deleted) {
      for (const entry of item.content.getContent()) {
        if (isRecordEntry(entry) && this.#accepted.has(entry.key)) keys.add(entry.key);
      }
    }
    if (keys.size === 0) return;
    const origin = event.transaction.origin;
    if (origin === FROM_SERVER || origin === FROM_STORAGE) {
      // The server's own write is the truth: accept it as it is. [3]
      this.#accept(keys, this.#latest(keys));
      return;
    }
    for (const key of keys) this.#touched.add(key);
  };

  /**
   * Judges the markers a client's update touched and puts back, in one server write, what the
   * writer may not do; returns the keys it put back.
   */
  takeBack(writer: Writer): string[] {
    if (this.#touched.size === 0) return [];
    const keys = new Set(this.#touched);
    this.#touched.clear();
    const latest = this.#latest(keys);
    const refused: string[] = [];
    const accepted: string[] = [];
    for (const key of keys) {
      const verdict = markerVerdict({
        key,
        before: this.#accepted.get(key),
        after: latest.get(key),
        writer,
        inPrivate: this.#private,
        others: this.#accepted,
      });
      (verdict === 'refused' ? refused : accepted).push(key);
    }
    this.#accept(new Set(accepted), latest);
    if (refused.length > 0) {
      serverWrite(this.#doc, () => {
        deleteRecords(this.#records, new Set(refused));
        const back = refused.flatMap((key) => {
          const before = this.#accepted.get(key);
          return before ? [{ key, val: before }] : [];
        });
        if (back.length > 0) this.#records.push(back);
      });
    }
    return refused;
  }

  /** The current value of each of `keys` that has one (the rightmost entry, as `YKeyValue` reads). */
  #latest(keys: ReadonlySet<string>): Map<string, unknown> {
    const values = new Map<string, unknown>();
    for (const entry of this.#records.toArray()) {
      if (isRecordEntry(entry) && keys.has(entry.key)) values.set(entry.key, entry.val);
    }
    return values;
  }

  #accept(keys: ReadonlySet<string>, latest: ReadonlyMap<string, unknown>): void {
    for (const key of keys) {
      const value = latest.get(key);
      if (isMarkerRecord(value)) this.#accepted.set(key, value);
      else this.#accepted.delete(key);
    }
  }
}

/*
 * [1] Dropping the update instead (`judgeUpdate`) would leave the writer's client holding a change
 *     the server never takes, and hold back all its later edits: one stray drag of someone else's
 *     marker would freeze that person's board. Taking the marker back converges.
 * [2] The observer only collects and reads; it never writes (Yjs would rethrow from
 *     `applyUpdate`, closing the writer's connection for a fault of ours). The relay calls
 *     `afterApply` even when applying threw halfway, so what Yjs integrated is judged too.
 * [3] The server's write that puts a marker back is seen here too and accepted: it is exactly
 *     the marker as it was.
 */
