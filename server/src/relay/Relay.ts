/**
 * The WebSocket relay: one socket per (client, document), on `/sync/<room>?t=<token>`.
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
 * Writes. An update (sync step 2 or update) from a role that may not write the document, or
 * one an extension refuses (`RelayExtension.judgeUpdate`: the board lock), is dropped: never
 * applied, stored or relayed. Its client keeps the change, so its next updates may build on
 * it; such an update is not applied half (Yjs would apply its deletions and hold back its
 * insertions) but answered with our sync step 1, and the client's step 2 with everything we
 * lack is judged as a whole. Any other update is applied to the room's doc; an extension may
 * take back at once what it does not allow (`afterApply`: dots the voting round refuses), so
 * the client converges instead of being stuck. What the doc reports as new is written to
 * storage and only then broadcast (`UpdateWriter`).
 * A sync step 1 is answered once every update the room had applied is stored, with our step 2
 * followed by our own step 1.
 *
 * Failure. Every handler catches: a message that cannot be decoded or applied, an unknown
 * message type or a text frame closes that connection with 4400; exceeding the rate limit
 * closes it with 4408; `ws` closes oversized messages with 1009. Other rooms never notice.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { canWrite, CloseCode, parseRoomName, SYNC_PATH } from '@werkbord/shared';
import { type RawData, WebSocket, WebSocketServer } from 'ws';
import * as Y from 'yjs';
import type { BoardService } from '../boards/BoardService.js';
import type { WerkbordConfig } from '../config.js';
import type { Logger } from '../log.js';
import type { PerIpBuckets } from '../limits/PerIpBuckets.js';
import type { Metrics } from '../Metrics.js';
import type { Storage } from '../storage/Storage.js';
import { admit } from './admission.js';
import { Connection } from './Connection.js';
import { Extensions } from './Extensions.js';
import { decodePresence, encodePresence } from './presenceCodec.js';
import { judgePresence, PresenceRefusal } from './presenceGuard.js';
import { presenceIdentityOf } from './presenceIdentity.js';
import {
  decodeClientMessage,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeSyncStep2Update,
  encodeUpdate,
  isEmptyUpdate,
  knowsLittleOf,
} from './protocol.js';
import { CoreRefusal, type RelayExtension, type WriteRefusal } from './RelayExtension.js';
import type { Room } from './Room.js';
import { RoomRegistry } from './RoomRegistry.js';
import { TokenBucket } from '../limits/TokenBucket.js';
import { judgeUpdateCost } from './updateCost.js';
import { changesNothing } from './updateInspection.js';

/** 1011: "internal error" — the server, not the client, failed. */
const INTERNAL_ERROR = 1011;
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
  readonly #wss: WebSocketServer;
  readonly #connections = new Set<Connection>();
  readonly #failedAccess: RelayOptions['failedAccess'];
  readonly #pingTimer: NodeJS.Timeout;
  #closing = false;

  constructor({ config, storage, boards, log, metrics, extensions, failedAccess }: RelayOptions) {
    this.#config = config;
    this.#failedAccess = failedAccess;
    this.#boards = boards;
    this.#log = log;
    this.#metrics = metrics;
    for (const reason of Object.values(PresenceRefusal)) metrics.presenceRefused[reason] ??= 0;
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
      return this.#refuse(connection, CloseCode.TooManyAttempts, 'te veel onjuiste links');
    }
    const admission = await admit(url, this.#boards);
    if (connection.closed) return;
    if (admission.status === 'refused') {
      failed?.take(address);
      return this.#refuse(connection, admission.code, admission.reason);
    }
    connection.role = admission.role;
    Object.assign(connection, presenceIdentityOf(url));
    connection.log = connection.log.child({ room: admission.room, role: admission.role });
    const joined = await this.#rooms.join(connection, admission.room);
    if (joined.status === 'full') {
      return this.#refuse(connection, CloseCode.RoomFull, 'bord is vol');
    }
    if (joined.status === 'gone') return;
    if (joined.status === 'deleted') {
      return this.#refuse(connection, CloseCode.NotFound, 'bord bestaat niet');
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
    this.#sendPresence(connection, room);
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
        return this.#refuse(connection, CloseCode.RateLimited, 'te veel berichten');
      }
      if (!connection.budgets.bytes.take(bytes.length)) {
        return this.#refuse(connection, CloseCode.RateLimited, 'te veel gegevens');
      }
      if (!isBinary) return this.#refuse(connection, CloseCode.MalformedMessage, 'tekstbericht');
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
      return this.#malformed(connection, error);
    }
    switch (message.type) {
      case 'sync-step-1':
        // One answer after the other, so each knows the price of the one before.
        connection.syncAnswers = connection.syncAnswers.then(() =>
          this.#answerSyncStep1(connection, room, message.stateVector),
        );
        return;
      case 'update':
        return this.#applyUpdate(connection, room, message.update);
      case 'awareness':
        return this.#applyPresence(connection, room, message.update);
      case 'query-awareness':
        return this.#sendPresence(connection, room, { query: true });
    }
  }

  /**
   * Presence is judged entry by entry before anything is kept or relayed (`RoomPresence`,
   * `presenceGuard`); what is refused is dropped and counted, and the connection stays [4].
   */
  #applyPresence(connection: Connection, room: Room, update: Uint8Array): void {
    const role = connection.role;
    if (role === null) return;
    let applied;
    try {
      const entries = decodePresence(update);
      const stamp = { userId: connection.presenceId, role };
      const maxBytes = this.#config.maxPresenceBytes;
      applied = room.presence.apply(connection, entries, (state) => {
        if (state.length > maxBytes) return { status: 'refused', reason: PresenceRefusal.Size };
        if (!connection.budgets.presence.take(state.length)) {
          return { status: 'refused', reason: PresenceRefusal.Rate };
        }
        return judgePresence(state, maxBytes, stamp);
      });
    } catch (error) {
      return this.#malformed(connection, error);
    }
    for (const reason of applied.refused) this.#presenceRefused(connection, reason);
    if (applied.changed.length > 0) room.broadcast(encodePresence(applied.changed), connection);
  }

  /**
   * Sends the room's whole presence: on joining, and when asked. An answer can be far larger than
   * the one-byte query, so it is paid from the asker's byte budget; one it cannot pay is refused.
   */
  #sendPresence(connection: Connection, room: Room, { query = false } = {}): void {
    if (!query && room.presence.size === 0) return;
    const message = encodePresence(room.presence.all());
    if (query && !connection.budgets.bytes.take(message.length)) {
      return this.#presenceRefused(connection, PresenceRefusal.Query);
    }
    connection.send(message);
  }

  #presenceRefused(connection: Connection, reason: PresenceRefusal): void {
    this.#metrics.presenceRefused[reason] = (this.#metrics.presenceRefused[reason] ?? 0) + 1;
    // Stock clients echo every state they receive; that is not worth a log line.
    if (reason === PresenceRefusal.Foreign || connection.presenceLogged.has(reason)) return;
    connection.presenceLogged.add(reason);
    connection.log.info({ reason }, 'presence refused (logged once per connection)');
  }

  #applyUpdate(connection: Connection, room: Room, update: Uint8Array): void {
    try {
      const role = connection.role;
      if (role === null || !canWrite(role, room.kind)) {
        return this.#refuseUpdate(connection, room, update, CoreRefusal.Role); // before any decoding
      }
      const cost = judgeUpdateCost(update, room.doc); // [5]
      if (cost.status === 'missing') return this.#askForMissing(connection, room);
      if (cost.status === 'refused') return this.#outOfProportion(connection, room, cost.reason);
      connection.askedForMissing = false;
      const judged = { room, connection, update };
      const refusal = this.#extensions.judge(judged);
      if (refusal !== null) return this.#refuseUpdate(connection, room, update, refusal);
      const full = this.#rooms.quota.refusal(room.name, update.length, cost.addsContent);
      if (full !== null) return this.#storageFull(connection, room, full);
      try {
        Y.applyUpdate(room.doc, update, connection); // [1]
      } finally {
        for (const reason of this.#extensions.afterApply(judged)) {
          this.#refused(connection, room, reason, 'update taken back');
        }
      }
    } catch (error) {
      this.#malformed(connection, error);
    }
  }

  #refuseUpdate(connection: Connection, room: Room, update: Uint8Array, reason: WriteRefusal) {
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

  async #answerSyncStep1(connection: Connection, room: Room, stateVector: Uint8Array) {
    try {
      // An answer can be the whole document for a few bytes asked; a client asks once, when it
      // connects. Any further answer is paid from its byte budget, priced as the last one. [6]
      const price = connection.syncAnswerBytes;
      if (price > 0 && !connection.budgets.bytes.take(price)) {
        return this.#refuse(connection, CloseCode.RateLimited, 'te veel gegevens');
      }
      await this.#rooms.whenStored(room);
      if (connection.closed || this.#closing) return;
      const answer = knowsLittleOf(room.doc, stateVector)
        ? room
            .wholeStateParts()
            .map((part, i) => (i === 0 ? encodeSyncStep2Update(part) : encodeUpdate(part)))
        : [encodeSyncStep2(room.doc, stateVector)];
      connection.syncAnswerBytes = Math.max(
        1,
        answer.reduce((sum, part) => sum + part.length, 0),
      );
      for (const part of answer) connection.send(part);
      connection.send(encodeSyncStep1(room.doc));
    } catch (error) {
      connection.log.error({ err: error }, 'answering sync step 1 failed');
      connection.close(INTERNAL_ERROR, 'serverfout');
    }
  }

  /** The document or the board is at its storage quota: the writer is told so, with 4413. */
  #storageFull(connection: Connection, room: Room, reason: WriteRefusal): void {
    this.#refused(connection, room, reason, 'update refused');
    this.#refuse(connection, CloseCode.StorageFull, 'bord is vol');
  }

  #outOfProportion(connection: Connection, room: Room, why: string): void {
    this.#refused(connection, room, CoreRefusal.Cost, 'update refused', { why });
    this.#refuse(connection, CloseCode.MalformedMessage, 'onredelijk bericht');
  }

  #malformed(connection: Connection, error: unknown): void {
    connection.log.info({ err: error }, 'malformed message');
    this.#refuse(connection, CloseCode.MalformedMessage, 'onleesbaar bericht');
  }

  #refuse(connection: Connection, code: CloseCode, reason: string): void {
    if (code !== CloseCode.NotFound && code !== CloseCode.Unauthorized) {
      this.#metrics.connectionsRejected++;
    }
    connection.log.info({ code, reason }, 'closing connection');
    connection.close(code, reason);
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

/** A refused update that cannot even be decoded is refused like any other, not closed for. */
function changesNothingOrUnreadable(update: Uint8Array, doc: Y.Doc): boolean {
  try {
    return changesNothing(update, doc);
  } catch {
    return false;
  }
}

function refuseUpgrade(socket: Duplex, status: string): void {
  socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return Buffer.concat(data);
  return data instanceof ArrayBuffer ? new Uint8Array(data) : data;
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
 * [4] Refusing costs less than relaying, and closing would only make a client that cached an
 *     older page (one that did not trim its selection yet) reconnect in a loop. Bytes that are
 *     not JSON at all are a malformed message like any other (4400).
 * [5] Judged for every connection, not only one with a refused update behind it: Yjs keeps what
 *     it cannot integrate pending, works through it on every later update and sends it to every
 *     newcomer. An honest client never builds on what the server lacks unless a write of it was
 *     refused (or lost), and answers the sync step 1 with everything at once.
 * [6] Without this, sync step 1 after sync step 1 (a few bytes each, within the message rate)
 *     would make the server encode and send the whole board a hundred times a second.
 */
