/**
 * A load worker: runs whole rooms of `BenchClient`s on its own thread, so sender and receivers of
 * an update always share a clock and the main thread stays free. See loadProtocol.ts for the flow.
 */
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { BenchClient, type Stamp } from './BenchClient.js';
import {
  now,
  type GoMessage,
  type WorkerInput,
  type WorkerMessage,
  type WorkerResult,
} from './loadProtocol.js';
import { SampleBuffer } from './stats.js';

/** Timer period of the event-loop monitor; its samples are that period plus the lag. */
const LAG_RESOLUTION_MS = 10;
/** y-protocols' awareness check period (outdatedTimeout / 10); see [1]. */
const CONNECT_SPREAD_MS = 3_000;

const port = (() => {
  if (parentPort === null) throw new Error('loadWorker.ts runs as a worker thread');
  return parentPort;
})();
// Every WebsocketProvider adds a process 'exit' listener; hundreds are expected here.
process.setMaxListeners(0);

const post = (message: WorkerMessage) => port.postMessage(message);

async function run(input: WorkerInput): Promise<void> {
  let window = { start: Infinity, end: -Infinity };
  const inWindow = (t: number) => t >= window.start && t < window.end;
  const latencies = new SampleBuffer();
  const closes: Record<string, number> = {};
  let delivered = 0;
  let sent = 0;

  const sink = {
    delivered(stamp: Stamp, receivedAt: number) {
      if (!inWindow(stamp.t)) return;
      latencies.push(receivedAt - stamp.t);
      delivered++;
    },
    closed(code: number) {
      closes[code] = (closes[code] ?? 0) + 1;
    },
  };

  // Clients join at random moments over CONNECT_SPREAD_MS rather than all at once. [1]
  const connectStart = now();
  const clients: BenchClient[] = [];
  const joins = input.rooms.flatMap((room, r) =>
    Array.from({ length: input.clientsPerRoom }, async (_, i) => {
      await sleep(Math.random() * CONNECT_SPREAD_MS);
      const url = input.urls?.[(r + i) % input.urls.length] ?? input.url;
      const client = new BenchClient(url, room, `${room.room}#${i}`, sink);
      clients.push(client);
      await client.synced();
    }),
  );
  const timeout = sleep(input.connectTimeoutMs, 'timeout' as const, { ref: false });
  if ((await Promise.race([Promise.all(joins), timeout])) === 'timeout') {
    const synced = clients.filter((client) => client.provider.synced).length;
    throw new Error(
      `only ${synced} of ${joins.length} clients synced within ${input.connectTimeoutMs} ms; ` +
        `close codes seen: ${JSON.stringify(closes)}`,
    );
  }
  const connectMs = now() - connectStart;
  post({ type: 'ready' });

  const go = await new Promise<GoMessage>((resolve) =>
    port.once('message', (message: GoMessage) => resolve(message)),
  );
  window = { start: go.measureStart, end: go.measureEnd };

  // Each client sends every `period` ms from a random phase, so the room does not fire in lockstep.
  const period = 1000 / input.rate;
  const timers: NodeJS.Timeout[] = [];
  for (const client of clients) {
    const first = go.sendFrom + Math.random() * period - now();
    const sendOne = () => {
      if (inWindow(client.send().t)) sent++;
    };
    timers.push(
      setTimeout(() => {
        sendOne();
        timers.push(setInterval(sendOne, period));
      }, first),
    );
  }

  await sleep(go.measureStart - now());
  const lag = monitorEventLoopDelay({ resolution: LAG_RESOLUTION_MS });
  lag.enable();
  const elu = performance.eventLoopUtilization();
  await sleep(go.measureEnd - now());
  for (const timer of timers) clearTimeout(timer);
  lag.disable();
  const utilization = performance.eventLoopUtilization(elu).utilization;

  await sleep(go.drainEnd - now());
  const lagMs = (ns: number) => Math.max(0, ns / 1e6 - LAG_RESOLUTION_MS);
  const result: WorkerResult = {
    latencies: latencies.toArray(),
    sent,
    delivered,
    expected: sent * (input.clientsPerRoom - 1),
    connectMs,
    closes,
    lag: { p50: lagMs(lag.percentile(50)), p99: lagMs(lag.percentile(99)), max: lagMs(lag.max) },
    utilization,
  };
  port.postMessage({ type: 'result', result } satisfies WorkerMessage, [
    result.latencies.buffer as ArrayBuffer,
  ]);
  for (const client of clients) client.destroy();
}

run(workerData as WorkerInput).catch((error: unknown) => {
  post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
});

/* [1] Each provider's awareness renews its state on a 3-second check timer started when the
       provider is created, every 15–18 s. Created in the same instant, all clients renew in the same
       instant: a burst of K × N × (N − 1) awareness deliveries inside the window that dominated the
       p99 latency of both servers. Spread over one check period, the renewals are spread too. */
