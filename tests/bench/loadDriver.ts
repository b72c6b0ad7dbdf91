/**
 * Drives the load against one server: spreads whole rooms over worker threads, starts them on one
 * shared schedule, and merges what they measured.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import {
  now,
  type GoMessage,
  type RoomSpec,
  type WorkerInput,
  type WorkerMessage,
  type WorkerResult,
} from './loadProtocol.js';
import { summarize, type LatencySummary } from './stats.js';

export interface LoadParams {
  url: string;
  /** Several servers: each room's clients are spread over them (see `WorkerInput.urls`). */
  urls?: string[];
  rooms: RoomSpec[];
  clientsPerRoom: number;
  rate: number;
  warmupSeconds: number;
  seconds: number;
  drainSeconds: number;
  workers: number;
}

/** Called when the measured window opens and closes, to sample the server around it. */
export interface WindowHooks {
  onWindowStart(): void;
  onWindowEnd(): void;
}

export interface LoadResult {
  /** Length of the measured window. */
  seconds: number;
  latency: LatencySummary;
  sent: number;
  delivered: number;
  expected: number;
  deliveredPerSecond: number;
  /** Slowest worker's time to connect and sync all its clients, in ms. */
  connectMs: number;
  closes: Record<string, number>;
  /** Worst worker's event-loop lag and busy fraction during the window. */
  lag: WorkerResult['lag'];
  utilization: number;
}

const CONNECT_TIMEOUT_MS = 30_000;
/** Time for the `go` message to reach every worker before the first send. */
const GO_LEAD_MS = 250;

export async function runLoad(params: LoadParams, hooks: WindowHooks): Promise<LoadResult> {
  const groups = Array.from({ length: params.workers }, (_, w) =>
    params.rooms.filter((_, r) => r % params.workers === w),
  );
  const workers = groups.map(
    (rooms) =>
      new Worker(new URL('./loadWorker.boot.mjs', import.meta.url), {
        workerData: {
          url: params.url,
          urls: params.urls,
          rooms,
          clientsPerRoom: params.clientsPerRoom,
          rate: params.rate,
          connectTimeoutMs: CONNECT_TIMEOUT_MS,
        } satisfies WorkerInput,
      }),
  );
  try {
    await Promise.all(
      workers.map((worker) => nextMessage(worker, 'ready', CONNECT_TIMEOUT_MS + 5_000)),
    );

    const sendFrom = now() + GO_LEAD_MS;
    const measureStart = sendFrom + params.warmupSeconds * 1000;
    const measureEnd = measureStart + params.seconds * 1000;
    const go: GoMessage = {
      type: 'go',
      sendFrom,
      measureStart,
      measureEnd,
      drainEnd: measureEnd + params.drainSeconds * 1000,
    };
    const results = Promise.all(
      workers.map((worker) => nextMessage(worker, 'result', go.drainEnd - now() + 15_000)),
    );
    results.catch(() => {}); // awaited below, after the window; a failure is not unhandled
    for (const worker of workers) worker.postMessage(go);

    await sleep(measureStart - now());
    hooks.onWindowStart();
    await sleep(measureEnd - now());
    hooks.onWindowEnd();

    return merge(
      (await results).map((message) => message.result),
      params.seconds,
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

function merge(results: WorkerResult[], seconds: number): LoadResult {
  const sum = (pick: (result: WorkerResult) => number) =>
    results.reduce((total, result) => total + pick(result), 0);
  const worst = (pick: (result: WorkerResult) => number) => Math.max(...results.map(pick));
  const closes: Record<string, number> = {};
  for (const result of results) {
    for (const [code, count] of Object.entries(result.closes)) {
      closes[code] = (closes[code] ?? 0) + count;
    }
  }
  const delivered = sum((result) => result.delivered);
  return {
    seconds,
    latency: summarize(results.map((result) => result.latencies)),
    sent: sum((result) => result.sent),
    delivered,
    expected: sum((result) => result.expected),
    deliveredPerSecond: delivered / seconds,
    connectMs: worst((result) => result.connectMs),
    closes,
    lag: {
      p50: worst((result) => result.lag.p50),
      p99: worst((result) => result.lag.p99),
      max: worst((result) => result.lag.max),
    },
    utilization: worst((result) => result.utilization),
  };
}

type Reply<T extends WorkerMessage['type']> = Extract<WorkerMessage, { type: T }>;

/** The worker's next message of `type`; rejects on its error report, crash, exit or timeout. */
function nextMessage<T extends 'ready' | 'result'>(
  worker: Worker,
  type: T,
  timeoutMs: number,
): Promise<Reply<T>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => finish(new Error(`no "${type}" from a load worker`)), timeoutMs);
    const onMessage = (message: WorkerMessage) => {
      if (message.type === 'error') finish(new Error(`load worker: ${message.message}`));
      else if (message.type === type) finish(undefined, message as Reply<T>);
    };
    const onError = (error: Error) => finish(error);
    const onExit = (code: number) => finish(new Error(`load worker exited (${code})`));
    function finish(error: Error | undefined, message?: Reply<T>) {
      clearTimeout(timer);
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      if (message !== undefined) resolve(message);
      else reject(error);
    }
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
  });
}
