/**
 * The servers the bench compares. Each starts as a child process on a free loopback port and hands
 * back the URL and rooms the clients load.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CreateBoardResponse } from '@werkbord/shared';
import type { RoomSpec } from './loadProtocol.js';
import type { TargetName } from './options.js';
import { freePort, spawnServer, type ServerProcess } from './serverProcess.js';

export interface RunningTarget {
  server: ServerProcess;
  /** y-websocket server URL (the client appends `/<room>`). */
  url: string;
  rooms: RoomSpec[];
  /** Stops the server and removes whatever it wrote. */
  stop(): Promise<void>;
}

export interface Target {
  name: TargetName;
  /** What exactly runs, for the report. */
  describe(): Promise<string>;
  start(load: { rooms: number; clients: number; rate: number }): Promise<RunningTarget>;
}

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const require = createRequire(import.meta.url);

/** `@y/websocket-server`'s own executable, as `npx y-websocket` runs it: in-memory, no persistence. */
const reference: Target = {
  name: 'reference',
  async describe() {
    const pkg = JSON.parse(await readFile(referencePackageJson(), 'utf8')) as { version: string };
    return `@y/websocket-server@${pkg.version} src/server.js`;
  },
  async start(load) {
    const port = await freePort();
    const server = await spawnServer({
      script: join(dirname(referencePackageJson()), 'src/server.js'),
      env: { HOST: '127.0.0.1', PORT: String(port) },
      // The same profile of the reference, to compare where the time goes.
      nodeArgs: process.env.BENCH_REFERENCE_NODE_ARGS?.split(' ').filter(Boolean) ?? [],
      port,
      readyPath: '/',
    });
    const rooms = Array.from({ length: load.rooms }, (_, i) => ({
      room: `bench-${String(i).padStart(3, '0')}`,
      params: {},
    }));
    return { server, url: `ws://127.0.0.1:${port}`, rooms, stop: () => server.stop() };
  },
};

function referencePackageJson(): string {
  return require.resolve('@y/websocket-server/package.json');
}

/** `BENCH_WERKBORD_MAIN` runs another build instead, e.g. a copy of the dist made before a change. */
const WERKBORD_MAIN = process.env.BENCH_WERKBORD_MAIN
  ? resolve(process.env.BENCH_WERKBORD_MAIN)
  : join(repoRoot, 'server/dist/main.js');

/**
 * Werkbord's production entry point with a fresh data directory: token checks, validation and
 * durable SQLite writes all on. Only the per-connection and per-room limits are raised to fit the
 * load; with the defaults the bench would measure the limiter, not the relay. With
 * `WERKBORD_DATABASE_URL` in the bench's environment (it passes through) the server stores in that
 * PostgreSQL database instead; the bench's boards stay there.
 */
const werkbord: Target = {
  name: 'werkbord',
  async describe() {
    return `${relative(repoRoot, WERKBORD_MAIN)} (${storageDescription()})`;
  },
  async start(load) {
    if (!existsSync(WERKBORD_MAIN)) {
      throw new Error(`${WERKBORD_MAIN} does not exist; run \`pnpm build\` first`);
    }
    const dataDir = await mkdtemp(join(tmpdir(), 'werkbord-bench-'));
    const port = await freePort();
    let server: ServerProcess;
    try {
      server = await spawnServer({
        script: WERKBORD_MAIN,
        env: {
          HOST: '127.0.0.1',
          PORT: String(port),
          WERKBORD_DATA_DIR: dataDir,
          // Never below the server's defaults (100/s, burst 300, 200 clients); raised with the load. [1]
          WERKBORD_MAX_MESSAGES_PER_SECOND: String(Math.max(100, Math.ceil(load.rate * 10))),
          WERKBORD_MESSAGE_BURST: String(Math.max(300, Math.ceil(load.rate * 30))),
          WERKBORD_MAX_CLIENTS_PER_ROOM: String(Math.max(200, load.clients * 2)),
          // The bench makes every board from one address, more than the default burst of 30.
          WERKBORD_BOARDS_PER_MINUTE: '0',
        },
        // e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`: a profile of the server under the load.
        nodeArgs: process.env.BENCH_WERKBORD_NODE_ARGS?.split(' ').filter(Boolean) ?? [],
        port,
        readyPath: '/healthz',
      });
    } catch (error) {
      await rm(dataDir, { recursive: true, force: true });
      throw error;
    }
    const stop = async () => {
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    };
    try {
      const base = `http://127.0.0.1:${port}`;
      const rooms = [];
      for (let i = 0; i < load.rooms; i++) rooms.push(await createBoard(base, i));
      return { server, url: `ws://127.0.0.1:${port}/sync`, rooms, stop };
    } catch (error) {
      await stop();
      throw error;
    }
  },
};

/** Where the server stores, for the report: never the URL's user or password. */
function storageDescription(): string {
  const url = process.env.WERKBORD_DATABASE_URL?.trim();
  if (!url) return 'SQLite in a fresh temp dir';
  const { host, pathname } = new URL(url);
  return `PostgreSQL ${host}${pathname}`;
}

/** One board per room; its clients connect with the participant link's token. */
async function createBoard(base: string, i: number): Promise<RoomSpec> {
  const response = await fetch(`${base}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ werkvorm: 'leeg-bord', title: `bench ${i}` }),
  });
  if (response.status !== 201) {
    throw new Error(`POST /api/boards → ${response.status}: ${await response.text()}`);
  }
  const { boardId, links } = (await response.json()) as CreateBoardResponse;
  const token = new URL(links.participant, base).searchParams.get('t');
  if (token === null) throw new Error(`participant link without token: ${links.participant}`);
  return { room: boardId, params: { t: token } };
}

export const TARGETS: Record<TargetName, Target> = { reference, werkbord };

/* [1] The y-websocket client also sends an awareness update every 15 s, a sync step 1 on connect
       and a query on reconnect; ten times the update rate leaves ample room without disabling
       the limit. */
