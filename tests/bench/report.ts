/** Prints the runs side by side and writes them as JSON. */
import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname } from 'node:path';
import type { LoadResult } from './loadDriver.js';
import type { BenchOptions, TargetName } from './options.js';

export interface ServerFigures {
  /** CPU during the measured window, % of one core. */
  cpuPercent: number;
  /** Peak RSS over the server's life (VmHWM), MB. */
  rssMaxMb: number;
  /** RSS at the end of the window, MB. */
  rssEndMb: number;
}

/** The rest of the machine during the window, % of one core. */
export interface HostFigures {
  /** The bench process itself: main thread and all load workers. */
  benchCpuPercent: number;
  /** Everything else running on the machine; more than a few % makes the figures noisy. */
  otherCpuPercent: number;
}

export type TargetRun =
  | {
      name: TargetName;
      server: string;
      ok: true;
      load: LoadResult;
      figures: ServerFigures;
      host: HostFigures;
    }
  | { name: TargetName; server: string; ok: false; error: string };

type OkRun = Extract<TargetRun, { ok: true }>;

interface Row {
  label: string;
  value(run: OkRun): number;
  digits: number;
}

const ROWS: Row[] = [
  { label: 'latency p50 (ms)', value: (run) => run.load.latency.p50, digits: 2 },
  { label: 'latency p99 (ms)', value: (run) => run.load.latency.p99, digits: 2 },
  { label: 'latency max (ms)', value: (run) => run.load.latency.max, digits: 2 },
  { label: 'updates sent/s', value: (run) => run.load.sent / run.load.seconds, digits: 0 },
  { label: 'delivered msgs/s', value: (run) => run.load.deliveredPerSecond, digits: 0 },
  {
    label: 'delivered / expected (%)',
    value: (run) => (100 * run.load.delivered) / run.load.expected,
    digits: 2,
  },
  { label: 'server CPU (% of a core)', value: (run) => run.figures.cpuPercent, digits: 1 },
  // Comparable even when a busy machine keeps the clients from sending at the full rate.
  { label: 'server CPU per update (µs)', value: (run) => cpuPerUpdate(run), digits: 1 },
  { label: 'server RSS max (MB)', value: (run) => run.figures.rssMaxMb, digits: 1 },
  { label: 'server RSS end (MB)', value: (run) => run.figures.rssEndMb, digits: 1 },
];

const DIAGNOSTICS: Row[] = [
  { label: 'join (3 s spread) + sync (ms)', value: (run) => run.load.connectMs, digits: 0 },
  { label: 'bench process CPU (%)', value: (run) => run.host.benchCpuPercent, digits: 1 },
  { label: 'other processes CPU (%)', value: (run) => run.host.otherCpuPercent, digits: 1 },
  { label: 'worker loop busy (%)', value: (run) => 100 * run.load.utilization, digits: 1 },
  { label: 'worker loop lag p50 (ms)', value: (run) => run.load.lag.p50, digits: 2 },
  { label: 'worker loop lag p99 (ms)', value: (run) => run.load.lag.p99, digits: 2 },
  { label: 'worker loop lag max (ms)', value: (run) => run.load.lag.max, digits: 2 },
];

export function formatReport(
  options: BenchOptions,
  runs: TargetRun[],
  rounds: TargetRun[][] = [],
): string {
  const ok = runs.filter((run): run is OkRun => run.ok);
  const reference = ok.findIndex((run) => run.name === 'reference');
  const werkbord = ok.findIndex((run) => run.name === 'werkbord');
  const compare = reference >= 0 && werkbord >= 0;
  const header = ['metric', ...ok.map((run) => run.name), ...(compare ? ['ratio w/r'] : [])];
  const line = (row: Row, withRatio: boolean) => {
    const values = ok.map((run) => row.value(run));
    const cells = [row.label, ...values.map((value) => fixed(value, row.digits))];
    if (withRatio && compare) {
      cells.push(fixed((values[werkbord] ?? NaN) / (values[reference] ?? NaN), 2));
    }
    return cells;
  };

  const clients = options.rooms * options.clients;
  const out = [
    `Werkbord bench: ${options.rooms} rooms × ${options.clients} clients = ${clients} clients, ` +
      `${options.rate} updates/s each (${fixed(clients * options.rate, 0)}/s in, ` +
      `${fixed(clients * options.rate * (options.clients - 1), 0)} deliveries/s expected); ` +
      `${options.warmup} s warm-up, ${options.seconds} s measured, ${options.drain} s drain; ` +
      `${options.workers} load worker(s); ${availableParallelism()} CPU cores` +
      (options.rounds > 1 ? `; median of ${options.rounds} interleaved rounds` : ''),
    ...runs.map((run) => `  ${run.name}: ${run.server}`),
    '',
  ];
  if (ok.length > 0) {
    out.push(table([header, ...ROWS.map((row) => line(row, true))]));
    out.push('', 'Load generator and connections (not the server):');
    out.push(table([header.slice(0, ok.length + 1), ...DIAGNOSTICS.map((r) => line(r, false))]));
    for (const run of ok) {
      const closes = Object.entries(run.load.closes).map(([code, n]) => `${n} × code ${code}`);
      if (closes.length > 0) out.push(`  ${run.name}: connections closed: ${closes.join(', ')}`);
    }
  }
  if (rounds.length > 1) out.push('', 'Rounds:', ...rounds.map(formatRound));
  for (const run of runs) if (!run.ok) out.push('', `${run.name} FAILED: ${run.error}`);
  return out.join('\n');
}

/** Server CPU time per update sent in the window, µs. */
function cpuPerUpdate(run: OkRun): number {
  return (run.figures.cpuPercent * 1e4 * run.load.seconds) / Math.max(1, run.load.sent);
}

/** One line per round, to spot a round the rest of the machine disturbed. */
function formatRound(runs: TargetRun[], index: number): string {
  const parts = runs.map((run) => {
    if (!run.ok) return `${run.name} failed`;
    const { p50, p99 } = run.load.latency;
    return (
      `${run.name} p50 ${fixed(p50, 1)} / p99 ${fixed(p99, 1)} ms, ` +
      `CPU ${fixed(run.figures.cpuPercent, 1)} % (${fixed(cpuPerUpdate(run), 0)} µs/update), ` +
      `others ${fixed(run.host.otherCpuPercent, 0)} %`
    );
  });
  return `  ${index + 1}. ${parts.join('; ')}`;
}

export async function writeJson(
  path: string,
  options: BenchOptions,
  summary: TargetRun[],
  rounds: TargetRun[][],
) {
  await mkdir(dirname(path), { recursive: true });
  const json = {
    date: new Date().toISOString(),
    node: process.version,
    cores: availableParallelism(),
    options,
    summary,
    rounds,
  };
  await writeFile(path, `${JSON.stringify(json, null, 2)}\n`);
}

function fixed(value: number, digits: number): string {
  return Number.isFinite(value) ? value.toFixed(digits) : '—';
}

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((row) => row[c]?.length ?? 0))) ?? [];
  const render = (row: string[]) =>
    row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0)));
  const [head, ...body] = rows;
  const rule = widths.map((width) => '-'.repeat(width));
  return [head ?? [], rule, ...body].map((row) => render(row).join('  ')).join('\n');
}
