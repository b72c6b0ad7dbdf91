/**
 * The shipped deployment files, for real (after `pnpm build`): the systemd unit's `ExecStart`
 * with its `Environment` starts the built server (no systemd needed: the command line is run as
 * the unit would), and Debian's nginx with the shipped site config (TLS with a self-signed
 * certificate made here, ports and paths swapped for temporary ones) stands in front of it: a
 * board is made over HTTPS, two stock y-websocket clients sync through `/sync`, an edit arrives,
 * the harvest answers, and nginx's access log holds no token.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBoard, type TestBoard } from '../helpers/boards.js';
import { kaartRecord } from '../helpers/records.js';
import { destroyClients, syncedClient } from '../helpers/syncClients.js';
import { waitFor } from '../helpers/waitFor.js';

// The certificate is made by this test; fetch and ws are to accept it.
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const NGINX = '/usr/sbin/nginx';
const work = mkdtempSync(join(tmpdir(), 'werkbord-deploy-'));
chmodSync(work, 0o755);

const children: ChildProcess[] = [];
let werkbordUrl: string;
let werkbordOutput = '';
let proxyUrl: string;
let plainUrl: string;

/** The systemd unit's settings: `Environment=` lines and the rest, keyed by name. */
function readUnit(path: string) {
  const environment: Record<string, string> = {};
  const settings: Record<string, string> = {};
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const match = /^([A-Za-z]+)=(.*)$/.exec(line.trim());
    if (match === null) continue;
    const [, key = '', value = ''] = match;
    if (key === 'Environment') {
      const [name = '', ...rest] = value.split('=');
      environment[name] = rest.join('=');
    } else settings[key] = value;
  }
  return { environment, settings };
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

