/**
 * A private, throw-away PostgreSQL cluster for tests and benchmarks: `initdb` in a new temporary
 * directory, started with `pg_ctl` on a free loopback port (TCP only, no socket file), stopped and
 * removed by `stop()`. Nothing else on the machine is touched, so several runs can go on at once.
 * PostgreSQL refuses to run as root; as root the cluster belongs to the `postgres` user that
 * Debian's package makes.
 */
import { execFile } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface PostgresCluster {
  /** The superuser's URL of the `postgres` database, e.g. `postgres://postgres@127.0.0.1:41234/postgres`. */
  url: string;
  stop(): Promise<void>;
}

export interface PostgresClusterOptions {
  /**
   * `false` (tests): no fsync, for speed; a test never survives a power cut anyway. `true` (the
   * benchmark): PostgreSQL's defaults, so a commit costs what it costs in production.
   */
  durable?: boolean;
}

/** Debian's PostgreSQL binaries (the newest version installed), or whatever is on the PATH. */
function binDir(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((version) => existsSync(join(root, version, 'bin/initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions[0] !== undefined) return join(root, versions[0], 'bin');
  throw new Error(
    'PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): run `bash scripts/ensure-test-packages.sh` or `apt-get install -y postgresql`',
  );
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

export async function startPostgresCluster({
  durable = false,
}: PostgresClusterOptions = {}): Promise<PostgresCluster> {
  const bin = binDir();
  const asRoot = userInfo().uid === 0;
  // As root, every command runs as the `postgres` user (runuser keeps the environment small).
  const pgRun = (command: string, args: string[]) =>
    asRoot
      ? run('runuser', ['-u', 'postgres', '--', join(bin, command), ...args])
      : run(join(bin, command), args);
  const dir = mkdtempSync(join(tmpdir(), 'werkbord-pg-'));
  if (asRoot) {
    const uid = Number((await run('id', ['-u', 'postgres'])).stdout.trim());
    const gid = Number((await run('id', ['-g', 'postgres'])).stdout.trim());
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  const log = join(dir, 'postgres.log');
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    await pgRun('initdb', [
      ...['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C'],
      ...(durable ? [] : ['--no-sync']),
    ]);
    // Another run may take the free port between the look and the start: try again then.
    for (let attempt = 1; ; attempt++) {
      const port = await freePort();
      const settings = [
        '-c listen_addresses=127.0.0.1',
        `-c port=${port}`,
        "-c unix_socket_directories=''",
        '-c max_connections=300',
        ...(durable ? [] : ['-c fsync=off', '-c full_page_writes=off']),
      ];
      try {
        await pgRun('pg_ctl', [
          '-D',
          data,
          '-l',
          log,
          '-o',
          settings.join(' '),
          '-w',
          '-t',
          '60',
          'start',
        ]);
      } catch (error) {
        if (attempt < 3) continue;
        throw new Error(`PostgreSQL did not start: ${readLog(log)}`, { cause: error });
      }
      let stopped: Promise<void> | null = null;
      return {
        url: `postgres://postgres@127.0.0.1:${port}/postgres`,
        stop() {
          stopped ??= pgRun('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop'])
            .then(() => undefined)
            .finally(remove);
          return stopped;
        },
      };
    }
  } catch (error) {
    remove();
    throw error;
  }
}

function readLog(log: string): string {
  return existsSync(log) ? readFileSync(log, 'utf8').slice(-2_000) : '(no log)';
}
