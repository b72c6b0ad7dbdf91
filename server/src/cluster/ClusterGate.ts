/**
 * Any process accepts any connection. Before the relay sees a WebSocket, or the API a request
 * that needs a board's live room, the gate finds the board's owner: this process (the board is
 * taken when nobody owns it), or another one, to which the socket or the request is forwarded.
 * An owner that is gone (nothing listens at its address) is overtaken with a new fence; one that
 * shuts down is waited for until it has handed the board over.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import {
  ApiErrorCode,
  BOARD_ID_PATTERN,
  CloseCode,
  parseRoomName,
  SYNC_PATH,
} from '@werkbord/shared';
import { WebSocketServer } from 'ws';
import type { Logger } from '../log.js';
import type { BoardLeases, LeaseOwner } from './BoardLeases.js';
import type { ClusterMembers } from './ClusterMembers.js';
import type { ForwardedFrom } from './forwardedFrom.js';
import { forwardRequest } from './forwardRequest.js';
import { type ForwardedSocket, type ForwardResult, forwardUpgrade } from './forwardUpgrade.js';
import type { Ownership } from './Ownership.js';

export interface ClusterGateOptions {
  ownership: Ownership;
  leases: BoardLeases;
  members: ClusterMembers;
  forwardedFrom: ForwardedFrom;
  /** The client's address as this process sees it (peer or `X-Forwarded-For`). */
  clientAddress: (req: IncomingMessage) => string;
  /** Counts where each board connection and request was served. */
  routed: (route: Routed) => void;
  leaseMs: number;
  log: Logger;
}

export type Routed = `${'websocket' | 'http'}-${'here' | 'forwarded'}`;

/** How long an owner may take to answer a forwarded upgrade or request. */
const FORWARD_TIMEOUT_MS = 5_000;
const POLL_MS = 100;

/** Board routes that need the live room; the rest read storage, which every process can. */
const BOARD_PATH = /^\/api\/boards\/([^/]+)(\/.*)?$/;
const LIVE_READ = /^\/harvest(\.csv|\.md)?$/;

type Route =
  | { kind: 'here' }
  | { kind: 'forward'; owner: LeaseOwner; url: URL }
  | { kind: 'unavailable' };

export class ClusterGate {
  readonly #options: ClusterGateOptions;
  /** Only to close refused sockets with a code the browser can read. [4] */
  readonly #refusals = new WebSocketServer({ noServer: true });
  /** The sockets this process carries to owners elsewhere. */
  readonly #forwarded = new Set<ForwardedSocket>();

  constructor(options: ClusterGateOptions) {
    this.#options = options;
  }

  /** The HTTP server's `upgrade` event: handled here by `local`, or forwarded to the owner. */
  upgrade(
    request: IncomingMessage,
    socket: Duplex,
    head: Buffer,
    local: (request: IncomingMessage, socket: Duplex, head: Buffer) => void,
  ): void {
    socket.on('error', () => undefined); // the relay or the pipe reports what matters
    const boardId = boardOfSyncPath(request.url ?? '/');
    if (boardId === null) return local(request, socket, head);
    // Counted once, where the client arrived.
    const forwarded = this.#options.forwardedFrom.address(request.headers) !== null;
    const forward = (url: URL) =>
      forwardUpgrade(
        url,
        request,
        socket,
        head,
        this.#headers(request),
        FORWARD_TIMEOUT_MS,
        (joined) => {
          this.#forwarded.add(joined);
          void joined.ended.then(() => this.#forwarded.delete(joined));
        },
      );
    this.#serve(boardId, request, true, forward).then(
      (served) => {
        if (served !== 'unavailable' && !forwarded) this.#options.routed(`websocket-${served}`);
        if (served === 'here') return local(request, socket, head);
        if (served === 'unavailable') this.#refuseUpgrade(request, socket, head);
      },
      (error: unknown) => {
        this.#options.log.error({ err: error, boardId }, 'finding the owner of a board failed');
        this.#refuseUpgrade(request, socket, head);
      },
    );
  }

  /**
   * Shutting down: every socket carried to another owner is closed with `ServerShutdown`, so its
   * client reconnects (through the load balancer, to a process that stays) without an error.
   */
  async closeForwarded(): Promise<void> {
    await Promise.all(
      [...this.#forwarded].map((forwarded) =>
        forwarded.close(CloseCode.ServerShutdown, 'server wordt herstart'),
      ),
    );
  }

  /** Every HTTP request: board routes that need the live room go to its owner. */
  request(
    req: IncomingMessage,
    res: ServerResponse,
    local: (req: IncomingMessage, res: ServerResponse) => void,
  ): void {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const match = BOARD_PATH.exec(path);
    const boardId = match?.[1] ?? '';
    const rest = match?.[2] ?? '';
    const reading = req.method === 'GET' || req.method === 'HEAD';
    const live =
      match !== null && BOARD_ID_PATTERN.test(boardId) && (!reading || LIVE_READ.test(rest));
    if (!live) return local(req, res);
    const forwarded = this.#options.forwardedFrom.address(req.headers) !== null;
    const forward = (url: URL) =>
      forwardRequest(url, req, res, this.#headers(req), FORWARD_TIMEOUT_MS);
    // A harvest needs no owner: without one, storage has the whole board. [1]
    this.#serve(boardId, req, !reading, forward).then(
      (served) => {
        if (served !== 'unavailable' && !forwarded) this.#options.routed(`http-${served}`);
        if (served === 'here') return local(req, res);
        if (served === 'unavailable') unavailable(res);
      },
      (error: unknown) => {
        this.#options.log.error({ err: error, boardId }, 'finding the owner of a board failed');
        unavailable(res);
      },
    );
  }

