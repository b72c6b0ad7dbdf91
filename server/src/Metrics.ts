/** Counters for `GET /metrics`: cheap increments on the hot path, read as one JSON object. */
export class Metrics {
  messagesIn = 0;
  messagesOut = 0;
  updatesStored = 0;
  /** Updates dropped because the role may not write the document. */
  updatesRefused = 0;
  compactions = 0;
  /** Connections closed by the server for a malformed message, the rate limit or a full room. */
  connectionsRejected = 0;
  /** Connections dropped because they read slower than their room writes. */
  slowConnectionsDropped = 0;
}

/** The body of `GET /metrics`. */
export interface MetricsSnapshot {
  roomsLoaded: number;
  connections: number;
  messagesIn: number;
  messagesOut: number;
  updatesStored: number;
  updatesRefused: number;
  compactions: number;
  connectionsRejected: number;
  slowConnectionsDropped: number;
  uptimeSeconds: number;
  rssBytes: number;
}
