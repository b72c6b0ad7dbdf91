/**
 * `GET /metrics` in Prometheus' text format. The relay counts in plain fields of `Metrics`
 * (an increment per message costs nothing on the hot path); this registry reads them only when
 * scraped, through prom-client's `collect` hooks. Process metrics (CPU, memory, heap, event-loop
 * lag, handles) are the process's, not one server's: they live in one registry per process.
 */
import { collectDefaultMetrics, Counter, Gauge, Registry } from 'prom-client';
import { ROLES } from '@werkbord/shared';
import type { Metrics } from '../../Metrics.js';

/** What the relay tells about its size at scrape time. */
export interface RelaySizes {
  readonly roomCount: number;
  /** Open connections by role; `pending` for those not yet admitted. */
  connectionsByRole(): Record<string, number>;
}

export interface PrometheusMetrics {
  readonly contentType: string;
  /** The exposition text: this server's metrics, then the process's. */
  text(): Promise<string>;
}

let processRegistry: Registry | null = null;

/** The default metrics are collected once per process, however many servers it runs (tests). */
function processMetrics(): Registry {
  if (processRegistry === null) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

export function prometheusMetrics(metrics: Metrics, relay: RelaySizes): PrometheusMetrics {
  const registry = new Registry();
  const registers = [registry];
  /** A counter whose value is read from `Metrics` at scrape time. */
  const counter = (name: string, help: string, read: () => number) =>
    new Counter({
      name,
      help,
      registers,
      collect() {
        this.reset();
        this.inc(read());
      },
    });
  /** The same, one series per label value. */
  const labelledCounter = (
    name: string,
    help: string,
    label: string,
    read: () => Record<string, number>,
  ) =>
    new Counter({
      name,
      help,
      labelNames: [label],
      registers,
      collect() {
        this.reset();
        for (const [value, count] of Object.entries(read())) this.inc({ [label]: value }, count);
      },
    });

  new Gauge({
    name: 'werkbord_rooms_loaded',
    help: 'Documents (rooms) in memory.',
    registers,
    collect() {
      this.set(relay.roomCount);
    },
  });
  new Gauge({
    name: 'werkbord_connections',
    help: 'Open WebSocket connections, by role (pending: not yet admitted).',
    labelNames: ['role'],
    registers,
    collect() {
      const counts = relay.connectionsByRole();
      // Every role from zero, so a dashboard has its series before the first connection.
      for (const role of [...ROLES, 'pending']) this.set({ role }, counts[role] ?? 0);
    },
  });
  counter(
    'werkbord_messages_received_total',
    'WebSocket messages received from clients.',
    () => metrics.messagesIn,
  );
  counter(
    'werkbord_messages_sent_total',
    'WebSocket messages sent to clients.',
    () => metrics.messagesOut,
  );
  counter(
    'werkbord_updates_stored_total',
    'Yjs updates written to storage.',
    () => metrics.updatesStored,
  );
  labelledCounter(
    'werkbord_updates_refused_total',
    'Updates refused or taken back, by reason (the relay core and its extensions).',
    'reason',
    () => metrics.updatesRefusedByReason,
  );
  counter(
    'werkbord_updates_held_back_total',
    'Updates dropped because they build on what the room lacks (the sender resyncs).',
    () => metrics.updatesHeldBack,
  );
  labelledCounter(
    'werkbord_presence_refused_total',
    'Presence (awareness) states dropped, by reason.',
    'reason',
    () => metrics.presenceRefused,
  );
  counter('werkbord_compactions_total', 'Documents compacted.', () => metrics.compactions);
  counter(
    'werkbord_connections_rejected_total',
    'Connections closed for a malformed message, the rate limit or a full room.',
    () => metrics.connectionsRejected,
  );
  counter(
    'werkbord_slow_connections_dropped_total',
    'Connections dropped because they read slower than their room writes.',
    () => metrics.slowConnectionsDropped,
  );
  labelledCounter(
    'werkbord_cluster_routed_total',
    'Several processes: board connections and requests served here or forwarded to the owner.',
    'route',
    () => metrics.clusterRouted,
  );
  counter(
    'werkbord_records_skipped_total',
    'Unreadable elements of stored records skipped by a reader (harvest, snapshots).',
    () => metrics.recordsSkipped,
  );

  const perProcess = processMetrics();
  return {
    contentType: registry.contentType,
    async text() {
      return `${await registry.metrics()}\n${await perProcess.metrics()}`;
    },
  };
}
