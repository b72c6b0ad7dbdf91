/**
 * What an update would cost the room, judged before it is applied. Yjs keeps what it cannot
 * integrate yet "pending": structs that build on clocks the doc lacks, deletions of items it
 * does not have. Pending data is worked through again on every later update of the doc, stored
 * with it and sent to every newcomer, so one crafted update (a delete set of half a million
 * unknown items) would slow the board, and the server, for good. So:
 *
 * - an update that would leave anything pending is `missing`: it is dropped and its sender is
 *   asked for everything it has that the room lacks (sync step 1), which an honest client
 *   answers with one complete update (the refuse-then-resync path of `updateGate.ts`);
 * - an update no honest client makes is `refused` outright: values nested deeper than
 *   `MAX_VALUE_DEPTH` (readers and encoders of values recurse), structs of more than
 *   `MAX_CLIENTS_PER_UPDATE` clients (each one stays in the doc's state vector forever),
 *   subdocuments.
 *
 * Read-only; one `Y.decodeUpdate`, linear in the update's size. Throws for an update that
 * cannot be decoded.
 */
import * as Y from 'yjs';

/** Far deeper than a tldraw record (rich text nests about eight levels). */
export const MAX_VALUE_DEPTH = 64;

/** An honest update carries its sender's changes: one client, a few after a long offline spell. */
export const MAX_CLIENTS_PER_UPDATE = 1_000;

export type UpdateCost =
  /** `addsContent`: it inserts something, not only deletions (what a storage quota limits). */
  | { status: 'ok'; addsContent: boolean }
  /** It builds on, or deletes, something the doc lacks: Yjs would keep it pending. */
  | { status: 'missing' }
  /** Out of proportion, however it is sent. */
  | { status: 'refused'; reason: string };

const MISSING: UpdateCost = { status: 'missing' };

export function judgeUpdateCost(update: Uint8Array, doc: Y.Doc): UpdateCost {
  const { structs, ds } = Y.decodeUpdate(update);
  // Per client, the clock range this update brings.
  const spans = new Map<number, { from: number; to: number }>();
  for (const struct of structs) {
    if (struct instanceof Y.Skip) return MISSING; // a gap inside the update itself
    const { client, clock } = struct.id;
    const span = spans.get(client);
    if (span === undefined) spans.set(client, { from: clock, to: clock + struct.length });
    else span.to = Math.max(span.to, clock + struct.length);
  }
  if (spans.size > MAX_CLIENTS_PER_UPDATE || ds.clients.size > MAX_CLIENTS_PER_UPDATE) {
    return { status: 'refused', reason: 'too many clients' };
  }
  for (const [client, { from }] of spans) {
    if (from > Y.getState(doc.store, client)) return MISSING;
  }
  /** The clock up to which the doc, with this update, has structs of `client`. */
  const known = (client: number) =>
    Math.max(Y.getState(doc.store, client), spans.get(client)?.to ?? 0);
  const lacks = (id: unknown) => id instanceof Y.ID && id.clock >= known(id.client);
  let addsContent = false;
  for (const struct of structs) {
    if (!(struct instanceof Y.Item)) continue;
    // A deleted item travels as a length only; it takes next to nothing.
    addsContent ||= !(struct.content instanceof Y.ContentDeleted);
    if (lacks(struct.origin) || lacks(struct.rightOrigin) || lacks(struct.parent)) return MISSING;
    const refused = refusedContent(struct.content);
    if (refused !== null) return { status: 'refused', reason: refused };
  }
  for (const [client, ranges] of ds.clients) {
    const end = known(client);
    for (const { clock, len } of ranges) {
      if (clock + len > end) return MISSING;
    }
  }
  return { status: 'ok', addsContent };
}

function refusedContent(content: Y.Item['content']): string | null {
  if (content instanceof Y.ContentDoc) return 'subdocument';
  if (content instanceof Y.ContentAny || content instanceof Y.ContentJSON) {
    return content.arr.every((value) => withinDepth(value, MAX_VALUE_DEPTH)) ? null : 'too deep';
  }
  if (content instanceof Y.ContentEmbed) {
    return withinDepth(content.embed, MAX_VALUE_DEPTH) ? null : 'too deep';
  }
  return null;
}

/**
 * Whether arrays and objects in `value` nest at most `limit` deep. The recursion stops at
 * `limit`, so it is never deeper than that; it allocates nothing (it runs for every value of
 * every update).
 */
export function withinDepth(value: unknown, limit: number): boolean {
  if (typeof value !== 'object' || value === null || value instanceof Uint8Array) return true;
  if (limit <= 0) return false;
  if (Array.isArray(value)) {
    for (const child of value as unknown[]) if (!withinDepth(child, limit - 1)) return false;
    return true;
  }
  for (const key in value) {
    if (!withinDepth((value as Record<string, unknown>)[key], limit - 1)) return false;
  }
  return true;
}
