/**
 * Forwards a WebSocket upgrade to the process that owns the board, byte for byte: the client's
 * request (its URL, token included, goes only to the owner and into no log), then both sockets
 * piped into each other once the owner answered. The owner admits, limits and speaks the
 * protocol; this process only carries bytes, so a client cannot tell it was forwarded. When this
 * process shuts down it closes the client's side itself, between two of the owner's frames, with
 * a close code the client reconnects after (not a bare end of TCP, which a browser reports as 1006).
 */
import type { IncomingMessage } from 'node:http';
import { connect, type Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { isForwardingHeader } from './forwardedFrom.js';
import { closeFrame, FrameBoundaries } from './FrameBoundaries.js';

/** A forwarded socket while both ends are joined. */
export interface ForwardedSocket {
  /** Closes the client's side with `code` after the owner's frame in flight; resolves when done. */
  close(code: number, reason: string): Promise<void>;
  /** Resolves when either side ended. */
  readonly ended: Promise<void>;
}

/** How long a close waits for the rest of a frame, then for the client's answer to it. */
const CLOSE_WAIT_MS = 1_000;

export type ForwardResult =
  /** The owner answered; the sockets are joined (or the owner's refusal was passed on). */
  | 'forwarded'
  /** Nothing listens at the owner's address: it is gone. Nothing was sent to the client. */
  | 'refused'
  /** The owner is shutting down (503) or did not answer in time. Nothing was sent to the client. */
  | 'unavailable';

const HEAD_END = Buffer.from('\r\n\r\n');
const MAX_HEAD_BYTES = 16 * 1024;

export function forwardUpgrade(
  target: URL,
  request: IncomingMessage,
  client: Duplex,
  head: Buffer,
  extraHeaders: Record<string, string>,
  timeoutMs: number,
  joined: (socket: ForwardedSocket) => void = () => undefined,
): Promise<ForwardResult> {
  return new Promise((resolve) => {
    const owner = connect({ host: target.hostname, port: Number(target.port || 80) });
    owner.setNoDelay(true);
    let connected = false;
    let received = Buffer.alloc(0);
    let settled = false;
    const settle = (result: ForwardResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const timer = setTimeout(() => {
      owner.destroy();
      settle('unavailable');
    }, timeoutMs);
    owner.once('connect', () => {
      connected = true;
      owner.write(requestHead(request, extraHeaders));
      if (head.length > 0) owner.write(head);
    });
    owner.on('error', (error: NodeJS.ErrnoException) => {
      settle(!connected && error.code === 'ECONNREFUSED' ? 'refused' : 'unavailable');
    });
    const onHead = (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      const end = received.indexOf(HEAD_END);
      if (end < 0) {
        if (received.length > MAX_HEAD_BYTES) owner.destroy(new Error('answer head too large'));
        return;
      }
      owner.off('data', onHead);
      if (/^HTTP\/1\.[01] 503 /.test(received.toString('latin1', 0, 16))) {
        owner.destroy();
        return settle('unavailable');
      }
      joined(join(client, owner, received));
      settle('forwarded');
    };
    owner.on('data', onHead);
    owner.once('close', () => settle('unavailable'));
  });
}

/** Passes what the owner sent so far to the client, then carries both ways until either ends. */
function join(client: Duplex, owner: Socket, received: Buffer): ForwardedSocket {
  /** Set while closing: sends our close frame once the owner's frame in flight is through. */
  let closeAfterFrame: ((rest: Buffer) => void) | null = null;
  const ended = new Promise<void>((resolve) => {
    client.on('error', () => owner.destroy());
    client.on('close', () => (owner.destroy(), resolve()));
    // While closing, the client still gets our close frame: it hangs up itself.
    owner.on('close', () => closeAfterFrame === null && client.destroy());
  });
  if ('setNoDelay' in client && typeof client.setNoDelay === 'function') client.setNoDelay(true);
  const head = received.indexOf(HEAD_END) + HEAD_END.length;
  const frames = new FrameBoundaries();
  frames.feed(received.subarray(head));
  client.write(received);
  owner.on('data', (chunk: Buffer) => {
    const end = frames.feed(chunk)[0];
    if (closeAfterFrame === null) {
      if (!client.write(chunk)) {
        owner.pause();
        client.once('drain', () => owner.resume());
      }
    } else if (end === undefined) {
      client.write(chunk);
    } else {
      closeAfterFrame(chunk.subarray(0, end));
    }
  });
  client.pipe(owner);
  return {
    ended,
    close(code, reason) {
      if (closeAfterFrame !== null || client.destroyed) return ended;
      const finish = (rest: Buffer) => {
        // Nothing more from the owner, ours last; the client answers our close and hangs up.
        closeAfterFrame = () => undefined;
        owner.pause();
        client.unpipe(owner);
        client.end(Buffer.concat([rest, closeFrame(code, reason)]));
        owner.destroy();
        setTimeout(() => client.destroy(), CLOSE_WAIT_MS).unref();
      };
      closeAfterFrame = finish;
      if (frames.atBoundary) finish(Buffer.alloc(0));
      else setTimeout(() => client.destroy(), CLOSE_WAIT_MS).unref();
      return ended;
    },
  };
}

/** The client's request line and headers, with this cluster's forwarding headers. */
function requestHead(request: IncomingMessage, extraHeaders: Record<string, string>): string {
  const lines = [`${request.method ?? 'GET'} ${request.url ?? '/'} HTTP/1.1`];
  const raw = request.rawHeaders;
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = raw[i] ?? '';
    if (!isForwardingHeader(name)) lines.push(`${name}: ${raw[i + 1] ?? ''}`);
  }
  for (const [name, value] of Object.entries(extraHeaders)) lines.push(`${name}: ${value}`);
  return `${lines.join('\r\n')}\r\n\r\n`;
}
