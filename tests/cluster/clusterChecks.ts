/** Reading what a cluster stored, straight from PostgreSQL, and hand-made sync messages. */
import { CONTENT_RECORDS } from '@werkbord/shared';
import * as encoding from 'lib0/encoding';
import { YKeyValue } from 'y-utility/y-keyvalue';
import * as Y from 'yjs';
import type { TestDatabase } from '../../server/src/storage/testing/postgresTestDatabase.js';

/** The record keys of a board's content document as stored: compacted state and updates. */
export async function boardRecordKeys(
  database: TestDatabase,
  boardId: string,
): Promise<Set<string>> {
  const states = await database.query<{ state: Buffer }>(
    'SELECT state FROM document_states WHERE doc = $1',
    [boardId],
  );
  const updates = await database.query<{ data: Buffer }>(
    'SELECT data FROM updates WHERE doc = $1 ORDER BY seq',
    [boardId],
  );
  const doc = new Y.Doc();
  for (const { state } of states) Y.applyUpdate(doc, state);
  for (const { data } of updates) Y.applyUpdate(doc, data);
  const records = new YKeyValue(doc.getArray<{ key: string; val: unknown }>(CONTENT_RECORDS));
  return new Set(records.map.keys());
}

/** A y-websocket update message that adds one record, from a doc of its own. */
export function updateMessage(key: string, value: unknown): Uint8Array {
  const doc = new Y.Doc();
  new YKeyValue(doc.getArray<{ key: string; val: unknown }>(CONTENT_RECORDS)).set(key, value);
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0); // sync
  encoding.writeVarUint(encoder, 2); // update
  encoding.writeVarUint8Array(encoder, Y.encodeStateAsUpdate(doc));
  return encoding.toUint8Array(encoder);
}
