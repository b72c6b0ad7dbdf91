/**
 * The WebSocket relay: one socket per (client, document), on `/sync/<room>?t=<token>`. This file
 * handles sockets: it admits them, hands their messages to the handlers (`updateGate.ts`,
 * `syncAnswer.ts`, `presenceHandling.ts`) and closes them.
 *
 * Admission (`admission.ts`). The upgrade is always accepted, so that a refusal reaches the
 * browser as a close code it can explain (the WebSocket API hides HTTP error statuses): a
 * malformed room name or an unknown board closes with 4404, a missing or wrong token with 4401,
 * a role that may not read the document (or a private room without its member key) with 4403,
 * a full room with 4429. Each of those wrong links but the full room counts against the client's
 * address; an address with too many closes with 4420 before its link is even looked at.
 *
 * Order. Messages that arrive while the connection is admitted and its room is loaded from
 * storage are queued and handled, in order, once the room is ready: no sync step is answered
 * from a half-loaded document.
 *
 * Failure. Every handler catches: a message that cannot be decoded or applied, an unknown
 * message type or a text frame closes that connection with 4400; exceeding the rate limit
 * closes it with 4408; `ws` closes oversized messages with 1009. Other rooms never notice.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { CloseCode, parseRoomName, SYNC_PATH } from '@werkbord/shared';
import { type RawData, WebSocket, WebSocketServer } from 'ws';
import type { BoardService } from '../boards/BoardService.js';
import type { WerkbordConfig } from '../config.js';
import type { Logger } from '../log.js';
import type { PerIpBuckets } from '../limits/PerIpBuckets.js';
import type { Metrics } from '../Metrics.js';
import type { Storage } from '../storage/Storage.js';
import { admit } from './admission.js';
import { Connection } from './Connection.js';
import { Extensions } from './Extensions.js';
import { PresenceHandling } from './presenceHandling.js';
import { presenceIdentityOf } from './presenceIdentity.js';
import { decodeClientMessage } from './protocol.js';
import type { RelayExtension } from './RelayExtension.js';
import type { Room } from './Room.js';
import { RoomRegistry } from './RoomRegistry.js';
import { TokenBucket } from '../limits/TokenBucket.js';
import { answerSyncStep1, INTERNAL_ERROR } from './syncAnswer.js';
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
  /**
   * Wrong links per client address, shared with HTTP: a refused admission takes a token; while
   * the address has none left every socket it opens is closed with 4420.
   */
  failedAccess?: { buckets: PerIpBuckets; address: (request: IncomingMessage) => string };
}

