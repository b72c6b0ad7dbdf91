/**
 * Presence (awareness) messages. Each entry is judged before anything is kept or relayed
 * (`RoomPresence`, `presenceGuard`); what is refused is dropped and counted, and the connection
 * stays [1]. The whole presence list is sent on joining and when asked for.
 */
import type { WerkbordConfig } from '../config.js';
import type { Metrics } from '../Metrics.js';
import type { Connection } from './Connection.js';
import { decodePresence, encodePresence } from './presenceCodec.js';
import { judgePresence, PresenceRefusal } from './presenceGuard.js';
import type { Room } from './Room.js';

export class PresenceHandling {
  readonly #maxBytes: number;
  readonly #metrics: Metrics;

  constructor(config: Pick<WerkbordConfig, 'maxPresenceBytes'>, metrics: Metrics) {
    this.#maxBytes = config.maxPresenceBytes;
    this.#metrics = metrics;
    for (const reason of Object.values(PresenceRefusal)) metrics.presenceRefused[reason] ??= 0;
  }

  apply(connection: Connection, room: Room, update: Uint8Array): void {
    const role = connection.role;
    if (role === null) return;
    let applied;
    try {
      const entries = decodePresence(update);
      const stamp = { userId: connection.presenceId, role };
      const maxBytes = this.#maxBytes;
      applied = room.presence.apply(connection, entries, (state) => {
        if (state.length > maxBytes) return { status: 'refused', reason: PresenceRefusal.Size };
        if (!connection.budgets.presence.take(state.length)) {
          return { status: 'refused', reason: PresenceRefusal.Rate };
        }
        return judgePresence(state, maxBytes, stamp);
      });
    } catch (error) {
      return connection.malformed(error);
    }
    for (const reason of applied.refused) this.#refused(connection, reason);
    if (applied.changed.length > 0) room.broadcast(encodePresence(applied.changed), connection);
  }

  /**
   * Sends the room's whole presence: on joining, and when asked. An answer can be far larger than
   * the one-byte query, so it is paid from the asker's byte budget; one it cannot pay is refused.
   */
  sendAll(connection: Connection, room: Room, { query = false } = {}): void {
    if (!query && room.presence.size === 0) return;
    const message = encodePresence(room.presence.all());
    if (query && !connection.budgets.bytes.take(message.length)) {
      return this.#refused(connection, PresenceRefusal.Query);
    }
    connection.send(message);
  }

  #refused(connection: Connection, reason: PresenceRefusal): void {
    this.#metrics.presenceRefused[reason] = (this.#metrics.presenceRefused[reason] ?? 0) + 1;
    // Stock clients echo every state they receive; that is not worth a log line.
    if (reason === PresenceRefusal.Foreign || connection.presenceLogged.has(reason)) return;
    connection.presenceLogged.add(reason);
    connection.log.info({ reason }, 'presence refused (logged once per connection)');
  }
}

/*
 * [1] Refusing costs less than relaying, and closing would only make a client that cached an
 *     older page (one that did not trim its selection yet) reconnect in a loop. Bytes that are
 *     not JSON at all are a malformed message like any other (4400).
 */
