/**
 * The shipped several-process nginx config (`deploy/nginx/werkbord-cluster.conf`) in front of two
 * built Werkbord processes on one PostgreSQL and one Redis: a two-person session in real
 * Chromium passes through it, nginx sends every connection of the board to one process (nothing
 * had to be forwarded), and its access log holds no token.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { createNote, openBoardAs, waitForNote, type OpenBoard } from '../helpers/boardPage.js';
import { createBoard } from '../helpers/boards.js';
import { launchChromium } from '../helpers/browser.js';
import { type Cluster, startCluster } from '../helpers/clusterProcesses.js';
import { type NginxProxy, startNginx } from '../helpers/nginxProxy.js';
import { waitFor } from '../helpers/waitFor.js';

let cluster: Cluster;
let nginx: NginxProxy;
let browser: Browser;
const opened: OpenBoard[] = [];

beforeAll(async () => {
  cluster = await startCluster({
    size: 2,
    redisUrl: inject('redisUrl'),
    env: { WERKBORD_TRUST_PROXY: '1' },
  });
  nginx = await startNginx(
    'deploy/nginx/werkbord-cluster.conf',
    cluster.processes.map((werkbord) => new URL(werkbord.httpUrl).host),
  );
  browser = await launchChromium();
});

afterAll(async () => {
  for (const { context } of opened) await context.close();
  await browser?.close();
  await nginx?.stop();
  await cluster?.stop();
});

/** This process' count of board connections it served itself or forwarded. */
async function routed(httpUrl: string, route: string): Promise<number> {
  const text = await (await fetch(`${httpUrl}/metrics`)).text();
  const match = new RegExp(`^werkbord_cluster_routed_total\\{route="${route}"\\} (\\d+)`, 'm').exec(
    text,
  );
  return Number(match?.[1] ?? 0);
}

it('a two-person session in Chromium passes through nginx to the board’s one process', async () => {
  const board = await createBoard(nginx.url, 'Via nginx');
  const link = (token: string) => `${nginx.url}/b/${board.boardId}?t=${token}`;
  const anna = await openBoardAs(browser, link(board.tokens.facilitator), 'Anna');
  opened.push(anna);
  const bram = await openBoardAs(browser, link(board.tokens.participant), 'Bram');
  opened.push(bram);
  await createNote(anna.page, 'Wat gaat er al goed?');
  await waitForNote(bram.page, 'Wat gaat er al goed?');
  await createNote(bram.page, 'Meer tijd voor elkaar', 300, 0);
  await waitForNote(anna.page, 'Meer tijd voor elkaar');

  // nginx hashed every connection of the board to its owner: none was forwarded.
  let served = 0;
  let carried = 0;
  for (const werkbord of cluster.processes) {
    served += await routed(werkbord.httpUrl, 'websocket-here');
    carried += await routed(werkbord.httpUrl, 'websocket-forwarded');
  }
  expect(served).toBeGreaterThanOrEqual(4); // two people, content and control each
  expect(carried).toBe(0);
  const owner = await cluster.byProcessId((await cluster.ownerOf(board.boardId)) ?? '');
  expect(owner).toBeDefined();

  // A WebSocket is logged when it ends.
  for (const { context } of opened.splice(0)) await context.close();
  await waitFor('the sockets in the access log', () =>
    nginx.accessLog().includes(`/sync/${board.boardId}`),
  );
  const log = nginx.accessLog();
  for (const token of Object.values(board.tokens)) expect(log).not.toContain(token);
});
