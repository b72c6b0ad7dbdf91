/**
 * Restoring a snapshot: the live content and control documents are changed to the snapshot's
 * state by ordinary updates (one server transaction per document, stored and broadcast), so
 * every connected client sees the board change at once and keeps editing. Only what differs is
 * written. The control document's session keys (timer, lock, rondje, follow-me, voting…) are
 * the meeting's current state, not board content, and stay as they are live.
 */
import { CONTENT_RECORDS, CONTROL_BOARD, SessionKey } from '@werkbord/shared';
import * as Y from 'yjs';
import { deleteRecords, latestRecords } from './records.js';
import { FROM_SERVER } from './Room.js';

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
  live.transact(() => {
    // Set as YKeyValue sets: the old entries of a key go, one new entry is appended.
    deleteRecords(records, new Set([...gone, ...changed.map(([key]) => key)]));
    records.push(changed.map(([key, val]) => ({ key, val })));
  }, FROM_SERVER);
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
  live.transact(() => {
    for (const key of gone) board.delete(key);
    for (const [key, val] of changed) board.set(key, val);
  }, FROM_SERVER);
  return gone.length + changed.length;
}

/** The map's board-content entries as plain values (nested shared types as JSON). */
function plainEntries(map: Y.Map<unknown>): Map<string, unknown> {
  const entries = new Map<string, unknown>();
  for (const [key, val] of map) {
    if (SESSION_KEYS.has(key)) continue;
    entries.set(key, val instanceof Y.AbstractType ? (val.toJSON() as unknown) : val);
  }
  return entries;
}

/** Structural equality of JSON-like values (what tldraw records and settings are). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a instanceof Uint8Array && b instanceof Uint8Array) {
    return a.length === b.length && a.every((byte, index) => byte === b[index]);
  }
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => sameValue(item, b[index]));
  }
  const aKeys = Object.keys(a);
  const bRecord = b as Record<string, unknown>;
  return (
    aKeys.length === Object.keys(b).length &&
    aKeys.every(
      (key) =>
        Object.hasOwn(bRecord, key) && sameValue((a as Record<string, unknown>)[key], bRecord[key]),
    )
  );
}
