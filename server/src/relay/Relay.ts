/**
 * The relay as the rest of the server sees it: it puts the parts together (the sockets, the
 * rooms and their lifecycle, the message handlers, the extensions, the keep-alive pings) and
 * offers what the server needs of them: upgrades, counts, a loaded document's state, deleting
 * or letting go of a board, and the graceful shutdown. What a message goes through is in
 * `Sockets` and the modules it calls.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { CloseCode } from '@werkbord/shared';
import { WebSocket, WebSocketServer } from 'ws';
import type { BoardService } from '../boards/BoardService.js';
import type { WerkbordConfig } from '../config.js';
import type { Logger } from '../log.js';
import type { Metrics } from '../Metrics.js';
import type { Storage } from '../storage/Storage.js';
import { Extensions } from './Extensions.js';
import { Heartbeat } from './Heartbeat.js';
import { PresenceHandling } from './presenceHandling.js';
import type { RelayExtension } from './RelayExtension.js';
import { RoomLifecycle } from './RoomLifecycle.js';
import { type FailedAccess, Sockets } from './Sockets.js';
import { INTERNAL_ERROR } from './syncAnswer.js';
import { UpdateGate } from './updateGate.js';

const SHUTDOWN_GRACE_MS = 2_000;

export interface RelayOptions {
  config: WerkbordConfig;
  storage: Storage;
  boards: BoardService;
  log: Logger;
  metrics: Metrics;
  /** The features, in the order their hooks run (`RelayExtension`). */
  extensions: readonly RelayExtension[];
  /** Wrong links per client address, shared with HTTP (see `Sockets`). */
  failedAccess?: FailedAccess;
}

export class Relay {
  readonly #rooms: RoomLifecycle;
  readonly #wss: WebSocketServer;
  readonly #sockets: Sockets;
  readonly #heartbeat: Heartbeat;
  #closing = false;

  constructor({ config, storage, boards, log, metrics, extensions, failedAccess }: RelayOptions) {
    const hooks = new Extensions(extensions, log);
    this.#rooms = new RoomLifecycle({
      storage,
      log,
      metrics,
      extensions: hooks,
      compactAfterUpdates: config.compactAfterUpdates,
      unloadDelayMs: config.roomUnloadDelayMs,
      maxClientsPerRoom: config.maxClientsPerRoom,
      quota: { maxDocumentBytes: config.maxDocumentBytes, maxBoardBytes: config.maxBoardBytes },
      onRoomFailed: (room) => {
        for (const connection of room.connections) {
          connection.close(INTERNAL_ERROR, 'opslag mislukt');
        }
      },
    });
    hooks.setup({
      log,
      withRooms: (names, task) => this.#rooms.withRooms(names, task),
      roomNames: (prefix) => this.#rooms.roomNames(prefix),
    });
    this.#wss = new WebSocketServer({ noServer: true, maxPayload: config.maxMessageBytes });
    this.#wss.on('error', (error) => log.error({ err: error }, 'websocket server error'));
    this.#sockets = new Sockets({
      config,
      boards,
      log,
      metrics,
      wss: this.#wss,
      rooms: this.#rooms.registry,
      updates: new UpdateGate(hooks, this.#rooms.quota, metrics),
      presence: new PresenceHandling(config, metrics),
      failedAccess,
    });
    this.#heartbeat = new Heartbeat(this.#sockets.connections, config.pingIntervalMs);
  }

  get connectionCount(): number {
    return this.#sockets.connections.size;
  }

  /** Open connections by role; `pending` for those not yet admitted (for `/metrics`). */
  connectionsByRole(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const { role } of this.#sockets.connections) {
      const key = role ?? 'pending';
      counts[key] = (counts[key] ?? 0) + 1;
    }
    return counts;
  }

  get roomCount(): number {
    return this.#rooms.registry.rooms.size;
  }

  /** A loaded document's current stored state, `null` when it is not in memory (readers use storage). */
  loadedState(room: string): Promise<Uint8Array | null> {
    return this.#rooms.loadedState(room);
  }

  /**
   * Deleting a board: every connection to its rooms is closed with `BoardDeleted` (the client
   * does not reconnect) and its rooms are dropped; resolves once nothing of it is being written.
   */
  evictBoard(boardId: string): Promise<void> {
    return this.#rooms.evictBoard(boardId, (connection) =>
      connection.close(CloseCode.BoardDeleted, 'bord verwijderd'),
    );
  }

  /**
   * Another process owns the board now: its connections here are closed with `ServerShutdown`
   * (the clients reconnect and reach the new owner) and its rooms dropped, without compaction.
   */
  letGoOfBoard(boardId: string): Promise<void> {
    return this.#rooms.letGo(boardId, (connection) =>
      connection.close(CloseCode.ServerShutdown, 'bord verhuist naar een ander proces'),
    );
  }

  /** Whether a room of the board is in memory here (or still being unloaded). */
  hasBoard(boardId: string): boolean {
    return this.#rooms.hasBoard(boardId);
  }

  /** The HTTP server's `upgrade` event. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.#sockets.handleUpgrade(request, socket, head);
  }

  /** Graceful shutdown: stop handling messages, store and compact, then close every socket. */
  async close(): Promise<void> {
    if (this.#closing) return;
    this.#closing = true;
    this.#sockets.stop();
    this.#heartbeat.stop();
    await this.#rooms.closeAll();
    const connections = this.#sockets.connections;
    const closed = [...connections].map(
      (connection) =>
        new Promise<void>((resolve) => {
          if (connection.ws.readyState === WebSocket.CLOSED) return resolve();
          connection.ws.once('close', () => resolve());
          connection.close(CloseCode.ServerShutdown, 'server wordt herstart');
        }),
    );
    const grace = new Promise<void>((resolve) => setTimeout(resolve, SHUTDOWN_GRACE_MS).unref());
    await Promise.race([Promise.all(closed), grace]);
    for (const connection of connections) connection.terminate();
    await new Promise<void>((resolve) => this.#wss.close(() => resolve()));
  }
}
