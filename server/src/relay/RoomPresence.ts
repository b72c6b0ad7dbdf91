/**
 * The presence (awareness) of one room, kept by the server as the JSON text it relays. It
 * replaces y-protocols' `Awareness` on the server, whose encoder stringifies objects (recursion
 * on what a client sent) and which lets any connection set or remove any client id.
 *
 * Ownership: a client id belongs to the connection that introduced it. Another connection may
 * neither change nor remove it (stock y-websocket clients echo every state they receive back to
 * the server; those echoes are dropped here), unless both presented the same presence key: then
 * it is the same page reconnecting while its old socket is still open, and the new one takes
 * the id over [1]. A connection introduces at most `MAX_PRESENCE_IDS` ids.
 *
 * Clocks follow y-protocols: a state is newer when its clock is higher; a removal also counts
 * at the same clock. Removed ids keep their last clock for a while, so a late echo of a state
 * that is gone cannot bring it back.
 */
import { type JudgedPresence, PresenceRefusal } from './presenceGuard.js';
import { type PresenceEntry, type ReceivedPresence, REMOVED } from './presenceCodec.js';

/** Client ids one connection may introduce; an honest page uses one. */
export const MAX_PRESENCE_IDS = 4;

/** Removed ids whose clocks are remembered, per room. */
const MAX_REMEMBERED_CLOCKS = 10_000;

/** What the room needs to know about a connection to judge its presence. */
export interface PresenceOwner {
  /** The presence key the socket presented (`pk`), `null` without one. */
  readonly presenceKey: string | null;
  /** The client ids this connection introduced. */
  readonly presenceIds: Set<number>;
}

interface Held {
  clock: number;
  json: string;
  owner: PresenceOwner;
}

/** Judges a state's bytes (size, depth, JSON, stamp) once ownership and clock allow it. */
export type PresenceJudge = (state: Uint8Array) => JudgedPresence;

export interface AppliedPresence {
  /** Entries that changed, to relay to the room's other connections. */
  changed: PresenceEntry[];
  refused: PresenceRefusal[];
}

export class RoomPresence {
  readonly #held = new Map<number, Held>();
  readonly #removedClocks = new Map<number, number>();

  get size(): number {
    return this.#held.size;
  }

  /** Every present client's state: what a newcomer or a query gets. */
  all(): PresenceEntry[] {
    return [...this.#held].map(([clientId, { clock, json }]) => ({ clientId, clock, json }));
  }

  /** Applies what `from` sent; `judge` is only called for states ownership and clock allow. */
  apply(
    from: PresenceOwner,
    entries: readonly ReceivedPresence[],
    judge: PresenceJudge,
  ): AppliedPresence {
    const changed: PresenceEntry[] = [];
    const refused: PresenceRefusal[] = [];
    for (const { clientId, clock, state } of entries) {
      const held = this.#held.get(clientId);
      if (held !== undefined && held.owner !== from && !sameKey(held.owner, from)) {
        refused.push(PresenceRefusal.Foreign);
        continue;
      }
      const current = held?.clock ?? this.#removedClocks.get(clientId) ?? 0;
      const isRemoval = isNullState(state);
      if (clock < current || (clock === current && !(isRemoval && held !== undefined))) continue;
      if (held === undefined && isRemoval) continue; // nothing of it here to remove
      if (held === undefined && from.presenceIds.size >= MAX_PRESENCE_IDS) {
        refused.push(PresenceRefusal.Ids);
        continue;
      }
      const judged = judge(state);
      if (judged.status === 'refused') {
        refused.push(judged.reason);
        continue;
      }
      if (judged.removed) {
        if (held !== undefined) changed.push(this.#delete(clientId, clock, held.owner));
        continue;
      }
      if (held !== undefined && held.owner !== from) held.owner.presenceIds.delete(clientId); // [1]
      this.#held.set(clientId, { clock, json: judged.json, owner: from });
      this.#removedClocks.delete(clientId);
      from.presenceIds.add(clientId);
      changed.push({ clientId, clock, json: judged.json });
    }
    return { changed, refused };
  }

  /** The connection left: removes the ids it introduced; returns the removals to relay. */
  remove(owner: PresenceOwner): PresenceEntry[] {
    const removed: PresenceEntry[] = [];
    for (const clientId of owner.presenceIds) {
      const held = this.#held.get(clientId);
      if (held?.owner === owner) removed.push(this.#delete(clientId, held.clock, owner)); // [2]
    }
    owner.presenceIds.clear();
    return removed;
  }

  #delete(clientId: number, clock: number, owner: PresenceOwner): PresenceEntry {
    this.#held.delete(clientId);
    owner.presenceIds.delete(clientId);
    this.#removedClocks.set(clientId, clock);
    if (this.#removedClocks.size > MAX_REMEMBERED_CLOCKS) {
      const oldest = this.#removedClocks.keys().next().value;
      if (oldest !== undefined) this.#removedClocks.delete(oldest);
    }
    return { clientId, clock, json: REMOVED };
  }
}

function sameKey(a: PresenceOwner, b: PresenceOwner): boolean {
  return a.presenceKey !== null && a.presenceKey === b.presenceKey;
}

/** Whether the state's bytes are exactly `null`, the removal honest clients send. */
function isNullState(state: Uint8Array): boolean {
  return (
    state.length === 4 &&
    state[0] === 0x6e &&
    state[1] === 0x75 &&
    state[2] === 0x6c &&
    state[3] === 0x6c
  );
}

/*
 * [1] The stock y-websocket client keeps its client id across reconnects; when the network drops
 *     without a close, the server still holds the old socket while the new one introduces the
 *     same id. With the same presence key the new socket takes the id over, so closing the old
 *     one later leaves the live presence alone. Without a key, an id can only be claimed once
 *     nobody holds it (the old socket is dropped by the ping within a minute).
 * [2] Encoded with the last clock: receivers accept a removal at the same clock, drop the state
 *     at once and do not wait for the 30-second awareness timeout.
 */
