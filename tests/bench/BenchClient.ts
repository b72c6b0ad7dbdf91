/**
 * One simulated participant: a Y.Doc synced by the stock y-websocket `WebsocketProvider` over `ws`,
 * exactly as the browser client connects, minus the browser. Each send sets the client's own key in
 * a `Y.Map` to a stamp `{ t, n }`; every other client of the room sees the key change when the relay
 * delivers the update, and reports `receive time − t` (same process, same clock).
 */
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { now, type RoomSpec } from './loadProtocol.js';

export interface Stamp {
  /** Send time, from `now()`. */
  t: number;
  /** Sequence number of this client's sends. */
  n: number;
}

export interface DeliverySink {
  delivered(stamp: Stamp, receivedAt: number): void;
  closed(code: number): void;
}

/** Name of the benchmark's shared map; an ordinary root type, like the board's own records. */
const BENCH_MAP = 'bench';

export class BenchClient {
  readonly doc = new Y.Doc();
  readonly provider: WebsocketProvider;
  private readonly map = this.doc.getMap<Stamp>(BENCH_MAP);
  private seq = 0;

  constructor(
    url: string,
    room: RoomSpec,
    readonly id: string,
    sink: DeliverySink,
  ) {
    this.provider = new WebsocketProvider(url, room.room, this.doc, {
      params: room.params,
      // ws implements the parts of the DOM WebSocket the provider uses. [1]
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      // All clients share one process: BroadcastChannel would let them bypass the server. [2]
      disableBc: true,
    });
    this.provider.awareness.setLocalStateField('user', { name: id, color: '#1f77b4' });
    this.provider.on('connection-close', (event) => sink.closed(event?.code ?? 0));
    this.map.observe((event) => {
      if (event.transaction.local) return;
      const receivedAt = now();
      for (const key of event.keysChanged) {
        const stamp = this.map.get(key);
        if (stamp !== undefined) sink.delivered(stamp, receivedAt);
      }
    });
  }

  /** Resolves once the first sync with the server has completed. */
  synced(): Promise<void> {
    if (this.provider.synced) return Promise.resolve();
    return new Promise((resolve) => {
      const onSync = (isSynced: boolean) => {
        if (!isSynced) return;
        this.provider.off('sync', onSync);
        resolve();
      };
      this.provider.on('sync', onSync);
    });
  }

  /** Sends one update and returns its stamp. */
  send(): Stamp {
    const stamp = { t: now(), n: this.seq++ };
    this.map.set(this.id, stamp);
    return stamp;
  }

  destroy(): void {
    this.provider.destroy();
    this.doc.destroy();
  }
}

/* [1] The provider's option is typed as the DOM constructor; ws's class is structurally close enough
       (binaryType 'arraybuffer', onopen/onmessage/onclose/onerror, send, close) and is what the
       y-websocket docs recommend for Node.
   [2] Node 20 has a global BroadcastChannel, and y-websocket uses it between providers of the same
       room in one process: updates would reach the other clients without the relay. */