export class Relay {
  readonly #config: WerkbordConfig;
  readonly #boards: BoardService;
  readonly #log: Logger;
  readonly #metrics: Metrics;
  readonly #rooms: RoomRegistry;
  readonly #extensions: Extensions;
  readonly #updates: UpdateGate;
  readonly #presence: PresenceHandling;
  readonly #wss: WebSocketServer;
  readonly #connections = new Set<Connection>();
  readonly #failedAccess: RelayOptions['failedAccess'];
  readonly #pingTimer: NodeJS.Timeout;
  #closing = false;
  readonly #syncContext = {
    whenStored: (room: Room) => this.#rooms.whenStored(room),
    closing: () => this.#closing,
  };

  constructor({ config, storage, boards, log, metrics, extensions, failedAccess }: RelayOptions) {
    this.#config = config;
    this.#failedAccess = failedAccess;
    this.#boards = boards;
    this.#log = log;
    this.#metrics = metrics;
    this.#presence = new PresenceHandling(config, metrics);
    this.#extensions = new Extensions(extensions, log);
    this.#rooms = new RoomRegistry({
      storage,
      log,
      metrics,
      extensions: this.#extensions,
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
    this.#updates = new UpdateGate(this.#extensions, this.#rooms.quota, metrics);
    this.#extensions.setup({
      log,
      withRooms: (names, task) => this.#rooms.withRooms(names, task),
      roomNames: (prefix) => this.#rooms.roomNames(prefix),
    });
    this.#wss = new WebSocketServer({ noServer: true, maxPayload: config.maxMessageBytes });
    this.#wss.on('error', (error) => log.error({ err: error }, 'websocket server error'));
    this.#pingTimer = setInterval(() => this.#ping(), config.pingIntervalMs);
    this.#pingTimer.unref();
  }

  get connectionCount(): number {
    return this.#connections.size;
  }

  /** Open connections by role; `pending` for those not yet admitted (for `/metrics`). */
  connectionsByRole(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const { role } of this.#connections) {
      const key = role ?? 'pending';
      counts[key] = (counts[key] ?? 0) + 1;
    }
    return counts;
  }

  get roomCount(): number {
    return this.#rooms.size;
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
    socket.on('error', (error) => this.#log.debug({ err: error }, 'upgrade socket error'));
    try {
      const url = new URL(request.url ?? '/', 'http://localhost');
      if (this.#closing || !url.pathname.startsWith(`${SYNC_PATH}/`)) {
        return refuseUpgrade(socket, this.#closing ? '503 Service Unavailable' : '404 Not Found');
      }
      const address = this.#failedAccess?.address(request) ?? '';
      this.#wss.handleUpgrade(request, socket, head, (ws) => this.#accept(ws, url, address));
    } catch (error) {
      this.#log.info({ err: error, url: request.url }, 'upgrade refused');
      refuseUpgrade(socket, '400 Bad Request');
    }
  }

  /** Graceful shutdown: stop handling messages, store and compact, then close every socket. */
  async close(): Promise<void> {
    if (this.#closing) return;
    this.#closing = true;
    clearInterval(this.#pingTimer);
    await this.#rooms.closeAll();
    const closed = [...this.#connections].map(
      (connection) =>
        new Promise<void>((resolve) => {
          if (connection.ws.readyState === WebSocket.CLOSED) return resolve();
          connection.ws.once('close', () => resolve());
          connection.close(CloseCode.ServerShutdown, 'server wordt herstart');
        }),
    );
    const grace = new Promise<void>((resolve) => setTimeout(resolve, SHUTDOWN_GRACE_MS).unref());
    await Promise.race([Promise.all(closed), grace]);
    for (const connection of this.#connections) connection.terminate();
    await new Promise<void>((resolve) => this.#wss.close(() => resolve()));
  }

  #accept(ws: WebSocket, url: URL, address: string): void {
    const config = this.#config;
    const connection = new Connection(
      ws,
      {
        messages: new TokenBucket(config.maxMessagesPerSecond, config.messageBurst),
        bytes: new TokenBucket(config.maxBytesPerSecond, 2 * config.maxMessageBytes),
        // Far above an honest cursor (about 12 states of 1 KiB a second), far below a flood.
        presence: new TokenBucket(8 * config.maxPresenceBytes, 32 * config.maxPresenceBytes),
      },
      this.#log,
      this.#metrics,
      config.maxBufferedBytes,
    );
    this.#connections.add(connection);
    // Every line about this connection names its board (admission checks the room later).
    const boardId = parseRoomName(url.pathname.slice(SYNC_PATH.length + 1))?.boardId;
    if (boardId !== undefined) connection.log = connection.log.child({ boardId });
    connection.log.debug({ url: url.pathname + url.search }, 'connection opened');
    ws.on('message', (data, isBinary) => this.#onMessage(connection, data, isBinary));
    ws.on('pong', () => (connection.alive = true));
    ws.on('error', (error) => connection.log.info({ err: error }, 'socket error'));
    ws.on('close', (code) => {
      this.#connections.delete(connection);
      this.#rooms.leave(connection);
      connection.log.debug({ code }, 'connection closed');
    });
    this.#admit(connection, url, address).catch((error: unknown) => {
      connection.log.error({ err: error }, 'admitting a connection failed');
      connection.close(INTERNAL_ERROR, 'serverfout');
    });
  }

  async #admit(connection: Connection, url: URL, address: string): Promise<void> {
    const failed = this.#failedAccess?.buckets;
    if (failed !== undefined && failed.waitMs(address) > 0) {
      return connection.refuse(CloseCode.TooManyAttempts, 'te veel onjuiste links');
    }
    const admission = await admit(url, this.#boards);
    if (connection.closed) return;
    if (admission.status === 'refused') {
      failed?.take(address);
      return connection.refuse(admission.code, admission.reason);
    }
    connection.role = admission.role;
    Object.assign(connection, presenceIdentityOf(url));
    connection.log = connection.log.child({ room: admission.room, role: admission.role });
    const joined = await this.#rooms.join(connection, admission.room);
    if (joined.status === 'full') {
      return connection.refuse(CloseCode.RoomFull, 'bord is vol');
    }
    if (joined.status === 'gone') return;
    if (joined.status === 'deleted') {
      return connection.refuse(CloseCode.NotFound, 'bord bestaat niet');
    }
    await joined.room.ready;
    if (connection.closed) return;
    this.#start(connection, joined.room);
  }

  /** The room is loaded: send the presence list and handle what the client sent meanwhile. */
  #start(connection: Connection, room: Room): void {
    const queued = connection.queue ?? [];
    connection.queue = null;
    connection.log.debug({ queued: queued.length }, 'connection ready');
    this.#presence.sendAll(connection, room);
    for (const bytes of queued) {
      if (connection.closed) return;
      this.#handle(connection, room, bytes);
    }
  }

  #onMessage(connection: Connection, data: RawData, isBinary: boolean): void {
    try {
      if (connection.closed || this.#closing) return;
      this.#metrics.messagesIn++;
      const bytes = toBytes(data);
      if (!connection.budgets.messages.take()) {
        return connection.refuse(CloseCode.RateLimited, 'te veel berichten');
      }
      if (!connection.budgets.bytes.take(bytes.length)) {
        return connection.refuse(CloseCode.RateLimited, 'te veel gegevens');
      }
      if (!isBinary) return connection.refuse(CloseCode.MalformedMessage, 'tekstbericht');
      if (connection.queue !== null) connection.queue.push(bytes);
      else if (connection.room !== null) this.#handle(connection, connection.room, bytes);
    } catch (error) {
      connection.log.error({ err: error }, 'handling a message failed');
      connection.close(INTERNAL_ERROR, 'serverfout');
    }
  }

  #handle(connection: Connection, room: Room, bytes: Uint8Array): void {
    let message;
    try {
      message = decodeClientMessage(bytes);
    } catch (error) {
      return connection.malformed(error);
    }
    switch (message.type) {
      case 'sync-step-1':
        // One answer after the other, so each knows the price of the one before.
        connection.syncAnswers = connection.syncAnswers.then(() =>
          answerSyncStep1(connection, room, message.stateVector, this.#syncContext),
        );
        return;
      case 'update':
        return this.#updates.apply(connection, room, message.update);
      case 'awareness':
        return this.#presence.apply(connection, room, message.update);
      case 'query-awareness':
        return this.#presence.sendAll(connection, room, { query: true });
    }
  }

  /** Drops sockets that did not answer the previous ping (a laptop lid closed, a dead NAT). */
  #ping(): void {
    for (const connection of this.#connections) {
      if (!connection.alive) {
        connection.log.info('no pong, dropping connection');
        connection.terminate();
        continue;
      }
      connection.alive = false;
      if (connection.ws.readyState === WebSocket.OPEN) connection.ws.ping();
    }
  }
}

function refuseUpgrade(socket: Duplex, status: string): void {
  socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return Buffer.concat(data);
  return data instanceof ArrayBuffer ? new Uint8Array(data) : data;
}
