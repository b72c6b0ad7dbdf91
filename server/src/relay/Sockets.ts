/**
 * The relay's WebSocket side: one socket per (client, document), on `/sync/<room>?t=<token>`.
 * It admits a socket, joins it to its room and hands its messages to the handlers
 * (`updateGate.ts`, `syncAnswer.ts`, `presenceHandling.ts`).
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
import type { RawData, WebSocket, WebSocketServer } from 'ws';
import type { BoardService } from '../boards/BoardService.js';
import type { WerkbordConfig } from '../config.js';
import type { PerIpBuckets } from '../limits/PerIpBuckets.js';
import { connectionBudgets } from '../limits/connectionBudgets.js';
import type { Logger } from '../log.js';
import type { Metrics } from '../Metrics.js';
import { admit } from './admission.js';
import { Connection } from './Connection.js';
import type { PresenceHandling } from './presenceHandling.js';
import { presenceIdentityOf } from './presenceIdentity.js';
import { decodeClientMessage } from './protocol.js';
import type { Room } from './Room.js';
import type { RoomRegistry } from './RoomRegistry.js';
import { answerSyncStep1, INTERNAL_ERROR } from './syncAnswer.js';
import type { UpdateGate } from './updateGate.js';

/**
 * Wrong links per client address, shared with HTTP: a refused admission takes a token; while
 * the address has none left every socket it opens is closed with 4420.
 */
export interface FailedAccess {
  buckets: PerIpBuckets;
  address: (request: IncomingMessage) => string;
}

export interface SocketsOptions {
  config: WerkbordConfig;
  boards: BoardService;
  log: Logger;
  metrics: Metrics;
  wss: WebSocketServer;
  rooms: RoomRegistry;
  updates: UpdateGate;
  presence: PresenceHandling;
  failedAccess: FailedAccess | undefined;
}

export class Sockets {
  readonly #options: SocketsOptions;
  /** Every open socket, admitted or not. */
  readonly connections = new Set<Connection>();
  #closing = false;
  readonly #syncContext = {
    whenStored: (room: Room) => this.#options.rooms.whenStored(room),
    closing: () => this.#closing,
  };

  constructor(options: SocketsOptions) {
    this.#options = options;
  }

  /** Shutdown begins: no more upgrades, and no more messages handled. */
  stop(): void {
    this.#closing = true;
  }

  /** The HTTP server's `upgrade` event. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    const { log, wss, failedAccess } = this.#options;
    socket.on('error', (error) => log.debug({ err: error }, 'upgrade socket error'));
    try {
      const url = new URL(request.url ?? '/', 'http://localhost');
      if (this.#closing || !url.pathname.startsWith(`${SYNC_PATH}/`)) {
        return refuseUpgrade(socket, this.#closing ? '503 Service Unavailable' : '404 Not Found');
      }
      const address = failedAccess?.address(request) ?? '';
      wss.handleUpgrade(request, socket, head, (ws) => this.#accept(ws, url, address));
    } catch (error) {
      log.info({ err: error, url: request.url }, 'upgrade refused');
      refuseUpgrade(socket, '400 Bad Request');
    }
  }

  #accept(ws: WebSocket, url: URL, address: string): void {
    const { config, log, metrics, rooms } = this.#options;
    const budgets = connectionBudgets(config);
    const connection = new Connection(ws, budgets, log, metrics, config.maxBufferedBytes);
    this.connections.add(connection);
    // Every line about this connection names its board (admission checks the room later).
    const boardId = parseRoomName(url.pathname.slice(SYNC_PATH.length + 1))?.boardId;
    if (boardId !== undefined) connection.log = connection.log.child({ boardId });
    connection.log.debug({ url: url.pathname + url.search }, 'connection opened');
    ws.on('message', (data, isBinary) => this.#onMessage(connection, data, isBinary));
    ws.on('error', (error) => connection.log.info({ err: error }, 'socket error'));
    ws.on('close', (code) => {
      this.connections.delete(connection);
      rooms.leave(connection);
      connection.log.debug({ code }, 'connection closed');
    });
    this.#admit(connection, url, address).catch((error: unknown) => {
      connection.log.error({ err: error }, 'admitting a connection failed');
      connection.close(INTERNAL_ERROR, 'serverfout');
    });
  }

  async #admit(connection: Connection, url: URL, address: string): Promise<void> {
    const failed = this.#options.failedAccess?.buckets;
    if (failed !== undefined && failed.waitMs(address) > 0) {
      return connection.refuse(CloseCode.TooManyAttempts, 'te veel onjuiste links');
    }
    const admission = await admit(url, this.#options.boards);
    if (connection.closed) return;
    if (admission.status === 'refused') {
      failed?.take(address);
      return connection.refuse(admission.code, admission.reason);
    }
    connection.role = admission.role;
    Object.assign(connection, presenceIdentityOf(url));
    connection.log = connection.log.child({ room: admission.room, role: admission.role });
    const room = await this.#options.rooms.join(connection, admission.room);
    if (room === null) return;
    await room.ready;
    if (connection.closed) return;
    this.#start(connection, room);
  }

  /** The room is loaded: send the presence list and handle what the client sent meanwhile. */
  #start(connection: Connection, room: Room): void {
    const queued = connection.queue ?? [];
    connection.queue = null;
    connection.log.debug({ queued: queued.length }, 'connection ready');
    this.#options.presence.sendAll(connection, room);
    for (const bytes of queued) {
      if (connection.closed) return;
      this.#handle(connection, room, bytes);
    }
  }

  #onMessage(connection: Connection, data: RawData, isBinary: boolean): void {
    try {
      if (connection.closed || this.#closing) return;
      this.#options.metrics.messagesIn++;
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
        return this.#options.updates.apply(connection, room, message.update);
      case 'awareness':
        return this.#options.presence.apply(connection, room, message.update);
      case 'query-awareness':
        return this.#options.presence.sendAll(connection, room, { query: true });
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
