/**
 * A private, throw-away Redis for tests and benchmarks: Debian's `redis-server` daemonized on a
 * free loopback port, without persistence, its pid file, log and working directory in a new
 * temporary directory; `stop()` ends exactly that process and removes the directory.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Redis } from 'ioredis';
import { waitFor } from './waitFor.js';

const run = promisify(execFile);

export interface RedisServer {
  /** e.g. `redis://127.0.0.1:41234` */
  url: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address !== null
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

async function answers(url: string): Promise<boolean> {
  const redis = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    return (await redis.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    redis.disconnect();
  }
}

export async function startRedisServer(): Promise<RedisServer> {
  if (!existsSync('/usr/bin/redis-server')) {
    throw new Error(
      'redis-server is not installed: run `bash scripts/ensure-test-packages.sh` or `apt-get install -y redis-server`',
    );
  }
  const dir = mkdtempSync(join(tmpdir(), 'werkbord-redis-'));
  const pidFile = join(dir, 'redis.pid');
  const log = join(dir, 'redis.log');
  const port = await freePort();
  const url = `redis://127.0.0.1:${port}`;
  await run('/usr/bin/redis-server', [
    ...['--daemonize', 'yes', '--port', String(port), '--bind', '127.0.0.1'],
    ...['--save', '', '--appendonly', 'no', '--dir', dir],
    ...['--pidfile', pidFile, '--logfile', log],
  ]);
  try {
    await waitFor('Redis to answer', () => answers(url), { timeoutMs: 10_000 });
  } catch (error) {
    const tail = existsSync(log) ? readFileSync(log, 'utf8').slice(-2_000) : '(no log)';
    throw new Error(`Redis did not start: ${tail}`, { cause: error });
  }
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  let stopped: Promise<void> | null = null;
  return {
    url,
    stop() {
      stopped ??= (async () => {
        try {
          process.kill(pid, 'SIGTERM');
          await waitFor('Redis to stop', () => !isRunning(pid), { timeoutMs: 10_000 });
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      })();
      return stopped;
    },
  };
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
