/**
 * Keep-alive: every socket is pinged each interval, and one that did not answer the previous
 * ping (a laptop lid closed, a dead NAT) is dropped.
 */
import { WebSocket } from 'ws';
import type { Connection } from './Connection.js';

export class Heartbeat {
  readonly #timer: NodeJS.Timeout;
  /** Pinged in the last round and not answered yet. */
  readonly #waiting = new WeakSet<Connection>();

  constructor(connections: ReadonlySet<Connection>, intervalMs: number) {
    this.#timer = setInterval(() => this.#round(connections), intervalMs).unref();
  }

  stop(): void {
    clearInterval(this.#timer);
  }

  #round(connections: ReadonlySet<Connection>): void {
    for (const connection of connections) {
      if (this.#waiting.has(connection)) {
        connection.log.info('no pong, dropping connection');
        connection.terminate();
        continue;
      }
      this.#waiting.add(connection);
      if (connection.ws.readyState !== WebSocket.OPEN) continue;
      connection.ws.once('pong', () => this.#waiting.delete(connection));
      connection.ws.ping();
    }
  }
}
