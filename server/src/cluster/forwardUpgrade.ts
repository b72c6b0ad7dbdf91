/**
 * Forwards a WebSocket upgrade to the process that owns the board, byte for byte: the client's
 * request (its URL, token included, goes only to the owner and into no log), then both sockets
 * piped into each other once the owner answered. The owner admits, limits and speaks the
 * protocol; this process only carries bytes, so a client cannot tell it was forwarded.
 */
import type { IncomingMessage } from 'node:http';
import { connect, type Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { isForwardingHeader } from './forwardedFrom.js';

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
      join(client, owner, received);
      settle('forwarded');
    };
    owner.on('data', onHead);
    owner.once('close', () => settle('unavailable'));
  });
}

/** Passes what the owner sent so far to the client, then pipes both ways until either ends. */
function join(client: Duplex, owner: Socket, received: Buffer): void {
  client.on('error', () => owner.destroy());
  owner.on('error', () => client.destroy());
  client.on('close', () => owner.destroy());
  owner.on('close', () => client.destroy());
  if ('setNoDelay' in client && typeof client.setNoDelay === 'function') client.setNoDelay(true);
  client.write(received);
  owner.pipe(client);
  client.pipe(owner);
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
