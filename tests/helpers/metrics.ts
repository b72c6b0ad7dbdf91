/**
 * The server's counters as the tests read them: `GET /metrics` (Prometheus text) parsed into one
 * object with a field per metric, so that a test names what it checks in a word.
 */
import { byLabel, parsePrometheus, sampleValue } from './prometheus.js';

export interface MetricsView {
  roomsLoaded: number;
  connections: number;
  /** Open connections by role (`pending`: not yet admitted). */
  connectionsByRole: Record<string, number>;
  messagesIn: number;
  messagesOut: number;
  updatesStored: number;
  updatesRefused: number;
  updatesRefusedByReason: Record<string, number>;
  updatesHeldBack: number;
  compactions: number;
  connectionsRejected: number;
  slowConnectionsDropped: number;
  recordsSkipped: number;
  presenceRefused: Record<string, number>;
}

export async function fetchMetricsText(url: string, init?: RequestInit): Promise<string> {
  const response = await fetch(url, init);
  if (response.status !== 200) throw new Error(`GET ${url}: ${response.status}`);
  return response.text();
}

/** `httpUrl` is the server's origin; `/metrics` is read from it. */
export async function fetchMetrics(httpUrl: string, init?: RequestInit): Promise<MetricsView> {
  const samples = parsePrometheus(await fetchMetricsText(`${httpUrl}/metrics`, init));
  const value = (name: string) => {
    const found = sampleValue(samples, name);
    if (found === undefined) throw new Error(`/metrics lacks ${name}`);
    return found;
  };
  const updatesRefusedByReason = byLabel(samples, 'werkbord_updates_refused_total', 'reason');
  const connectionsByRole = byLabel(samples, 'werkbord_connections', 'role');
  const sum = (values: Record<string, number>) =>
    Object.values(values).reduce((total, count) => total + count, 0);
  return {
    roomsLoaded: value('werkbord_rooms_loaded'),
    connections: sum(connectionsByRole),
    connectionsByRole,
    messagesIn: value('werkbord_messages_received_total'),
    messagesOut: value('werkbord_messages_sent_total'),
    updatesStored: value('werkbord_updates_stored_total'),
    updatesRefused: sum(updatesRefusedByReason),
    updatesRefusedByReason,
    updatesHeldBack: value('werkbord_updates_held_back_total'),
    compactions: value('werkbord_compactions_total'),
    connectionsRejected: value('werkbord_connections_rejected_total'),
    slowConnectionsDropped: value('werkbord_slow_connections_dropped_total'),
    recordsSkipped: value('werkbord_records_skipped_total'),
    presenceRefused: byLabel(samples, 'werkbord_presence_refused_total', 'reason'),
  };
}
