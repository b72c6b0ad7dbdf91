/**
 * Messages between the load driver (main thread) and its load workers. A run goes:
 *   worker: connect every client, wait until all are synced  → `ready`
 *   main:   pick one schedule for all workers                 → `go`
 *   worker: send from `sendFrom`, count sends and deliveries stamped in [measureStart, measureEnd),
 *           stop sending at `measureEnd`, wait until `drainEnd`  → `result`
 * Times are epoch milliseconds from `now()`, comparable across threads.
 */

/** One room to load: its y-websocket room name and the URL parameters its clients connect with. */
export interface RoomSpec {
  room: string;
  params: Record<string, string>;
}

export interface WorkerInput {
  /** y-websocket server URL; the stock client appends `/<room>`. */
  url: string;
  /**
   * Several servers of one cluster: client i of the r-th room connects to `urls[(r + i) % n]`,
   * so every room has clients on every server (no load balancer routing by board).
   */
  urls?: string[];
  rooms: RoomSpec[];
  clientsPerRoom: number;
  /** Updates per second per client. */
  rate: number;
  connectTimeoutMs: number;
}

export interface GoMessage {
  type: 'go';
  sendFrom: number;
  measureStart: number;
  measureEnd: number;
  drainEnd: number;
}

export interface WorkerResult {
  /** Delivery latencies in ms, one per (update sent in the window, other client in its room). */
  latencies: Float64Array;
  /** Updates sent in the window. */
  sent: number;
  /** Deliveries of those updates that arrived before `drainEnd`. */
  delivered: number;
  /** `sent × (clients per room − 1)`: the deliveries a lossless relay makes. */
  expected: number;
  /** Milliseconds from the first connect until every client of this worker was synced. */
  connectMs: number;
  /** Close codes the clients saw over the whole run, and how often. */
  closes: Record<string, number>;
  /** This worker's event loop during the window: lag beyond the timer's own period, in ms. */
  lag: { p50: number; p99: number; max: number };
  /** Fraction of the window the worker's event loop was busy (0–1). */
  utilization: number;
}

export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'result'; result: WorkerResult }
  | { type: 'error'; message: string };

/** Epoch milliseconds with sub-millisecond resolution, consistent between worker threads. */
export function now(): number {
  return performance.timeOrigin + performance.now();
}
