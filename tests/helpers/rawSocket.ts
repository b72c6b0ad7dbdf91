/** A bare `ws` client, for sending what no well-behaved client would. */
import { WebSocket } from 'ws';
import type { CloseInfo } from './syncClients.js';

export interface RawSocket {
  ws: WebSocket;
  /** Resolves with the close code and reason, however the connection ends. */
  closed: Promise<CloseInfo>;
}

const sockets = new Set<WebSocket>();

export interface RawSocketOptions {
  /** Answer the server's pings (default); `false` plays a peer that vanished without closing. */
  autoPong?: boolean;
  /**
   * Receives every message from the start: the server may send right after the upgrade, in the
   * same read as the handshake, before a listener added after `open` would exist.
   */
  onMessage?: (data: Buffer) => void;
}

export async function openRawSocket(
  url: string,
  { autoPong = true, onMessage }: RawSocketOptions = {},
): Promise<RawSocket> {
  const ws = new WebSocket(url, { autoPong });
  sockets.add(ws);
  if (onMessage !== undefined) ws.on('message', onMessage);
  ws.on('error', () => {}); // a refused or reset socket reports through `closed`
  const closed = new Promise<CloseInfo>((resolve) => {
    ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() }));
  });
  await Promise.race([new Promise((resolve) => ws.once('open', resolve)), closed]);
  return { ws, closed };
}

export function roomUrl(syncUrl: string, room: string, token?: string): string {
  return `${syncUrl}/${room}${token === undefined ? '' : `?t=${token}`}`;
}

/** Terminates every raw socket still open (call from `afterEach`). */
export function closeRawSockets(): void {
  for (const ws of sockets) ws.terminate();
  sockets.clear();
}
