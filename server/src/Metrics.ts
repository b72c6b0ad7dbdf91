/**
 * Counters for `GET /metrics`: cheap increments on the hot path, read only when scraped
 * (`extensions/metrics/prometheusRegistry.ts`).
 */
export class Metrics {
  messagesIn = 0;
  messagesOut = 0;
  updatesStored = 0;
  /**
   * Updates refused (never applied) or taken back by the server, per reason: the relay core's
   * and those its extensions declare (counted by `extensions/metrics`).
   */
  readonly updatesRefusedByReason: Record<string, number> = {};
  /**
   * Updates dropped because they build on, or delete, what the room lacks (`updateCost.ts`);
   * their sender was asked for everything at once (sync step 1).
   */
  updatesHeldBack = 0;
  compactions = 0;
  /** Connections closed by the server for a malformed message, the rate limit or a full room. */
  connectionsRejected = 0;
  /** Connections dropped because they read slower than their room writes. */
  slowConnectionsDropped = 0;
  /** Elements of a board's records that a reader (harvest, snapshots) skipped as unreadable. */
  recordsSkipped = 0;
  /**
   * Presence states dropped, per reason: every reason of `relay/presenceGuard.ts`, from 0 (the
   * relay lists them when it starts). `foreign` also counts stock y-websocket clients echoing
   * the states of others, which is harmless.
   */
  readonly presenceRefused: Record<string, number> = {};
  /**
   * Several processes: WebSocket connections and live-board requests this process served itself
   * (`websocket-here`, `http-here`) or forwarded to the board's owner (`…-forwarded`).
   */
  readonly clusterRouted: Record<string, number> = {};
}
