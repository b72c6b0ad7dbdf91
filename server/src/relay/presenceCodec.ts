/**
 * The body of a presence (y-protocols awareness) message, read and written without
 * interpreting the states:
 *
 *   varUint count, then per entry: varUint clientID, varUint clock, varString JSON state
 *
 * A state stays bytes until `presenceGuard` has looked at its size, so a huge one is never
 * decoded; states the server keeps are relayed as the JSON text it stored, never re-encoded
 * from objects a client made (y-protocols' own encoder stringifies, which recurses).
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { MalformedMessageError, MessageType } from './protocol.js';

/** One entry as received: the state still as UTF-8 bytes (`null` JSON removes the client). */
export interface ReceivedPresence {
  clientId: number;
  clock: number;
  state: Uint8Array;
}

/** One entry as sent: the state as JSON text. */
export interface PresenceEntry {
  clientId: number;
  clock: number;
  json: string;
}

/** The JSON text of a removal. */
export const REMOVED = 'null';

/** Reads an awareness update; throws `MalformedMessageError` for anything else. */
export function decodePresence(update: Uint8Array): ReceivedPresence[] {
  try {
    const decoder = decoding.createDecoder(update);
    const count = decoding.readVarUint(decoder);
    // Every entry takes at least three bytes: a count beyond that is a lie, not a loop to run.
    if (count > update.length / 3) throw new MalformedMessageError('presence count too large');
    const entries: ReceivedPresence[] = [];
    for (let i = 0; i < count; i++) {
      const clientId = decoding.readVarUint(decoder);
      const clock = decoding.readVarUint(decoder);
      entries.push({ clientId, clock, state: decoding.readVarUint8Array(decoder) });
    }
    if (decoding.hasContent(decoder)) throw new MalformedMessageError('trailing presence bytes');
    return entries;
  } catch (error) {
    if (error instanceof MalformedMessageError) throw error;
    throw new MalformedMessageError(error instanceof Error ? error.message : String(error));
  }
}

/** A whole awareness message (type 1) carrying `entries`. */
export function encodePresence(entries: readonly PresenceEntry[]): Uint8Array {
  const body = encoding.createEncoder();
  encoding.writeVarUint(body, entries.length);
  for (const { clientId, clock, json } of entries) {
    encoding.writeVarUint(body, clientId);
    encoding.writeVarUint(body, clock);
    encoding.writeVarString(body, json);
  }
  const message = encoding.createEncoder();
  encoding.writeVarUint(message, MessageType.Awareness);
  encoding.writeVarUint8Array(message, encoding.toUint8Array(body));
  return encoding.toUint8Array(message);
}
