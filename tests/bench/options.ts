/**
 * Run parameters of the benchmark: defaults, the `--quick` preset, then environment variables
 * (`BENCH_ROOMS`, …), then command-line flags (`--rooms`, …), the last one winning.
 */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';

export const TARGET_NAMES = ['reference', 'werkbord'] as const;
export type TargetName = (typeof TARGET_NAMES)[number];

export interface BenchOptions {
  /** K: rooms (one board each on Werkbord). */
  rooms: number;
  /** N: stock y-websocket clients per room. */
  clients: number;
  /** R: updates per second sent by each client. */
  rate: number;
  /** D: length of the measured window, in seconds. */
  seconds: number;
  /** Seconds of load before the measured window starts. */
  warmup: number;
  /** Seconds after the window for in-flight updates to arrive; later ones count as lost. */
  drain: number;
  /** Worker threads the clients are spread over (whole rooms per worker). */
  workers: number;
  /** Rounds over all targets, alternating their order; the report shows each figure's median. */
  rounds: number;
  targets: TargetName[];
}

const DEFAULTS: BenchOptions = {
  rooms: 20,
  clients: 25,
  rate: 2,
  seconds: 20,
  warmup: 3,
  drain: 2,
  // The server needs a core of its own; the clients get the rest, at least two threads. [1]
  workers: Math.max(2, availableParallelism() - 1),
  rounds: 1,
  targets: [...TARGET_NAMES],
};

const QUICK: Partial<BenchOptions> = { rooms: 4, clients: 5, seconds: 4, warmup: 1, workers: 1 };

const NUMERIC = [
  'rooms',
  'clients',
  'rate',
  'seconds',
  'warmup',
  'drain',
  'workers',
  'rounds',
] as const;

export const USAGE = `Usage: pnpm bench [-- options]
  --rooms K      rooms                          (BENCH_ROOMS,   default ${DEFAULTS.rooms})
  --clients N    clients per room               (BENCH_CLIENTS, default ${DEFAULTS.clients})
  --rate R       updates per second per client  (BENCH_RATE,    default ${DEFAULTS.rate})
  --seconds D    measured seconds               (BENCH_SECONDS, default ${DEFAULTS.seconds})
  --warmup S     warm-up seconds                (BENCH_WARMUP,  default ${DEFAULTS.warmup})
  --drain S      seconds to wait for stragglers (BENCH_DRAIN,   default ${DEFAULTS.drain})
  --workers W    load-generator worker threads  (BENCH_WORKERS, default ${DEFAULTS.workers})
  --rounds n     rounds, alternating target order; medians reported (BENCH_ROUNDS, default 1)
  --targets a,b  servers, comma-separated: ${TARGET_NAMES.join(',')} (BENCH_TARGETS)
  --quick        small preset: ${JSON.stringify(QUICK)}`;

export function parseOptions(argv: string[], env: NodeJS.ProcessEnv): BenchOptions | 'help' {
  const { values } = parseArgs({
    // `pnpm bench -- --quick` passes the `--` on.
    args: argv[0] === '--' ? argv.slice(1) : argv,
    options: {
      quick: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      targets: { type: 'string' },
      ...Object.fromEntries(NUMERIC.map((name) => [name, { type: 'string' as const }])),
    },
  });
  if (values.help) return 'help';
  const options: BenchOptions = { ...DEFAULTS, ...(values.quick ? QUICK : {}) };
  for (const name of NUMERIC) {
    const raw =
      (values as Record<string, string | undefined>)[name] ?? env[`BENCH_${name.toUpperCase()}`];
    if (raw === undefined) continue;
    const value = Number(raw);
    // Rates below one update a second are real (the anchor: 0.234/s); so are short windows.
    const fractional = name === 'rate' || name === 'seconds';
    const min =
      name === 'clients' ? 2 : fractional || name === 'warmup' || name === 'drain' ? 0 : 1;
    const valid = Number.isFinite(value) && (fractional ? value > min : value >= min);
    if (!valid) throw new Error(`--${name} must be ${fractional ? '>' : '≥'} ${min}`);
    options[name] = fractional ? value : Math.round(value);
  }
  const targets = values.targets ?? env.BENCH_TARGETS;
  if (targets !== undefined) options.targets = targets.split(',').map(parseTarget);
  options.workers = Math.min(options.workers, options.rooms);
  return options;
}

function parseTarget(name: string): TargetName {
  const found = TARGET_NAMES.find((target) => target === name.trim());
  if (found === undefined) throw new Error(`unknown target "${name}"`);
  return found;
}

/* [1] Measured on a 2-core machine at the defaults: one worker's event loop is ~98 % busy and
       adds tens of ms of queueing to every delivery; with two, ~60 % and p50 drops from ~40 ms
       to ~6 ms. More threads than cores only add contention. */
