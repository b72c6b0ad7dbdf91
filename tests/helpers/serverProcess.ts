/**
 * The real server as its own process, started like `node server/dist/main.js` but from the
 * TypeScript sources (tsx), so integration tests can read exactly what it prints on stdout.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { waitFor } from './waitFor.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface ServerProcess {
  httpUrl: string;
  syncUrl: string;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  /** SIGTERM, then waits for the process to exit; removes its data directory. */
  stop(): Promise<void>;
}

export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const dataDir = mkdtempSync(join(tmpdir(), 'werkbord-process-'));
  const child: ChildProcess = spawn(
    process.execPath,
    ['--conditions', 'source', '--import', 'tsx', 'server/src/main.ts'],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        PORT: '0',
        HOST: '127.0.0.1',
        WERKBORD_DATA_DIR: dataDir,
        WERKBORD_CLIENT_DIR: join(dataDir, 'no-client'),
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = once(child, 'exit');
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitFor('the server to start', () => /draait op http:\/\/[^"\s]+/.test(output), {
      timeoutMs: 20_000,
    });
  } catch (error) {
    await stop();
    throw new Error(`${String(error)}\n${output}`);
  }
  const httpUrl = /draait op (http:\/\/[^"\s]+)/.exec(output)?.[1] ?? '';
  return {
    httpUrl,
    syncUrl: `${httpUrl.replace(/^http/, 'ws')}/sync`,
    output: () => output,
    stop,
  };
}
