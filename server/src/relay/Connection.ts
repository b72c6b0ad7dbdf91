/**
 * One client WebSocket on one room. Holds what the relay knows about it: its role, who it is in
 * presence (its presence key and the client ids it introduced), its rate limits and the
 * messages that arrived before its room was ready.
 */
import type { Duplex } from 'node:stream';
import { CloseCode, type Role } from '@werkbord/shared';
import { WebSocket } from 'ws';
import { rawSocketOf, type SharedMessage } from './broadcastFrame.js';
import type { ConnectionBudgets } from '../limits/connectionBudgets.js';
import type { Logger } from '../log.js';
import type { Metrics } from '../Metrics.js';
import type { Room } from './Room.js';

let nextId = 1;

export class Connection {
  readonly id = nextId++;
  readonly ws: WebSocket;
  readonly budgets: ConnectionBudgets;
  log: Logger;
  role: Role | null = null;
  room: Room | null = null;
  /** The presence key the socket presented (`&pk=`), `null` without one. */
  presenceKey: string | null = null;
  /** The user id others see in this connection's presence (from its key, else random). */
  presenceId = '';
  /** Presence client ids this connection introduced; removed from the room when it closes. */
  readonly presenceIds = new Set<number>();
  /** Size of the last sync step 2 sent to it (0 before the first): the price of the next. */
  syncAnswerBytes = 0;
  /** The answers to its sync step 1 messages, one after the other. Never rejects. */
  syncAnswers: Promise<void> = Promise.resolve();
  /** Presence refusals already logged for this connection (each reason once). */
  readonly presenceLogged = new Set<string>();
  /** Messages received before the room was loaded; `null` once they have been handled. */
  queue: Uint8Array[] | null = [];
  /** A sync step 1 was sent for that and its answer has not arrived yet. */
  askedForMissing = false;
  #closing = false;
  readonly #metrics: Metrics;
  readonly #maxBufferedBytes: number;
  /** Where broadcast frames are written (`broadcastFrame.ts`). */
  readonly #socket: Duplex | null;

  constructor(
    ws: WebSocket,
    budgets: ConnectionBudgets,
    log: Logger,
    metrics: Metrics,
    maxBufferedBytes: number,
  ) {
    this.ws = ws;
    this.budgets = budgets;
    this.#maxBufferedBytes = maxBufferedBytes;
    this.log = log.child({ conn: this.id });
    this.#metrics = metrics;
    this.#socket = rawSocketOf(ws);
  }

  /** True once the server or the client started closing; nothing more is handled or sent. */
  get closed(): boolean {
    return this.#closing || this.ws.readyState !== WebSocket.OPEN;
  }

  /** Sends one binary message; a failed write surfaces as the socket's `error` and `close`. */
  send(message: Uint8Array): void {
    if (this.#mayWrite()) this.ws.send(message);
  }

  /** Sends a broadcast's messages, already framed once for all their receivers. */
  sendShared(shared: SharedMessage): void {
    if (!this.#mayWrite(shared.messages.length)) return;
    if (this.#socket !== null) this.#socket.write(shared.frames);
    else for (const message of shared.messages) this.ws.send(message);
  }

  #mayWrite(messages = 1): boolean {
    if (this.closed) return false;
    // A peer that stops reading would make us buffer without bound. Judge the backlog before
    // adding to it (one large message is no sign of a slow reader). A closing frame would queue
    // behind the backlog, so drop the socket; the client resyncs by state vector on reconnect.
    if (this.ws.bufferedAmount > this.#maxBufferedBytes) {
      this.#metrics.slowConnectionsDropped++;
      this.log.warn({ bufferedBytes: this.ws.bufferedAmount }, 'slow connection dropped');
      this.terminate();
      return false;
    }
    this.#metrics.messagesOut += messages;
    return true;
  }

  /** Closes with an application code and a short Dutch reason (at most 123 bytes). */
  close(code: number, reason: string): void {
    if (this.#closing) return;
    this.#closing = true;
    this.queue = null;
    if (this.ws.readyState === WebSocket.OPEN || this.ws.readyState === WebSocket.CONNECTING) {
      this.ws.close(code, reason);
    }
  }

  /** Closes for something the client did or lacks, logged; refusals other than a wrong link are counted. */
  refuse(code: CloseCode, reason: string): void {
    if (code !== CloseCode.NotFound && code !== CloseCode.Unauthorized) {
      this.#metrics.connectionsRejected++;
    }
    this.log.info({ code, reason }, 'closing connection');
    this.close(code, reason);
  }

  /** A message that cannot be decoded or applied closes this connection only (4400). */
  malformed(error: unknown): void {
    this.log.info({ err: error }, 'malformed message');
    this.refuse(CloseCode.MalformedMessage, 'onleesbaar bericht');
  }

  /** Drops the socket without a closing handshake (dead peer, or shutdown took too long). */
  terminate(): void {
    this.#closing = true;
    this.queue = null;
    this.ws.terminate();
  }
}
