/**
 * Restoring a snapshot: the live content and control documents are changed to the snapshot's
 * state by ordinary updates (one server transaction per document, stored and broadcast), so
 * every connected client sees the board change at once and keeps editing. Only what differs is
 * written. The control document's session keys (timer, lock, rondje, follow-me, voting…) are
 * the meeting's current state, not board content, and stay as they are live.
 */
import { CONTENT_RECORDS, CONTROL_BOARD, SessionKey } from '@werkbord/shared';
import * as Y from 'yjs';
import { deleteRecords, latestRecords } from '../../boards/records.js';
import { serverWrite } from '../../relay/serverWrite.js';

/** Control keys a restore leaves alone: the session's live state, whatever the snapshot had. */
export const SESSION_KEYS: ReadonlySet<string> = new Set(Object.values(SessionKey));

export interface BoardDocs {
  content: Y.Doc;
  control: Y.Doc;
}

/** Makes `live` equal to `snapshot` (but for session keys); returns the keys it changed. */
export function restoreDocuments(live: BoardDocs, snapshot: BoardDocs): number {
  return (
    restoreContent(live.content, snapshot.content) + restoreControl(live.control, snapshot.control)
  );
}

function restoreContent(live: Y.Doc, snapshot: Y.Doc): number {
  const records = live.getArray<unknown>(CONTENT_RECORDS);
  const current = latestRecords(records);
  const wanted = latestRecords(snapshot.getArray<unknown>(CONTENT_RECORDS));
  const gone = new Set([...current.keys()].filter((key) => !wanted.has(key)));
  const changed = [...wanted].filter(
    ([key, val]) => !current.has(key) || !sameValue(current.get(key), val),
  );
  if (gone.size === 0 && changed.length === 0) return 0;
  serverWrite(live, () => {
    // Set as YKeyValue sets: the old entries of a key go, one new entry is appended.
    deleteRecords(records, new Set([...gone, ...changed.map(([key]) => key)]));
    records.push(changed.map(([key, val]) => ({ key, val })));
  });
  return gone.size + changed.length;
}

function restoreControl(live: Y.Doc, snapshot: Y.Doc): number {
  const board = live.getMap<unknown>(CONTROL_BOARD);
  const wanted = plainEntries(snapshot.getMap<unknown>(CONTROL_BOARD));
  const current = plainEntries(board);
  const gone = [...current.keys()].filter((key) => !wanted.has(key));
  const changed = [...wanted].filter(
    ([key, val]) => !current.has(key) || !sameValue(current.get(key), val),
  );
  if (gone.length === 0 && changed.length === 0) return 0;
  serverWrite(live, () => {
    for (const key of gone) board.delete(key);
    for (const [key, val] of changed) board.set(key, val);
  });
  return gone.length + changed.length;
}

/**
 * The map's board-content entries as plain values (nested shared types as JSON). A nested type
 * too deep to turn into JSON (Yjs's `toJSON` recurses) is left out: a restore then leaves that
 * key as it is rather than failing.
 */
function plainEntries(map: Y.Map<unknown>): Map<string, unknown> {
  const entries = new Map<string, unknown>();
  for (const [key, val] of map) {
    if (SESSION_KEYS.has(key)) continue;
    if (!(val instanceof Y.AbstractType)) {
      entries.set(key, val);
      continue;
    }
    try {
      entries.set(key, val.toJSON() as unknown);
    } catch {
      // RangeError: nested deeper than the stack; skipped.
    }
  }
  return entries;
}

/**
 * Structural equality of JSON-like values (what tldraw records and settings are). Iterative: the
 * values come from other people's browsers and may nest deeper than the stack.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  const pending: Array<[unknown, unknown]> = [[a, b]];
  for (let pair = pending.pop(); pair !== undefined; pair = pending.pop()) {
    const [x, y] = pair;
    if (x === y) continue;
    if (x instanceof Uint8Array && y instanceof Uint8Array) {
      if (x.length !== y.length || !x.every((byte, index) => byte === y[index])) return false;
      continue;
    }
    if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
    if (Array.isArray(x) !== Array.isArray(y)) return false;
    if (Array.isArray(x) && Array.isArray(y)) {
      if (x.length !== y.length) return false;
      x.forEach((item, index) => pending.push([item, y[index]]));
      continue;
    }
    const xRecord = x as Record<string, unknown>;
    const yRecord = y as Record<string, unknown>;
    const keys = Object.keys(xRecord);
    if (keys.length !== Object.keys(yRecord).length) return false;
    for (const key of keys) {
      if (!Object.hasOwn(yRecord, key)) return false;
      pending.push([xRecord[key], yRecord[key]]);
    }
  }
  return true;
}
