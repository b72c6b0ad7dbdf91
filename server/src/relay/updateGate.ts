/**
 * A client's update, from arrival to the room's doc. An update from a role that may not write
 * the document, or one an extension refuses (`RelayExtension.judgeUpdate`: the board lock), is
 * dropped: never applied, stored or relayed. Its client keeps the change, so its next updates
 * may build on it; such an update is not applied half (Yjs would apply its deletions and hold
 * back its insertions) but answered with our sync step 1, and the client's step 2 with
 * everything we lack is judged as a whole. Any other update is applied to the room's doc; an
 * extension may take back at once what it does not allow (`afterApply`: dots the voting round
 * refuses), so the client converges instead of being stuck. What the doc reports as new is
 * written to storage and only then broadcast (`UpdateWriter`).
 */
import { canWrite, CloseCode } from '@werkbord/shared';
import * as Y from 'yjs';
import type { Metrics } from '../Metrics.js';
import type { Connection } from './Connection.js';
import type { DocumentQuota } from './documentQuota.js';
import type { Extensions } from './Extensions.js';
import { encodeSyncStep1 } from './protocol.js';
import { CoreRefusal, type WriteRefusal } from './RelayExtension.js';
import type { Room } from './Room.js';
import { judgeUpdateCost } from './updateCost.js';
import { changesNothing, isEmptyUpdate } from './updateInspection.js';

export class UpdateGate {
  readonly #extensions: Extensions;
  readonly #quota: DocumentQuota;
  readonly #metrics: Metrics;

  constructor(extensions: Extensions, quota: DocumentQuota, metrics: Metrics) {
    this.#extensions = extensions;
    this.#quota = quota;
    this.#metrics = metrics;
  }

  apply(connection: Connection, room: Room, update: Uint8Array): void {
    try {
      const role = connection.role;
      if (role === null || !canWrite(role, room.kind)) {
        return this.#refuse(connection, room, update, CoreRefusal.Role); // before any decoding
      }
      const cost = judgeUpdateCost(update, room.doc); // [4]
      if (cost.status === 'missing') return this.#askForMissing(connection, room);
      if (cost.status === 'refused') {
        this.#refused(connection, room, CoreRefusal.Cost, 'update refused', { why: cost.reason });
        return connection.refuse(CloseCode.MalformedMessage, 'onredelijk bericht');
      }
      connection.askedForMissing = false;
      const judged = { room, connection, update };
      const refusal = this.#extensions.judge(judged);
      if (refusal !== null) return this.#refuse(connection, room, update, refusal);
      const full = this.#quota.refusal(room.name, update.length, cost.addsContent);
      if (full !== null) {
        this.#refused(connection, room, full, 'update refused');
        return connection.refuse(CloseCode.StorageFull, 'bord is vol');
      }
      try {
        Y.applyUpdate(room.doc, update, connection); // [1]
      } finally {
        for (const reason of this.#extensions.afterApply(judged)) {
          this.#refused(connection, room, reason, 'update taken back');
        }
      }
    } catch (error) {
      connection.malformed(error);
    }
  }

  #refuse(connection: Connection, room: Room, update: Uint8Array, reason: WriteRefusal): void {
    if (isEmptyUpdate(update) || changesNothingOrUnreadable(update, room.doc)) return; // [3]
    this.#refused(connection, room, reason, 'update refused', { bytes: update.length });
  }

  /** Every refusal is logged and told to the extensions (the metrics count it). */
  #refused(connection: Connection, room: Room, reason: WriteRefusal, what: string, more = {}) {
    this.#extensions.refused({ room, connection, reason });
    const text = this.#extensions.describe(reason);
    connection.log.warn({ ...more, reason }, `${what}: ${text}`);
  }

  /**
   * The update builds on something the room lacks (often a refused update of the same client):
   * it is dropped, and the client asked for everything.
   */
  #askForMissing(connection: Connection, room: Room): void {
    this.#metrics.updatesHeldBack++;
    if (connection.askedForMissing) return; // [2]
    connection.askedForMissing = true;
    connection.log.debug('update builds on a refused one: asking for everything');
    connection.send(encodeSyncStep1(room.doc));
  }
}

/** A refused update that cannot even be decoded is refused like any other, not closed for. */
function changesNothingOrUnreadable(update: Uint8Array, doc: Y.Doc): boolean {
  try {
    return changesNothing(update, doc);
  } catch {
    return false;
  }
}

/*
 * [1] The connection is the transaction origin: the doc's `update` event hands what is new to
 *     the writer, which skips the sender when it broadcasts. A duplicate update emits nothing
 *     and so is neither stored nor relayed again. An update that throws halfway may leave what
 *     Yjs integrated before the error; that part is a valid change and is stored like any other.
 * [2] The stock y-websocket client answers a sync step 1 with a step 2: every change it has that
 *     our state vector lacks, the refused one included, so the updates dropped meanwhile are in
 *     it too. While the lock holds, that is refused again; once it is lifted, it is applied whole
 *     and the client is in step again. The answer starts at our state vector, so it is the
 *     first update without a gap, which clears `askedForMissing`.
 * [3] A client's sync step 2 carries its whole delete set, so a reconnecting viewer (or a
 *     participant while the board is locked) sends deletions we already have: not a write.
 * [4] Judged for every connection, not only one with a refused update behind it: Yjs keeps what
 *     it cannot integrate pending, works through it on every later update and sends it to every
 *     newcomer. An honest client never builds on what the server lacks unless a write of it was
 *     refused (or lost), and answers the sync step 1 with everything at once.
 */
