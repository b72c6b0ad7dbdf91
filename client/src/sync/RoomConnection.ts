/**
 * One Yjs room: a Y.Doc kept in IndexedDB (so offline edits survive a reload) and synced over the
 * stock y-websocket provider, with our own reconnect policy on top.
 *
 * Why our own policy: y-websocket retries with a fixed exponential backoff (no jitter) and treats
 * every 44xx close as final. Here the provider is told never to reconnect by itself
 * (`shouldReconnect: () => false`); after each close we decide:
 * - a final close code (wrong link, forbidden, no such board) stops for good, with a message;
 * - anything else is retried after `reconnectDelay` (backoff with jitter, slower when the server
 *   said "too many" or "room full");
 * - the browser's `offline` event disconnects on purpose, `online` reconnects at once (jittered).
 * The counter resets once a connection has synced, so a flaky network never escalates to minutes.
 *
 * The socket opens only after IndexedDB has loaded: y-websocket forwards every document update
 * that did not come from the socket, so a provider that exists while the local copy loads would
 * upload the whole cached board on every page load. Opened afterwards, only what the server is
 * missing (offline edits) goes up, in the sync handshake.
 */
import { FINAL_CLOSE_CODES } from '@werkbord/shared';
import { Awareness } from 'y-protocols/awareness';
import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { ConnectionStatus, type ConnectionState } from '../state/connectionState';
import { sendOwnPresenceOnly } from './ownPresenceOnly';
import { onlineDelay, reconnectDelay } from './reconnectDelay';

/** If IndexedDB never answers (some private windows), start from the server's copy after this. */
const LOCAL_LOAD_TIMEOUT_MS = 3_000;

export interface RoomConnectionOptions {
  /** `ws(s)://host/sync` */
  serverUrl: string;
  room: string;
  token: string;
  /** More query parameters of the socket URL (a private room's member key, `k`). */
  params?: Record<string, string>;
}

type Listener = (state: ConnectionState) => void;

export class RoomConnection {
  readonly doc = new Y.Doc();
  /** Exists from the start, so presence can be set up before the socket opens. */
  readonly awareness = new Awareness(this.doc);
  private provider: WebsocketProvider | null = null;
  private stopPresence: (() => void) | null = null;
  private readonly persistence: IndexeddbPersistence;
  /** Resolves when the locally stored state has been applied to `doc` (or storage gave up). */
  readonly whenLocalLoaded: Promise<void>;

  private state: ConnectionState = { status: ConnectionStatus.Connecting, closeCode: null };
  private readonly listeners = new Set<Listener>();
  /** Whether we currently want a socket (false while offline, stopped or destroyed). */
  private wanted = false;
  private attempt = 0;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private destroyed = false;

  constructor({ serverUrl, room, token, params }: RoomConnectionOptions) {
    this.persistence = new IndexeddbPersistence(`werkbord:${room}`, this.doc);
    this.whenLocalLoaded = Promise.race([
      this.persistence.whenSynced.then(() => undefined),
      new Promise<void>((resolve) => setTimeout(resolve, LOCAL_LOAD_TIMEOUT_MS)),
    ]);
    window.addEventListener('online', this.onOnline);
    window.addEventListener('offline', this.onOffline);
    if (!navigator.onLine) this.setState({ status: ConnectionStatus.Offline, closeCode: null });

    void this.whenLocalLoaded.then(() => {
      if (this.destroyed) return;
      const provider = new WebsocketProvider(serverUrl, room, this.doc, {
        connect: false,
        awareness: this.awareness,
        params: { ...params, t: token },
        shouldReconnect: () => false,
      });
      provider.on('sync', this.onSync);
      provider.on('connection-close', this.onClose);
      this.stopPresence = sendOwnPresenceOnly(provider, this.awareness);
      this.provider = provider;
      if (navigator.onLine) {
        this.wanted = true;
        provider.connect();
      }
    });
  }

  getState(): ConnectionState {
    return this.state;
  }

  /** Calls `listener` on every change; returns the unsubscribe function. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Resolves once the server's state has arrived, or when waiting makes no sense any more
   * (offline, refused) or takes longer than `timeoutMs`.
   */
  whenServerSyncedOrUnavailable(timeoutMs: number): Promise<void> {
    return new Promise((resolve) => {
      const settledStatuses: ConnectionStatus[] = [
        ConnectionStatus.Connected,
        ConnectionStatus.Offline,
        ConnectionStatus.Stopped,
      ];
      if (settledStatuses.includes(this.state.status)) return resolve();
      const timer = setTimeout(done, timeoutMs);
      const unsubscribe = this.subscribe((state) => {
        if (settledStatuses.includes(state.status)) done();
      });
      function done() {
        clearTimeout(timer);
        unsubscribe();
        resolve();
      }
    });
  }

  destroy(): void {
    this.destroyed = true;
    this.wanted = false;
    this.clearRetry();
    window.removeEventListener('online', this.onOnline);
    window.removeEventListener('offline', this.onOffline);
    this.provider?.off('sync', this.onSync);
    this.provider?.off('connection-close', this.onClose);
    this.provider?.destroy();
    this.stopPresence?.();
    void this.persistence.destroy();
    this.doc.destroy();
    this.listeners.clear();
  }

  private readonly onSync = (synced: boolean) => {
    if (!synced) return;
    this.attempt = 0;
    this.setState({ status: ConnectionStatus.Connected, closeCode: null });
  };

  private readonly onClose = (event: CloseEvent | null) => {
    // Our own disconnect (offline, destroy) also lands here; only unexpected closes retry.
    if (!this.wanted || !this.provider) return;
    this.provider.shouldConnect = false; // keep y-websocket's own timer from reconnecting
    const closeCode = event?.code ?? null;
    if (closeCode !== null && FINAL_CLOSE_CODES.has(closeCode)) {
      this.wanted = false;
      this.setState({ status: ConnectionStatus.Stopped, closeCode });
      return;
    }
    this.setState({ status: ConnectionStatus.Reconnecting, closeCode });
    this.scheduleConnect(reconnectDelay(this.attempt++, closeCode));
  };

  private readonly onOffline = () => {
    if (this.state.status === ConnectionStatus.Stopped) return;
    this.wanted = false;
    this.clearRetry();
    this.provider?.disconnect();
    this.setState({ status: ConnectionStatus.Offline, closeCode: null });
  };

  private readonly onOnline = () => {
    if (this.state.status === ConnectionStatus.Stopped || this.wanted || !this.provider) return;
    this.wanted = true;
    this.attempt = 0;
    this.setState({ status: ConnectionStatus.Reconnecting, closeCode: null });
    this.scheduleConnect(onlineDelay());
  };

  private scheduleConnect(delayMs: number): void {
    this.clearRetry();
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (this.wanted) this.provider?.connect();
    }, delayMs);
  }

  private clearRetry(): void {
    if (this.retryTimer !== null) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  private setState(state: ConnectionState): void {
    if (state.status === this.state.status && state.closeCode === this.state.closeCode) return;
    this.state = state;
    for (const listener of this.listeners) listener(state);
  }
}
