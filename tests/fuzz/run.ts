/**
 * `pnpm fuzz`: 100,000 malformed and hostile messages at a real Werkbord server (its own process,
 * built from `server/dist`), with honest bystanders editing three fuzzed boards and a quiet one.
 * Prints the figures: bystander delivery p50/p99 without and with the fuzzer, the time a fresh
 * client needs to sync each fuzzed board, and the server's CPU, memory and error lines. The fair
 * comparison on a shared machine is the interleaved one: the fuzzer is paused a third of the time
 * and edits sent while it runs are compared with edits sent while it is paused. Figures,
 * not a test (the gate runs a short seeded fuzz in tests/integration/fuzz.test.ts).
 *
 *   pnpm fuzz                        100,000 messages, seed 1, one hostile connection at a time
 *   pnpm fuzz -- --messages 20000 --seed 7 --concurrency 8 --baseline 10
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { spawn } from 'node:child_process';
import { contentRoom, controlRoom } from '@werkbord/shared';
import { cpuMeter, memory } from '../bench/procStats.js';
import { freePort, killChildren, spawnServer } from '../bench/serverProcess.js';
import { percentile } from '../bench/stats.js';
import { createBoard, type TestBoard } from '../helpers/boards.js';
import { fetchMetrics } from '../helpers/metrics.js';
import { destroyClients, syncedClient } from '../helpers/syncClients.js';
import { waitFor } from '../helpers/waitFor.js';
import { Bystanders } from './bystanders.js';
import { fuzz, type FuzzOptions } from './fuzzer.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const RESULTS = join(repoRoot, 'tests/artifacts/fuzz/latest.json');
const BYSTANDER_INTERVAL_MS = 50;

function options() {
  const { values } = parseArgs({
    // `pnpm fuzz -- --seed 7` hands the `--` on as well.
    args: process.argv.slice(2).filter((arg) => arg !== '--'),
    strict: true,
    options: {
      messages: { type: 'string', default: '100000' },
      seed: { type: 'string', default: '1' },
      concurrency: { type: 'string', default: '1' },
      baseline: { type: 'string', default: '20' },
      // The fuzzer in this process instead of its own (for a quick look; it then competes with
      // the bystanders for CPU).
      'in-process': { type: 'boolean', default: false },
    },
  });
  return {
    messages: Number(values.messages),
    seed: Number(values.seed),
    concurrency: Number(values.concurrency),
    baselineSeconds: Number(values.baseline),
    inProcess: values['in-process'] === true,
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function latencyFigures(samples: number[]) {
  const sorted = Float64Array.from(samples).sort();
  return {
    count: sorted.length,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? NaN,
  };
}

/**
 * The fuzzer is paused (SIGSTOP) for `PAUSE_MS` out of every `CYCLE_MS`, so bystander edits
 * sent while it runs and while it is paused are measured under the same load of the rest of the
 * machine: the fair comparison on a box shared with other work. Edits sent within `SETTLE_MS`
 * of a switch count for neither.
 */
const CYCLE_MS = 12_000;
const PAUSE_MS = 4_000;
const SETTLE_MS = 1_000;

interface Switch {
  at: number;
  running: boolean;
}

/** Stops and continues `pid` in cycles until the returned function is called. */
function alternate(pid: number, switches: Switch[]): () => void {
  let timer: NodeJS.Timeout | undefined;
  const run = () => {
    process.kill(pid, 'SIGCONT');
    switches.push({ at: performance.now(), running: true });
    timer = setTimeout(pause, CYCLE_MS - PAUSE_MS);
  };
  const pause = () => {
    process.kill(pid, 'SIGSTOP');
    switches.push({ at: performance.now(), running: false });
    timer = setTimeout(run, PAUSE_MS);
  };
  switches.push({ at: performance.now(), running: true });
  timer = setTimeout(pause, CYCLE_MS - PAUSE_MS);
  return () => {
    clearTimeout(timer);
    process.kill(pid, 'SIGCONT');
  };
}

/** Whether the fuzzer ran when `at` was, or `null` near a switch. */
function phaseAt(switches: readonly Switch[], at: number): boolean | null {
  let phase: Switch | undefined;
  let next: Switch | undefined;
  for (const entry of switches) {
    if (entry.at <= at) phase = entry;
    else {
      next = entry;
      break;
    }
  }
  if (phase === undefined || at - phase.at < SETTLE_MS) return null;
  if (next !== undefined && next.at - at < SETTLE_MS) return null;
  return phase.running;
}