  /**
   * Serves the board's connection or request: `here` (the caller handles it), `forwarded`, or
   * `unavailable` (nothing was sent; the caller refuses, the client tries again).
   */
  async #serve(
    boardId: string,
    req: IncomingMessage,
    take: boolean,
    forward: (url: URL) => Promise<ForwardResult>,
  ): Promise<'here' | 'forwarded' | 'unavailable'> {
    const once = this.#options.forwardedFrom.address(req.headers) !== null;
    let gone: LeaseOwner | undefined;
    for (let attempt = 0; attempt < 3; attempt++) {
      const route = await this.#route(boardId, take, gone);
      if (route.kind !== 'forward') return route.kind;
      // Forwarded once already: the owner moved meanwhile; the client comes back. [2]
      if (once) return 'unavailable';
      const result = await forward(route.url);
      if (result === 'forwarded') {
        this.#options.log.debug(
          { boardId, owner: route.owner.processId },
          'forwarded to the owner',
        );
        return 'forwarded';
      }
      if (result === 'unavailable') return 'unavailable';
      // Nothing listens there: gone, unless it is handing its boards over right now.
      const member = await this.#options.members.lookup(route.owner.processId);
      if (member?.draining === true) await this.#handedOver(boardId, route.owner);
      else gone = route.owner;
      take = true;
    }
    return 'unavailable';
  }

  async #route(boardId: string, take: boolean, gone?: LeaseOwner): Promise<Route> {
    const { ownership, leases, members } = this.#options;
    for (;;) {
      let owner: LeaseOwner | null;
      if (take) {
        const location = await ownership.locate(boardId, gone);
        if (location.kind !== 'elsewhere') return { kind: 'here' };
        owner = location.owner;
      } else {
        if (ownership.fenceOf(boardId) !== undefined) return { kind: 'here' };
        owner = await leases.owner(boardId);
        if (owner === null) return { kind: 'here' };
      }
      const member = await members.lookup(owner.processId);
      if (member === null) {
        // Its process no longer renews its entry: it died. [3]
        gone = owner;
        take = true;
        continue;
      }
      if (member.draining) {
        if (!(await this.#handedOver(boardId, owner))) return { kind: 'unavailable' };
        continue;
      }
      return { kind: 'forward', owner, url: new URL(member.url) };
    }
  }

  /** Waits (up to one lease) until a shutting-down owner has released the board. */
  async #handedOver(boardId: string, owner: LeaseOwner): Promise<boolean> {
    const deadline = Date.now() + this.#options.leaseMs;
    while (Date.now() < deadline) {
      if ((await this.#options.leases.owner(boardId))?.value !== owner.value) return true;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    return false;
  }

  /** The socket is accepted and closed at once with `Unavailable`: the client tries again. */
  #refuseUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    if (socket.destroyed) return;
    try {
      this.#refusals.handleUpgrade(request, socket, head, (ws) => {
        ws.on('error', () => undefined);
        ws.close(CloseCode.Unavailable, 'bord even niet bereikbaar');
      });
    } catch {
      socket.end(NOT_AVAILABLE);
    }
  }

  #headers(req: IncomingMessage): Record<string, string> {
    const { forwardedFrom, clientAddress } = this.#options;
    return forwardedFrom.headers(forwardedFrom.address(req.headers) ?? clientAddress(req));
  }
}

function boardOfSyncPath(url: string): string | null {
  const path = new URL(url, 'http://localhost').pathname;
  if (!path.startsWith(`${SYNC_PATH}/`)) return null;
  return parseRoomName(path.slice(SYNC_PATH.length + 1))?.boardId ?? null;
}

const NOT_AVAILABLE =
  'HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nContent-Length: 0\r\n\r\n';

function unavailable(res: ServerResponse): void {
  if (res.headersSent) return void res.destroy();
  const body = JSON.stringify({
    error: ApiErrorCode.Unavailable,
    message: 'Het bord is even niet bereikbaar. Probeer het zo opnieuw.',
  });
  res.writeHead(503, {
    'Content-Type': 'application/json; charset=utf-8',
    'Retry-After': '1',
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

/*
 * [1] Every update a client saw is stored before it was sent; an owner's room holds nothing more.
 * [2] Forwarding once more could go round in circles while ownership moves; the client's
 *     reconnect (or retry) finds the new owner.
 * [3] Entries expire after one lease without renewal, like the leases: its leases are about to
 *     expire too. Taking the board now, with a higher fence, is safe whatever that process does.
 * [4] The relay accepts every upgrade for the same reason: the WebSocket API hides an HTTP
 *     status, a close code and its reason reach the page (and the process that forwarded it).
 */
