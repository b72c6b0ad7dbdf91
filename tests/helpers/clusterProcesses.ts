/**
 * Several Werkbord processes as one cluster, for real: child processes of the built server
 * (`node server/dist/main.js`, after `pnpm build`), each on a free loopback port, sharing one
 * fresh PostgreSQL database and the tests' Redis. Each can be stopped, killed, paused and resumed
 * by signal, and started again.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import {
  createTestDatabase,
  type TestDatabase,
} from '../../server/src/storage/testing/postgresTestDatabase.js';
import { waitFor } from './waitFor.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const MAIN = `${ROOT}server/dist/main.js`;

export interface WerkbordProcess {
  readonly name: string;
  httpUrl: string;
  syncUrl: string;
  pid: number;
  /** Everything it printed so far (JSON log lines). */
  output(): string;
  alive(): boolean;
  signal(signal: NodeJS.Signals): void;
  /** Resolves when the process has exited. */
  exited(): Promise<void>;
}

export interface Cluster {
  processes: WerkbordProcess[];
  database: TestDatabase;
  redis: Redis;
  /** Starts one more process of the cluster. */
  start(name?: string, env?: Record<string, string>): Promise<WerkbordProcess>;
  /** The process id (Redis member id) that owns the board now, `null` when nobody does. */
  ownerOf(boardId: string): Promise<string | null>;
  /** The cluster process whose member id is `processId`. */
  byProcessId(processId: string): Promise<WerkbordProcess | undefined>;
  stop(): Promise<void>;
}

export interface ClusterOptions {
  size: number;
  env?: Record<string, string>;
  redisUrl: string;
}

export async function startCluster({ size, env = {}, redisUrl }: ClusterOptions): Promise<Cluster> {
  if (!existsSync(MAIN)) throw new Error('server/dist/main.js is missing: run `pnpm build` first');
  const database = await createTestDatabase();
  const redis = new Redis(redisUrl);
  const processes: WerkbordProcess[] = [];
  const children: ChildProcess[] = [];
  const memberIds = new Map<WerkbordProcess, string>();

  const start = async (
    name = `werkbord-${processes.length + 1}`,
    extra: Record<string, string> = {},
  ) => {
    const child = spawn(process.execPath, [MAIN], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH,
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'info',
        WERKBORD_DATABASE_URL: database.url,
        WERKBORD_REDIS_URL: redisUrl,
        WERKBORD_BOARDS_PER_MINUTE: '0',
        WERKBORD_AUTO_SNAPSHOT_MINUTES: '0',
        ...env,
        ...extra,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exit = once(child, 'exit').then(() => undefined);
    try {
      await waitFor(
        `${name} to join the cluster`,
        () => {
          if (child.exitCode !== null) throw new Error(`${name} exited: ${output}`);
          return /draait op http:\/\/[^"\s]+/.test(output);
        },
        {
          timeoutMs: 20_000,
        },
      );
    } catch (error) {
      child.kill('SIGKILL');
      throw new Error(`${String(error)}\n${output}`);
    }
    const httpUrl = /draait op (http:\/\/[^"\s]+)/.exec(output)?.[1] ?? '';
    const memberId = /"process":"([^"]+)"/.exec(output)?.[1] ?? '';
    const werkbord: WerkbordProcess = {
      name,
      httpUrl,
      syncUrl: `${httpUrl.replace(/^http/, 'ws')}/sync`,
      pid: child.pid ?? 0,
      output: () => output,
      alive: () => child.exitCode === null && child.signalCode === null,
      signal: (signal) => child.kill(signal),
      exited: () => exit,
    };
    memberIds.set(werkbord, memberId);
    processes.push(werkbord);
    return werkbord;
  };

  const cluster: Cluster = {
    processes,
    database,
    redis,
    start,
    async ownerOf(boardId) {
      const value = await redis.get(`werkbord:board:${boardId}:owner`);
      return value === null ? null : value.slice(0, value.lastIndexOf('/'));
    },
    async byProcessId(processId) {
      return processes.find((werkbord) => memberIds.get(werkbord) === processId);
    },
    async stop() {
      await Promise.all(
        children.map(async (child) => {
          if (child.exitCode !== null || child.signalCode !== null) return;
          const exited = once(child, 'exit');
          child.kill('SIGCONT');
          child.kill('SIGKILL');
          await exited;
        }),
      );
      redis.disconnect();
      await database.drop();
    },
  };
  try {
    for (let i = 0; i < size; i++) await start();
  } catch (error) {
    await cluster.stop();
    throw error;
  }
  return cluster;
}