/** Runs the fuzzer in its own process at the lowest priority (`nice`), as from another host. */
async function runFuzzer(fuzzOptions: FuzzOptions, switches: Switch[]) {
  const script = fileURLToPath(new URL('./fuzzProcess.ts', import.meta.url));
  const child = spawn(
    'nice',
    ['-n', '19', process.execPath, '--import', 'tsx', script, JSON.stringify(fuzzOptions)],
    { cwd: repoRoot, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] },
  );
  // `nice` execs node, so the child's pid is the fuzzer's.
  const stopAlternating = child.pid === undefined ? () => {} : alternate(child.pid, switches);
  try {
    return await new Promise<FuzzSummary>((resolve, reject) => {
      child.once('message', (message) => resolve(message as FuzzSummary));
      child.once('exit', (code) => reject(new Error(`the fuzzer exited with ${code}`)));
    });
  } finally {
    stopAlternating();
  }
}

interface FuzzSummary {
  messages: number;
  connections: number;
  closes: Record<string, number>;
}

async function main() {
  // Every stock y-websocket client in Node adds a process `exit` listener.
  process.setMaxListeners(100);
  const { messages, seed, concurrency, baselineSeconds, inProcess } = options();
  const serverMain = join(repoRoot, 'server/dist/main.js');
  if (!existsSync(serverMain)) throw new Error('build the server first (pnpm fuzz does)');
  const dataDir = await mkdtemp(join(tmpdir(), 'werkbord-fuzz-'));
  const port = await freePort();
  const errorLines: string[] = [];
  const server = await spawnServer({
    script: process.env.FUZZ_SERVER_SCRIPT ?? serverMain,
    port,
    readyPath: '/healthz',
    env: {
      HOST: '127.0.0.1',
      PORT: String(port),
      WERKBORD_DATA_DIR: dataDir,
      WERKBORD_AUTO_SNAPSHOT_MINUTES: '0',
      LOG_LEVEL: 'warn',
    },
    onLine: (line) => {
      if (/"level":(50|60)/.test(line)) errorLines.push(line);
    },
  });
  const httpUrl = `http://127.0.0.1:${port}`;
  const syncUrl = `ws://127.0.0.1:${port}/sync`;
  try {
    const fuzzed: TestBoard[] = [];
    for (const werkvorm of ['stakeholdermap', 'historielijn', 'leeg-bord']) {
      fuzzed.push(await createBoard(httpUrl, 'Gefuzzd', werkvorm));
    }
    const quiet = await createBoard(httpUrl, 'Rustig');
    const bystanders = await Promise.all(
      [...fuzzed, quiet].map((board) => Bystanders.join(syncUrl, board)),
    );
    const latencies = () => bystanders.flatMap((pair) => pair.latencies);
    const cpu = cpuMeter(server.pid);

    console.log(
      `Baseline: ${bystanders.length} bystander pairs, one edit each every ${BYSTANDER_INTERVAL_MS} ms, ${baselineSeconds} s…`,
    );
    for (const pair of bystanders) pair.start(BYSTANDER_INTERVAL_MS);
    cpu.start();
    await sleep(baselineSeconds * 1000);
    const baselineCpu = cpu.stop();
    const baseline = latencyFigures(latencies());
    for (const pair of bystanders) {
      pair.latencies.length = 0;
      pair.sentAt.length = 0;
    }

    console.log(
      `Fuzzing: ${messages.toLocaleString('en')} messages, seed ${seed}, ${concurrency} at a time…`,
    );
    const started = performance.now();
    cpu.start();
    const fuzzOptions = { syncUrl, boards: fuzzed, seed, messages, concurrency };
    const switches: Switch[] = [];
    const result = inProcess
      ? await fuzz(fuzzOptions).then((r) => ({ ...r, closes: Object.fromEntries(r.closes) }))
      : await runFuzzer(fuzzOptions, switches);
    const fuzzSeconds = (performance.now() - started) / 1000;
    const fuzzCpu = cpu.stop();
    const during = latencyFigures(latencies());
    for (const pair of bystanders) pair.stop();
    await waitFor(
      'the bystanders to converge',
      () => bystanders.every((pair) => pair.converged()),
      {
        timeoutMs: 30_000,
      },
    );
    const quietDuring = latencyFigures(bystanders.at(-1)?.latencies ?? []);
    // The interleaved comparison: edits sent while the fuzzer ran against those sent while it
    // was paused, within the same minutes.
    const byPhase = { running: [] as number[], paused: [] as number[] };
    for (const pair of bystanders) {
      pair.latencies.forEach((latency, i) => {
        const running = phaseAt(switches, pair.sentAt[i] ?? 0);
        if (running !== null) byPhase[running ? 'running' : 'paused'].push(latency);
      });
    }
    const interleaved = {
      running: latencyFigures(byPhase.running),
      paused: latencyFigures(byPhase.paused),
    };

    const fresh: Array<{
      board: string;
      contentMs: number;
      controlMs: number;
      contentBytes: number;
      harvest: number;
    }> = [];
    for (const board of fuzzed) {
      const t0 = performance.now();
      const content = await syncedClient(syncUrl, contentRoom(board.boardId), board.tokens.viewer);
      const contentMs = performance.now() - t0;
      const t1 = performance.now();
      await syncedClient(syncUrl, controlRoom(board.boardId), board.tokens.viewer);
      const controlMs = performance.now() - t1;
      const harvest = (
        await fetch(`${httpUrl}/api/boards/${board.boardId}/harvest?t=${board.tokens.viewer}`)
      ).status;
      const { encodeStateAsUpdate } = await import('yjs');
      fresh.push({
        board: board.boardId,
        contentMs,
        controlMs,
        contentBytes: encodeStateAsUpdate(content.doc).length,
        harvest,
      });
    }
    const healthy = (await fetch(`${httpUrl}/healthz`)).status === 200;
    const metrics = await fetchMetrics(httpUrl);
    const mem = memory(server.pid);

    const ms = (value: number) => `${value.toFixed(1)} ms`;
    console.log('\nBystander delivery (send → other client observes), all four boards:');
    console.log(
      `  without the fuzzer  p50 ${ms(baseline.p50)}  p99 ${ms(baseline.p99)}  max ${ms(baseline.max)}  (${baseline.count} deliveries)`,
    );
    console.log(
      `  with the fuzzer     p50 ${ms(during.p50)}  p99 ${ms(during.p99)}  max ${ms(during.max)}  (${during.count} deliveries)`,
    );
    console.log(
      `  quiet board only    p50 ${ms(quietDuring.p50)}  p99 ${ms(quietDuring.p99)}  max ${ms(quietDuring.max)}`,
    );
    console.log(`  p99 ratio with / without: ${(during.p99 / baseline.p99).toFixed(2)}×`);
    if (switches.length > 0) {
      const { running, paused } = interleaved;
      console.log(
        `Interleaved (fuzzer paused ${PAUSE_MS / 1000} s of every ${CYCLE_MS / 1000} s, same minutes, same load of the machine):`,
      );
      console.log(
        `  fuzzer paused       p50 ${ms(paused.p50)}  p99 ${ms(paused.p99)}  max ${ms(paused.max)}  (${paused.count} deliveries)`,
      );
      console.log(
        `  fuzzer running      p50 ${ms(running.p50)}  p99 ${ms(running.p99)}  max ${ms(running.max)}  (${running.count} deliveries)`,
      );
      console.log(`  p99 ratio running / paused: ${(running.p99 / paused.p99).toFixed(2)}×`);
    }
    console.log(
      `\nFuzzer: ${result.messages.toLocaleString('en')} messages over ${result.connections.toLocaleString('en')} connections in ${fuzzSeconds.toFixed(1)} s (${Math.round(result.messages / fuzzSeconds)} msg/s)`,
    );
    console.log(
      `  how they ended: ${Object.entries(result.closes)
        .map(([code, count]) => `${code}×${count}`)
        .join(', ')}`,
    );
    console.log(
      `Server CPU: ${baselineCpu.toFixed(0)} % of a core without, ${fuzzCpu.toFixed(0)} % with the fuzzer; RSS ${mem.rssMb.toFixed(0)} MB (peak ${mem.peakRssMb.toFixed(0)} MB)`,
    );
    console.log('\nA fresh client on each fuzzed board:');
    for (const row of fresh) {
      console.log(
        `  ${row.board}  content synced in ${ms(row.contentMs)} (${(row.contentBytes / 1024).toFixed(0)} KiB), control in ${ms(row.controlMs)}, harvest ${row.harvest}`,
      );
    }
    console.log(
      `\nServer up: ${healthy}; bystanders converged, never disconnected: ${bystanders.every((pair) => pair.converged())}; error lines in the log: ${errorLines.length}`,
    );
    for (const line of errorLines.slice(0, 5)) console.log(`  ${line}`);
    console.log(
      `Refusals: ${JSON.stringify({ updates: metrics.updatesRefusedByReason, heldBack: metrics.updatesHeldBack, presence: metrics.presenceRefused })}`,
    );

    await mkdir(dirname(RESULTS), { recursive: true });
    await writeFile(
      RESULTS,
      JSON.stringify(
        {
          seed,
          messages,
          concurrency,
          baseline,
          during,
          quietDuring,
          interleaved,
          fuzz: { ...result, seconds: fuzzSeconds },
          cpu: { baseline: baselineCpu, fuzz: fuzzCpu },
          memory: mem,
          fresh,
          healthy,
          errorLines,
          metrics,
        },
        null,
        2,
      ),
    );
    console.log(`\nWritten to ${RESULTS}`);
  } finally {
    destroyClients();
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    killChildren();
    process.exit(1);
  },
);
