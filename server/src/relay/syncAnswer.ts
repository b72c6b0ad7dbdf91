/**
 * Answering a client's sync step 1: once every update the room had applied is stored, our
 * step 2 (what the client lacks) followed by our own step 1. A client that knows little of the
 * document gets the room's shared whole-state parts instead of an encoding of its own.
 */
import { CloseCode } from '@werkbord/shared';
import * as Y from 'yjs';
import type { Connection } from './Connection.js';
import {
  encodeSyncStep1,
  encodeSyncStep2,
  encodeSyncStep2Update,
  encodeUpdate,
} from './protocol.js';
import type { Room } from './Room.js';

/** 1011: "internal error" — the server, not the client, failed. */
export const INTERNAL_ERROR = 1011;

export interface SyncAnswerContext {
  whenStored(room: Room): Promise<void>;
  closing(): boolean;
}

export async function answerSyncStep1(
  connection: Connection,
  room: Room,
  stateVector: Uint8Array,
  context: SyncAnswerContext,
): Promise<void> {
  try {
    // An answer can be the whole document for a few bytes asked; a client asks once, when it
    // connects. Any further answer is paid from its byte budget, priced as the last one. [1]
    const price = connection.syncAnswerBytes;
    if (price > 0 && !connection.budgets.bytes.take(price)) {
      return connection.refuse(CloseCode.RateLimited, 'te veel gegevens');
    }
    await context.whenStored(room);
    if (connection.closed || context.closing()) return;
    const answer = knowsLittleOf(room.doc, stateVector)
      ? room.wholeState
          .parts()
          .map((part, i) => (i === 0 ? encodeSyncStep2Update(part) : encodeUpdate(part)))
      : [encodeSyncStep2(room.doc, stateVector)];
    connection.syncAnswerBytes = Math.max(
      1,
      answer.reduce((sum, part) => sum + part.length, 0),
    );
    for (const part of answer) connection.send(part);
    connection.send(encodeSyncStep1(room.doc));
  } catch (error) {
    connection.log.error({ err: error }, 'answering sync step 1 failed');
    connection.close(INTERNAL_ERROR, 'serverfout');
  }
}

/**
 * Whether a peer with `stateVector` has less than half of `doc` (counted in Yjs clock units): a
 * newcomer, or a client that has little more than its own edits. Then the whole document, once
 * encoded, serves it as well as a diff made for it alone: what it already has is ignored.
 */
export function knowsLittleOf(doc: Y.Doc, stateVector: Uint8Array): boolean {
  if (stateVector.length === 1 && stateVector[0] === 0) return true;
  const known = Y.decodeStateVector(stateVector);
  let total = 0;
  let had = 0;
  for (const client of doc.store.clients.keys()) {
    const clock = Y.getState(doc.store, client);
    total += clock;
    had += Math.min(clock, known.get(client) ?? 0);
  }
  return had * 2 < total;
}

/*
 * [1] Without this, sync step 1 after sync step 1 (a few bytes each, within the message rate)
 *     would make the server encode and send the whole board a hundred times a second.
 */
