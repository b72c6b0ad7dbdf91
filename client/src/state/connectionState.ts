/**
 * What the person sees about the connection, derived from the socket and the browser's
 * online/offline state. `closeCode` is the server's last application close code (see
 * `closeCodes.ts` in shared), which explains a reconnect or a stop.
 */
export const ConnectionStatus = {
  /** First attempt, nothing synced yet. */
  Connecting: 'connecting',
  /** Socket open and the document synced with the server. */
  Connected: 'connected',
  /** Lost the connection (or never got it); trying again with backoff. */
  Reconnecting: 'reconnecting',
  /** The browser says it is offline; we wait for the `online` event. */
  Offline: 'offline',
  /** The server refused this link for good (a final close code); no more attempts. */
  Stopped: 'stopped',
} as const;
export type ConnectionStatus = (typeof ConnectionStatus)[keyof typeof ConnectionStatus];

export interface ConnectionState {
  status: ConnectionStatus;
  closeCode: number | null;
}

export const INITIAL_CONNECTION: ConnectionState = {
  status: ConnectionStatus.Connecting,
  closeCode: null,
};
