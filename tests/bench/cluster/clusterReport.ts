/** The figures of `pnpm bench:cluster`, side by side, and what they say about one process' capacity. */
import type { LoadResult } from '../loadDriver.js';
import type { BenchOptions } from '../options.js';

export interface ClusterRun {
  name: string;
  processes: number;
  load: LoadResult;
  /** Each process' CPU over the measured window, % of one core. */
  cpuPercents: number[];
  /** Every process on the machine, load generator included. */
  machinePercent: number;
  /** Board connections forwarded to another process / all board connections. */
  forwardedShare: number;
}

const fixed = (value: number, digits: number) =>
  Number.isFinite(value) ? value.toFixed(digits) : '–';

export function formatClusterReport(
  options: BenchOptions,
  runs: ClusterRun[],
  cores: number,
): string {
  const clients = options.rooms * options.clients;
  const rows: [string, (run: ClusterRun) => string][] = [
    ['latency p50 (ms)', (run) => fixed(run.load.latency.p50, 2)],
    ['latency p99 (ms)', (run) => fixed(run.load.latency.p99, 2)],
    ['latency max (ms)', (run) => fixed(run.load.latency.max, 1)],
    ['updates sent/s', (run) => fixed(run.load.sent / run.load.seconds, 0)],
    ['delivered msgs/s', (run) => fixed(run.load.deliveredPerSecond, 0)],
    ['delivered / expected (%)', (run) => fixed((100 * run.load.delivered) / run.load.expected, 2)],
    [
      'CPU per process (% of a core)',
      (run) => run.cpuPercents.map((cpu) => fixed(cpu, 0)).join(' / '),
    ],
    ['CPU, all processes (%)', (run) => fixed(sum(run.cpuPercents), 0)],
    ['CPU per delivery (µs)', (run) => fixed(cpuPerDelivery(run), 1)],
    ['connections forwarded (%)', (run) => fixed(100 * run.forwardedShare, 0)],
    ['machine CPU, all (%)', (run) => fixed(run.machinePercent, 0)],
  ];
  const header = ['', ...runs.map((run) => run.name)];
  const table = [header, ...rows.map(([label, value]) => [label, ...runs.map(value)])];
  const widths = header.map((_, c) => Math.max(...table.map((row) => (row[c] ?? '').length)));
  const lines = table.map((row) =>
    row
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0)))
      .join('  '),
  );
  return [
    `Werkbord cluster bench: ${options.rooms} boards × ${options.clients} clients = ${clients} clients, ` +
      `${options.rate} updates/s each; ${options.seconds} s measured; ${cores} CPU cores for servers, ` +
      'PostgreSQL, Redis and the load generator together',
    '',
    ...lines,
  ].join('\n');
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/** Server CPU (all processes) per delivered message. */
function cpuPerDelivery(run: ClusterRun): number {
  return (sum(run.cpuPercents) / 100 / run.load.deliveredPerSecond) * 1e6;
}

/** The share of a core a process may use before its queue, not its work, sets the latency. [1] */
const CORE_BUDGET = 0.7;

/**
 * Boards of 25 people (each sending `rate` updates a second) one process serves, from the CPU one
 * delivery costs in the single-process runs.
 */
export function capacity(options: BenchOptions, runs: ClusterRun[]): string {
  const people = 25;
  const deliveriesPerBoard = people * options.rate * (people - 1);
  return runs
    .filter((run) => run.processes === 1)
    .map((run) => {
      const boards = Math.floor((CORE_BUDGET * 1e6) / (cpuPerDelivery(run) * deliveriesPerBoard));
      const measured = run.load.latency.p99 < 50 ? 'below' : 'above';
      return (
        `${run.name}: about ${boards} boards of ${people} people at ${options.rate} updates/s each ` +
        `(${fixed(cpuPerDelivery(run), 1)} µs CPU per delivery, ${CORE_BUDGET * 100} % of one core); ` +
        `measured p99 at ${options.rooms} boards: ${fixed(run.load.latency.p99, 1)} ms (${measured} 50 ms)`
      );
    })
    .join('\n');
}

/*
 * [1] An estimate, not a measurement: the load generator shares the machine's two cores with the
 *     servers, so a ramp until p99 reaches 50 ms would measure the generator. Up to about 70 %
 *     of a core the relay's own queueing stays well below its 16 ms broadcast pacing.
 */
