/** The body of `GET /metrics`: the counters, read at request time, with the relay's sizes. */
import type { Metrics, MetricsSnapshot } from '../../Metrics.js';

export function metricsSnapshot(
  metrics: Metrics,
  relay: { roomCount: number; connectionCount: number },
  startedAt: number,
): MetricsSnapshot {
  return {
    roomsLoaded: relay.roomCount,
    connections: relay.connectionCount,
    messagesIn: metrics.messagesIn,
    messagesOut: metrics.messagesOut,
    updatesStored: metrics.updatesStored,
    updatesRefused: metrics.updatesRefused,
    updatesRefusedByReason: { ...metrics.updatesRefusedByReason },
    updatesHeldBack: metrics.updatesHeldBack,
    compactions: metrics.compactions,
    connectionsRejected: metrics.connectionsRejected,
    slowConnectionsDropped: metrics.slowConnectionsDropped,
    recordsSkipped: metrics.recordsSkipped,
    presenceRefused: { ...metrics.presenceRefused },
    uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
    rssBytes: process.memoryUsage.rss(),
  };
}