beforeAll(async () => {
  // 1. The systemd unit's command line, with its environment; the state directory and the port
  //    are what systemd and the test give instead.
  const { environment, settings } = readUnit(join(ROOT, 'deploy/werkbord.service'));
  const installDir = settings.WorkingDirectory ?? '';
  const [node = '', ...args] = (settings.ExecStart ?? '').split(' ');
  const dataDir = join(work, 'state');
  const child = spawn(
    node,
    args.map((arg) => arg.replace(installDir, ROOT.replace(/\/$/, ''))),
    {
      cwd: ROOT,
      env: { PATH: process.env.PATH, ...environment, WERKBORD_DATA_DIR: dataDir, PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  children.push(child);
  child.stdout?.on('data', (chunk: Buffer) => (werkbordOutput += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (werkbordOutput += chunk.toString()));
  await waitFor('the server from the unit to start', () =>
    /draait op (http:\/\/[^"\s]+)/.test(werkbordOutput),
  );
  werkbordUrl = /draait op (http:\/\/[^"\s]+)/.exec(werkbordOutput)?.[1] ?? '';

  // 2. nginx with the shipped site, in a prefix of its own.
  const cert = join(work, 'cert.pem');
  const key = join(work, 'key.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=localhost',
      '-keyout',
      key,
      '-out',
      cert,
    ],
    { stdio: 'ignore' },
  );
  const [httpsPort, httpPort] = [await freePort(), await freePort()];
  const logs = join(work, 'logs');
  mkdirSync(logs, { mode: 0o777 });
  chmodSync(logs, 0o777);
  let site = readFileSync(join(ROOT, 'deploy/nginx/werkbord.conf'), 'utf8');
  site = swap(site, 'server 127.0.0.1:8080;', `server ${new URL(werkbordUrl).host};`);
  site = swap(site, /^\s*listen \[::\]:\d+.*$/gm, '');
  site = swap(site, 'listen 443 ssl http2;', `listen 127.0.0.1:${httpsPort} ssl http2;`);
  site = swap(site, 'listen 80;', `listen 127.0.0.1:${httpPort};`);
  site = swap(site, '/etc/ssl/werkbord/fullchain.pem', cert);
  site = swap(site, '/etc/ssl/werkbord/privkey.pem', key);
  site = swap(site, /\/var\/log\/nginx\//g, `${logs}/`);
  writeFileSync(join(work, 'werkbord.conf'), site);
  const temp = (name: string) => `${name}_temp_path ${join(work, name)};`;
  writeFileSync(
    join(work, 'nginx.conf'),
    [
      'daemon off;',
      'worker_processes 1;',
      `pid ${join(work, 'nginx.pid')};`,
      `error_log ${join(logs, 'error.log')};`,
      'events { worker_connections 256; }',
      `http { ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join(' ')}`,
      `  include ${join(work, 'werkbord.conf')}; }`,
    ].join('\n'),
  );
  const nginx = spawn(
    NGINX,
    ['-p', work, '-c', join(work, 'nginx.conf'), '-e', join(logs, 'error.log')],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  children.push(nginx);
  let nginxOutput = '';
  nginx.stderr?.on('data', (chunk: Buffer) => (nginxOutput += chunk.toString()));
  proxyUrl = `https://127.0.0.1:${httpsPort}`;
  plainUrl = `http://127.0.0.1:${httpPort}`;
  await waitFor(
    'nginx to answer',
    async () => {
      if (nginx.exitCode !== null) throw new Error(`nginx stopped: ${nginxOutput}`);
      return (await fetch(`${proxyUrl}/healthz`).catch(() => null))?.ok === true;
    },
    { timeoutMs: 15_000 },
  );
}, 60_000);

afterAll(async () => {
  destroyClients();
  for (const child of children) {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
  }
  rmSync(work, { recursive: true, force: true });
});

describe('the systemd unit', () => {
  it("starts the built server with the unit's command line and environment", async () => {
    const response = await fetch(`${werkbordUrl}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok' });
    // HOST=127.0.0.1 from the unit: it listens on loopback only, behind the proxy.
    expect(new URL(werkbordUrl).hostname).toBe('127.0.0.1');
  });
});

describe('nginx with the shipped site config in front of Werkbord', () => {
  let board: TestBoard;

  it('carries a whole session: a board, two clients syncing through /sync, the harvest', async () => {
    board = await createBoard(proxyUrl, 'Via de proxy', 'klaag-en-jubelmuur');
    const syncUrl = `${proxyUrl.replace('https:', 'wss:')}/sync`;
    const anna = await syncedClient(syncUrl, board.boardId, board.tokens.participant, {
      pk: 'A'.repeat(43),
    });
    const bert = await syncedClient(syncUrl, board.boardId, board.tokens.facilitator);
    anna.records.set('shape:k1', kaartRecord('k1', 'Te weinig tijd voor elkaar'));
    await waitFor('the edit to arrive through nginx', () => bert.records.has('shape:k1'));
    const harvest = await fetch(
      `${proxyUrl}/api/boards/${board.boardId}/harvest?t=${board.tokens.viewer}&format=markdown`,
    );
    expect(harvest.status).toBe(200);
    expect(await harvest.text()).toContain('Te weinig tijd voor elkaar');
    // The server's counters are not served to the internet through the site.
    expect((await fetch(`${proxyUrl}/metrics`)).status).toBe(404);
    // Plain HTTP is sent to HTTPS, link and all.
    const plain = await fetch(`${plainUrl}/b/${board.boardId}?t=${board.tokens.viewer}`, {
      redirect: 'manual',
    });
    expect(plain.status).toBe(301);
    expect(plain.headers.get('location')).toBe(
      `https://127.0.0.1/b/${board.boardId}?t=${board.tokens.viewer}`,
    );
  });

  it("keeps tokens out of nginx's logs", async () => {
    destroyClients(); // a WebSocket is logged when it closes
    await waitFor('nginx to log the session', () => {
      const log = readFileSync(join(work, 'logs', 'werkbord.access.log'), 'utf8');
      return log.includes('/sync/') && log.includes('/harvest');
    });
    const log = readFileSync(join(work, 'logs', 'werkbord.access.log'), 'utf8');
    expect(log).toContain(`GET /api/boards/${board.boardId}/harvest HTTP/1.1" 200`);
    expect(log).toMatch(/POST \/api\/boards HTTP\/[\d.]+" 201/);
    for (const secret of ['t=', 'k=', 'pk=', ...Object.values(board.tokens)]) {
      expect(log).not.toContain(secret);
    }
  });
});
