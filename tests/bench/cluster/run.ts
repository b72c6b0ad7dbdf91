/**
 * `pnpm bench:cluster`: the relay load (`../loadDriver.ts`) against the single SQLite process and
 * against 1, 2 and 3 Werkbord processes on one PostgreSQL and one Redis, side by side. Each room's
 * clients are spread over the processes (client i of room r on process (r + i) mod P), as when
 * nothing routes by board: most connections are forwarded to the board's owner. With the nginx
 * example (`hash $board consistent`) none would be. Figures, not a test; writes
 * tests/artifacts/bench/cluster.json.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CreateBoardResponse } from '@werkbord/shared';
import { startPostgresCluster } from '../../helpers/postgresCluster.js';
import { startRedisServer } from '../../helpers/redisServer.js';
import { type LoadResult, runLoad } from '../loadDriver.js';
import type { RoomSpec } from '../loadProtocol.js';
import { type BenchOptions, parseOptions, USAGE } from '../options.js';
import { cpuMeter } from '../procStats.js';
import { freePort, killChildren, type ServerProcess, spawnServer } from '../serverProcess.js';
import { capacity, formatClusterReport, type ClusterRun } from './clusterReport.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const MAIN = join(ROOT, 'server/dist/main.js');
const RESULTS = join(ROOT, 'tests/artifacts/bench/cluster.json');

interface Setup {
  name: string;
  processes: number;
  /** PostgreSQL and Redis; `null`: the embedded SQLite file. */
  shared: { databaseUrl: string; redisUrl: string } | null;
}

async function startProcesses(setup: Setup, load: { rate: number; clients: number }) {
  const dataDir = await mkdtemp(join(tmpdir(), 'werkbord-bench-cluster-'));
  const servers: ServerProcess[] = [];
  for (let i = 0; i < setup.processes; i++) {
    const port = await freePort();
    servers.push(
      await spawnServer({
        script: MAIN,
        env: {
          HOST: '127.0.0.1',
          PORT: String(port),
          WERKBORD_DATA_DIR: join(dataDir, String(i)),
          WERKBORD_MAX_MESSAGES_PER_SECOND: String(Math.max(100, Math.ceil(load.rate * 10))),
          WERKBORD_MESSAGE_BURST: String(Math.max(300, Math.ceil(load.rate * 30))),
          WERKBORD_MAX_CLIENTS_PER_ROOM: String(Math.max(200, load.clients * 2)),
          WERKBORD_BOARDS_PER_MINUTE: '0',
          WERKBORD_AUTO_SNAPSHOT_MINUTES: '0',
          ...(setup.shared === null
            ? {}
            : {
                WERKBORD_DATABASE_URL: setup.shared.databaseUrl,
                WERKBORD_REDIS_URL: setup.shared.redisUrl,
              }),
        },
        port,
        readyPath: '/healthz',
      }),
    );
  }
  return {
    servers,
    async stop() {
      await Promise.all(servers.map((server) => server.stop()));
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

async function createRoom(base: string, i: number): Promise<RoomSpec> {
  const response = await fetch(`${base}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ werkvorm: 'leeg-bord', title: `bench ${i}` }),
  });
  if (response.status !== 201) throw new Error(`POST /api/boards → ${response.status}`);
  const { boardId, links } = (await response.json()) as CreateBoardResponse;
  return {
    room: boardId,
    params: { t: new URL(links.participant, base).searchParams.get('t') ?? '' },
  };
}

/** Board connections each process served itself and forwarded (`/metrics`). */
async function routedConnections(base: string): Promise<{ here: number; forwarded: number }> {
  const text = await (await fetch(`${base}/metrics`)).text();
  const count = (route: string) =>
    Number(
      new RegExp(`^werkbord_cluster_routed_total\\{route="${route}"\\} (\\d+)`, 'm').exec(
        text,
      )?.[1] ?? 0,
    );
  return { here: count('websocket-here'), forwarded: count('websocket-forwarded') };
}

async function runSetup(setup: Setup, options: BenchOptions): Promise<ClusterRun> {
  const running = await startProcesses(setup, options);
  try {
    const bases = running.servers.map((server) => `http://127.0.0.1:${server.port}`);
    const rooms: RoomSpec[] = [];
    for (let i = 0; i < options.rooms; i++)
      rooms.push(await createRoom(bases[i % bases.length] ?? '', i));
    const meters = running.servers.map((server) => cpuMeter(server.pid));
    const machine = cpuMeter('machine');
    let cpuPercents: number[] = [];
    let machinePercent = 0;
    const load: LoadResult = await runLoad(
      {
        url: `${bases[0]?.replace('http', 'ws')}/sync`,
        urls: bases.map((base) => `${base.replace('http', 'ws')}/sync`),
        rooms,
        clientsPerRoom: options.clients,
        rate: options.rate,
        warmupSeconds: options.warmup,
        seconds: options.seconds,
        drainSeconds: options.drain,
        workers: options.workers,
      },
      {
        onWindowStart() {
          for (const meter of meters) meter.start();
          machine.start();
        },
        onWindowEnd() {
          cpuPercents = meters.map((meter) => meter.stop());
          machinePercent = machine.stop();
        },
      },
    );
    let here = 0;
    let forwarded = 0;
    if (setup.shared !== null) {
      for (const base of bases) {
        const routed = await routedConnections(base);
        here += routed.here;
        forwarded += routed.forwarded;
      }
    }
    const forwardedShare = here + forwarded === 0 ? 0 : forwarded / (here + forwarded);
    const { name, processes } = setup;
    return { name, processes, load, cpuPercents, machinePercent, forwardedShare };
  } finally {
    await running.stop();
  }
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2), process.env);
  if (options === 'help') {
    console.log(USAGE.replace('pnpm bench', 'pnpm bench:cluster'));
    return 0;
  }
  const postgres = await startPostgresCluster({ durable: true });
  const redis = await startRedisServer();
  const runs: ClusterRun[] = [];
  try {
    const database = async (name: string) => {
      const { default: pg } = await import('pg');
      const client = new pg.Client({ connectionString: postgres.url });
      await client.connect();
      await client.query(`CREATE DATABASE ${name}`);
      await client.end();
      const url = new URL(postgres.url);
      url.pathname = `/${name}`;
      return url.href;
    };
    const setups: Setup[] = [{ name: 'SQLite, 1 process', processes: 1, shared: null }];
    for (const processes of [1, 2, 3]) {
      setups.push({
        name: `PG+Redis, ${processes}`,
        processes,
        shared: { databaseUrl: await database(`bench_${processes}`), redisUrl: redis.url },
      });
    }
    for (const setup of setups) {
      console.error(`bench:cluster: ${setup.name} …`);
      runs.push(await runSetup(setup, options));
    }
  } finally {
    killChildren();
    await redis.stop();
    await postgres.stop();
  }
  console.log(formatClusterReport(options, runs, availableParallelism()));
  console.log('', capacity(options, runs));
  await mkdir(dirname(RESULTS), { recursive: true });
  await writeFile(RESULTS, JSON.stringify({ options, runs }, null, 2));
  console.log(`\nFigures written to ${RESULTS}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    killChildren();
    process.exit(1);
  },
);
