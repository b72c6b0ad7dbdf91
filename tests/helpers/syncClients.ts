/**
 * Stock y-websocket clients in Node, exactly as a browser would use them, with `ws` as the
 * WebSocket implementation. BroadcastChannel is off: clients in one process would otherwise
 * sync with each other directly and hide what the server does.
 */
import { CONTENT_RECORDS, CONTROL_BOARD } from '@werkbord/shared';
import { WebSocket as NodeWebSocket } from 'ws';
import type { Awareness } from 'y-protocols/awareness';
import { YKeyValue } from 'y-utility/y-keyvalue';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { waitFor } from './waitFor.js';

export interface CloseInfo {
  code: number;
  reason: string;
}

export interface SyncClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  awareness: Awareness;
  /** The content document's records (`YKeyValue` over the `records` array). */
  records: YKeyValue<unknown>;
  /** The control document's board map. */
  board: Y.Map<unknown>;
  /** Every close event the provider saw, in order. */
  closes: CloseInfo[];
  synced(): Promise<void>;
  /** Resolves with the next close of the connection (any code). */
  nextClose(): Promise<CloseInfo>;
  /** Drops the socket without any goodbye (no awareness removal) and does not reconnect. */
  kill(): void;
  destroy(): void;
}

const open = new Set<SyncClient>();

/** `params` are more query parameters, such as a private room's member key `k`. */
export function connectClient(
  syncUrl: string,
  room: string,
  token: string,
  params: Record<string, string> = {},
): SyncClient {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(syncUrl, room, doc, {
    params: { ...params, t: token },
    WebSocketPolyfill: NodeWebSocket as unknown as typeof WebSocket,
    disableBc: true,
  });
  const closes: CloseInfo[] = [];
  provider.on('connection-close', (event) => {
    if (event !== null) closes.push({ code: event.code, reason: event.reason });
  });
  let records: YKeyValue<unknown> | null = null;
  const client: SyncClient = {
    doc,
    provider,
    awareness: provider.awareness,
    // Made on first use: y-utility's YKeyValue throws on a malformed element, and tests of
    // malformed records use the bare array.
    get records() {
      records ??= new YKeyValue(doc.getArray<{ key: string; val: unknown }>(CONTENT_RECORDS));
      return records;
    },
    board: doc.getMap(CONTROL_BOARD),
    closes,
    synced: () => waitFor(`${room} to sync`, () => provider.synced),
    async nextClose() {
      const seen = closes.length;
      await waitFor(`${room} to close`, () => closes.length > seen);
      return closes[seen] as CloseInfo;
    },
    kill() {
      provider.shouldConnect = false;
      (provider.ws as unknown as NodeWebSocket | null)?.terminate();
    },
    destroy() {
      open.delete(client);
      provider.destroy();
      doc.destroy();
    },
  };
  open.add(client);
  return client;
}

/** Connects and waits until the first sync with the server is complete. */
export async function syncedClient(
  syncUrl: string,
  room: string,
  token: string,
  params: Record<string, string> = {},
): Promise<SyncClient> {
  const client = connectClient(syncUrl, room, token, params);
  await client.synced();
  return client;
}

/** Destroys every client still open (call from `afterEach`). */
export function destroyClients(): void {
  for (const client of [...open]) client.destroy();
}
