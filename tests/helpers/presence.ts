/**
 * Raw presence (y-protocols awareness) messages, for sending what no well-behaved client would:
 * states for someone else's client id, huge or deeply nested states, forged roles.
 */
import * as encoding from 'lib0/encoding';

export interface PresenceEntry {
  clientId: number;
  clock: number;
  /** The state as JSON text, sent as is (`'null'` removes the client's presence). */
  json: string;
}

/** One awareness message (type 1) carrying `entries`. */
export function presenceMessage(entries: readonly PresenceEntry[]): Uint8Array {
  const inner = encoding.createEncoder();
  encoding.writeVarUint(inner, entries.length);
  for (const { clientId, clock, json } of entries) {
    encoding.writeVarUint(inner, clientId);
    encoding.writeVarUint(inner, clock);
    encoding.writeVarString(inner, json);
  }
  const outer = encoding.createEncoder();
  encoding.writeVarUint(outer, 1);
  encoding.writeVarUint8Array(outer, encoding.toUint8Array(inner));
  return encoding.toUint8Array(outer);
}

/** A JSON array nested `depth` levels deep: `[[[…]]]`. */
export function deepJson(depth: number): string {
  return '['.repeat(depth) + ']'.repeat(depth);
}
