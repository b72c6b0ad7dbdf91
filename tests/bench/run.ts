/**
 * `pnpm bench`: the same load against the reference y-websocket server and against Werkbord's
 * relay, one after the other, each server in its own process; prints the figures side by side and
 * writes them to tests/artifacts/bench/latest.json. Figures, not a pass/fail test.
 *
 * Load: K rooms × N stock y-websocket clients (load workers, loadWorker.ts), each setting its key
 * in a shared Y.Map R times a second from a random phase. Latency is measured per delivery, from
 * the sender's send to each other client's observe, on one clock. Server CPU and RSS come from
 * /proc/<pid> of the server process over the measured window.
 */
import { fileURLToPath } from 'node:url';
import { runLoad } from './loadDriver.js';
import { parseOptions, USAGE, type BenchOptions } from './options.js';
import { cpuMeter, memory } from './procStats.js';
import { medianOf } from './stats.js';
import {
  formatReport,
  writeJson,
  type HostFigures,
  type ServerFigures,
  type TargetRun,
} from './report.js';
import { killChildren } from './serverProcess.js';
import { TARGETS, type Target } from './targets.js';

const RESULTS = fileURLToPath(new URL('../artifacts/bench/latest.json', import.meta.url));

async function runTarget(target: Target, options: BenchOptions): Promise<TargetRun> {
  const server = await target.describe();
  let running;
  try {
    running = await target.start(options);
  } catch (error) {
    return { name: target.name, server, ok: false, error: errorText(error) };
  }
  const serverCpu = cpuMeter(running.server.pid);
  const benchCpu = cpuMeter('self');
  const machineCpu = cpuMeter('machine');
  let figures: ServerFigures | undefined;
  let host: HostFigures | undefined;
  try {
    const load = await runLoad(
      {
        url: running.url,
        rooms: running.rooms,
        clientsPerRoom: options.clients,
        rate: options.rate,
        warmupSeconds: options.warmup,
        seconds: options.seconds,
        drainSeconds: options.drain,
        workers: options.workers,
      },
      {
        onWindowStart() {
          serverCpu.start();
          benchCpu.start();
          machineCpu.start();
        },
        onWindowEnd() {
          const cpuPercent = serverCpu.stop();
          const benchCpuPercent = benchCpu.stop();
          // /proc/stat counts in 10 ms ticks: clamp the rounding below zero.
          const otherCpuPercent = Math.max(0, machineCpu.stop() - cpuPercent - benchCpuPercent);
          const { rssMb, peakRssMb } = memory(running.server.pid);
          figures = { cpuPercent, rssMaxMb: peakRssMb, rssEndMb: rssMb };
          host = { benchCpuPercent, otherCpuPercent };
        },
      },
    );
    if (figures === undefined || host === undefined) throw new Error('the window never closed');
    return { name: target.name, server, ok: true, load, figures, host };
  } catch (error) {
    const output = running.server.output();
    return {
      name: target.name,
      server,
      ok: false,
      error: `${errorText(error)}${output ? `\nlast server output:\n${output}` : ''}`,
    };
  } finally {
    await running.stop();
  }
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2), process.env);
  if (options === 'help') {
    console.log(USAGE);
    return 0;
  }
  // However a run goes wrong, the bench ends and takes its servers with it.
  const budgetSeconds =
    options.rounds *
      options.targets.length *
      (60 + options.warmup + options.seconds + options.drain) +
    30;
  setTimeout(() => {
    console.error(`bench: gave up after ${budgetSeconds} s`);
    killChildren();
    process.exit(1);
  }, budgetSeconds * 1000).unref();

  const rounds: TargetRun[][] = [];
  for (let round = 0; round < options.rounds; round++) {
    // ABBA…: a machine that gets busier or quieter during the run favours neither target.
    const order = round % 2 === 0 ? options.targets : [...options.targets].reverse();
    const runs: TargetRun[] = [];
    for (const name of order) {
      console.error(`bench: round ${round + 1}/${options.rounds}, ${name} …`);
      runs.push(await runTarget(TARGETS[name], options));
    }
    rounds.push(runs);
  }
  const summary = options.targets.map((name) =>
    combineRounds(rounds.map((runs) => runs.find((run) => run.name === name))),
  );
  console.log(formatReport(options, summary, rounds));
  await writeJson(RESULTS, options, summary, rounds);
  console.log(`\nFigures written to ${RESULTS}`);
  return summary.every((run) => run.ok) ? 0 : 1;
}

/** One target's rounds as one run: the median of every figure, or the first failure. */
function combineRounds(runs: (TargetRun | undefined)[]): TargetRun {
  const [first] = runs;
  if (first === undefined) throw new Error('no rounds');
  const failed = runs.find((run) => run === undefined || !run.ok);
  if (failed !== undefined) return failed;
  return medianOf(runs as TargetRun[]);
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    killChildren();
    process.exit(1);
  },
);
