/**
 * Debian's nginx with a shipped site config (`deploy/nginx/…`) in a prefix of its own: the
 * upstream servers, ports and log paths are swapped for the test's, and TLS is taken out (the
 * HTTPS server listens on plain HTTP on loopback), because Chromium would not trust a certificate
 * made here and loopback is a secure context as it is. Everything else is the file as shipped.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { waitFor } from './waitFor.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const NGINX = '/usr/sbin/nginx';

export interface NginxProxy {
  url: string;
  accessLog(): string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  return port;
}

/** Replaces `from` in `text`, and fails when the shipped file no longer has it. */
function swap(text: string, from: string | RegExp, to: string): string {
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`the shipped nginx config lacks ${String(from)}`);
  return changed;
}

/** `site`: a path in the repository; `upstreams`: `host:port` of each Werkbord process. */
export async function startNginx(site: string, upstreams: string[]): Promise<NginxProxy> {
  const work = mkdtempSync(join(tmpdir(), 'werkbord-nginx-'));
  chmodSync(work, 0o755);
  const logs = join(work, 'logs');
  mkdirSync(logs, { mode: 0o777 });
  chmodSync(logs, 0o777);
  const [port, redirectPort] = [await freePort(), await freePort()];
  let config = readFileSync(join(ROOT, site), 'utf8');
  config = swap(
    config,
    /^(\s*)server \d+\.\d+\.\d+\.\d+:\d+;\n(\s*server \d+\.\d+\.\d+\.\d+:\d+;\n)*/m,
    upstreams.map((upstream) => `    server ${upstream};\n`).join(''),
  );
  config = swap(config, /^\s*listen \[::\]:\d+.*$/gm, '');
  config = swap(config, 'listen 443 ssl http2;', `listen 127.0.0.1:${port};`);
  config = swap(config, 'listen 80;', `listen 127.0.0.1:${redirectPort};`);
  config = swap(config, /^\s*(ssl_\w+|add_header Strict-Transport-Security) .*$/gm, '');
  config = swap(config, /\/var\/log\/nginx\//g, `${logs}/`);
  writeFileSync(join(work, 'site.conf'), config);
  const temp = (name: string) => `${name}_temp_path ${join(work, name)};`;
  writeFileSync(
    join(work, 'nginx.conf'),
    [
      'daemon off;',
      'worker_processes 1;',
      `pid ${join(work, 'nginx.pid')};`,
      `error_log ${join(logs, 'error.log')};`,
      'events { worker_connections 512; }',
      `http { ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join(' ')}`,
      `  include /etc/nginx/mime.types; include ${join(work, 'site.conf')}; }`,
    ].join('\n'),
  );
  const nginx: ChildProcess = spawn(
    NGINX,
    ['-p', work, '-c', join(work, 'nginx.conf'), '-e', join(logs, 'error.log')],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  nginx.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (nginx.exitCode === null && nginx.signalCode === null) {
      nginx.kill('SIGTERM');
      await once(nginx, 'exit');
    }
    rmSync(work, { recursive: true, force: true });
  };
  try {
    await waitFor(
      'nginx to answer',
      async () => {
        if (nginx.exitCode !== null) throw new Error(`nginx stopped: ${output}`);
        return (await fetch(`${url}/healthz`).catch(() => null))?.ok === true;
      },
      { timeoutMs: 15_000 },
    );
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    url,
    accessLog: () => readFileSync(join(logs, 'werkbord.access.log'), 'utf8'),
    stop,
  };
}
