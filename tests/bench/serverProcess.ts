/**
 * Starts a server under test as its own child process (so its CPU and RSS are its own), waits
 * until it answers HTTP, and makes sure no child outlives the bench, however the bench ends.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

export interface ServerProcess {
  pid: number;
  port: number;
  /** The last lines the server printed, for error reports. */
  output(): string;
  /** SIGTERM, then SIGKILL if it has not exited after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

export interface SpawnServerOptions {
  script: string;
  /** Node's own flags, before the script (`--cpu-prof` is not allowed in NODE_OPTIONS). */
  nodeArgs?: readonly string[];
  env: Record<string, string>;
  port: number;
  /** A path answered with 2xx once the server is ready. */
  readyPath: string;
  readyTimeoutMs?: number;
  /** Every line the server prints (its JSON log lines), as it prints them. */
  onLine?: (line: string) => void;
}

const children = new Set<ChildProcess>();
let exitHooked = false;

/** Kills every child still running; idempotent, safe from an `exit` handler (synchronous). */
export function killChildren(): void {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  children.clear();
}

function hookExit(): void {
  if (exitHooked) return;
  exitHooked = true;
  process.on('exit', killChildren);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      killChildren();
      process.exit(130);
    });
  }
}

/** A free loopback port. The tiny race until the child binds it is acceptable on a bench box. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  probe.listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const address = probe.address();
  probe.close();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

export async function spawnServer(options: SpawnServerOptions): Promise<ServerProcess> {
  hookExit();
  // `node` itself, not a wrapper, so the pid we sample is the server's.
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), options.script], {
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  let tail: string[] = [];
  const keep = (chunk: Buffer) => {
    const lines = chunk.toString().split('\n').filter(Boolean);
    tail = [...tail, ...lines].slice(-20);
    if (options.onLine) for (const line of lines) options.onLine(line);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = once(child, 'exit');
  const output = () => tail.join('\n');
  if (child.pid === undefined) throw new Error(`could not start ${options.script}`);

  const ready = await waitForHttp(
    `http://127.0.0.1:${options.port}${options.readyPath}`,
    options.readyTimeoutMs ?? 15_000,
    () => child.exitCode !== null,
  );
  if (!ready) {
    child.kill('SIGKILL');
    throw new Error(`${options.script} did not become ready; its output:\n${output()}`);
  }

  return {
    pid: child.pid,
    port: options.port,
    output,
    async stop(graceMs = 5_000) {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
        await exited;
        clearTimeout(timer);
      }
      children.delete(child);
    },
  };
}

async function waitForHttp(url: string, timeoutMs: number, gaveUp: () => boolean) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !gaveUp()) {
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.ok) return true;
    } catch {
      // not listening yet
    }
    await sleep(50);
  }
  return false;
}
