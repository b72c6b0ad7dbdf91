/**
 * Nothing private left behind in the browser:
 * - the service worker caches no answer that carries a token (a board still opens offline, from
 *   what the page remembered itself), names its caches after its build and removes the others;
 * - a deleted board disappears from every browser that had it: the one that deleted it, one that
 *   was connected, and one that opens the link later: no IndexedDB database, no cached answer and
 *   no stored key of it is left.
 */
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser.js';
import {
  createNote,
  openBoardAs,
  waitForEditor,
  waitForStatus,
  type OpenBoard,
} from '../helpers/boardPage.js';
import { createBoard, type TestBoard } from '../helpers/boards.js';
import { removeTestDataDirs, startTestServer, type TestServer } from '../helpers/testServer.js';
import { waitFor } from '../helpers/waitFor.js';

const CLIENT_DIR = fileURLToPath(new URL('../../client/dist', import.meta.url));

let server: TestServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  server = await startTestServer({ WERKBORD_CLIENT_DIR: CLIENT_DIR });
  browser = await launchChromium();
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await server?.close();
  removeTestDataDirs();
});

function boardUrl(board: TestBoard, role: keyof TestBoard['tokens']): string {
  return `${server.httpUrl}/b/${board.boardId}?t=${board.tokens[role]}`;
}

async function open(board: TestBoard, role: keyof TestBoard['tokens'], name: string) {
  const opened = await openBoardAs(browser, boardUrl(board, role), name);
  contexts.push(opened.context);
  return opened;
}

async function waitForWorker(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Every cache of the page's origin and every URL stored in it. */
function cacheContents(page: Page): Promise<{ names: string[]; urls: string[] }> {
  return page.evaluate(async () => {
    const names = await caches.keys();
    const urls: string[] = [];
    for (const name of names) {
      for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
    }
    return { names, urls };
  });
}

/** Whatever this browser still holds that names the board. */
function heldOf(page: Page, boardId: string) {
  return page.evaluate(async (id) => {
    const databases = (await indexedDB.databases())
      .map((database) => database.name ?? '')
      .filter((name) => name.includes(id));
    const cached: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) {
        if (request.url.includes(id)) cached.push(request.url);
      }
    }
    const stored = [...Object.keys(localStorage), ...Object.keys(sessionStorage)].filter((key) =>
      key.includes(id),
    );
    return { databases: databases.sort(), cached, stored: stored.sort() };
  }, boardId);
}

/** An answer about the board in a cache, as an earlier service worker kept them. */
async function leaveCachedAnswer(page: Page, board: TestBoard): Promise<void> {
  await page.evaluate(async (path) => {
    const cache = await caches.open('werkbord-app-v1');
    await cache.put(path, new Response('{"title":"Wordt verwijderd"}'));
  }, `/api/boards/${board.boardId}?t=${board.tokens.participant}`);
}

const NOTHING = { databases: [], cached: [], stored: [] };

describe('the service worker', () => {
  it('caches no answer that carries a token, per build, and removes other caches', async () => {
    const board = await createBoard(server.httpUrl, 'Offline bord');
    const context = await browser.newContext();
    contexts.push(context);
    await context.addInitScript(() => localStorage.setItem('werkbord.name', 'Olga'));
    const page = await context.newPage();
    // Caches an earlier worker left: the hand-written one's, and another build's.
    await page.goto(`${server.httpUrl}/favicon.svg`);
    await page.evaluate(async () => {
      await (await caches.open('werkbord-app-v1')).put('/api/boards/x?t=oud', new Response('{}'));
      await (await caches.open('werkbord-app-0ldb0ld0')).put('/index.html', new Response('oud'));
    });

    await page.goto(boardUrl(board, 'facilitator'));
    await waitForEditor(page);
    await waitForWorker(page);
    // Now everything goes through the worker: the page, the board's answers, a snapshot list.
    await page.reload();
    await waitForEditor(page);
    await waitForStatus(page, 'connected');
    const api = `/api/boards/${board.boardId}`;
    const token = board.tokens.facilitator;
    await page.evaluate(
      async (paths) => {
        for (const path of paths) await fetch(path);
      },
      [`${api}?t=${token}`, `${api}/harvest?t=${token}`, `${api}/snapshots?t=${token}`],
    );
    // A new board from this one, and the two compared (the tokens in the body), then the
    // comparison page, whose address names the boards only.
    const other = await page.evaluate(
      async ({ api, token, boardId }) => {
        const post = (path: string, body: unknown) =>
          fetch(path, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(body),
          }).then((response) => response.json() as Promise<Record<string, unknown>>);
        const copy = await post(`${api}/copies?t=${token}`, { source: 'empty' });
        const links = copy.links as { facilitator: string };
        const otherToken = new URL(links.facilitator, location.href).searchParams.get('t');
        await post('/api/compare', {
          boards: [
            { boardId, token },
            { boardId: copy.boardId, token: otherToken },
          ],
        });
        // In "Mijn borden", as the dialog would have put it.
        localStorage.setItem(
          `werkbord.myBoard.${copy.boardId as string}`,
          JSON.stringify({
            boardId: copy.boardId,
            title: 'Kopie',
            werkvorm: 'leeg-bord',
            createdAt: new Date().toISOString(),
            token: otherToken,
            lastActivity: Date.now(),
          }),
        );
        return copy.boardId as string;
      },
      { api, token, boardId: board.boardId },
    );
    await page.goto(`${server.httpUrl}/vergelijk?a=${board.boardId}&b=${other}`);
    await page.locator('[data-testid="compare"]').waitFor();
    await page.goto(boardUrl(board, 'facilitator'));
    await waitForEditor(page);
    // Offline, the board still opens: the page remembered its title and my role itself.
    await context.setOffline(true);
    await page.reload();
    await waitForEditor(page);
    expect(await page.locator('[data-testid="board-title"]').textContent()).toBe('Offline bord');
    expect(await page.locator('[data-testid="role-badge"]').getAttribute('data-role')).toBe(
      'facilitator',
    );
    await context.setOffline(false);

    const { names, urls } = await cacheContents(page);
    expect(
      urls.filter((url) => /[?&](t|k)=|\/api\/(boards|compare)|\/b\/|\/vergelijk/.test(url)),
    ).toEqual([]);
    expect(names).not.toContain('werkbord-app-v1');
    expect(names).not.toContain('werkbord-app-0ldb0ld0');
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name).toMatch(/^werkbord-(app|config)-[0-9a-f]{8}$/);
    expect(new Set(names.map((name) => name.slice(-8))).size).toBe(1);
    expect(urls.some((url) => url.includes('/assets/'))).toBe(true);
  });
});

describe('deleting a board', () => {
  it('leaves nothing of it in any browser that had it', async () => {
    const board = await createBoard(server.httpUrl, 'Wordt verwijderd');
    const anna: OpenBoard = await open(board, 'facilitator', 'Anna');
    const bram: OpenBoard = await open(board, 'participant', 'Bram');
    const carla: OpenBoard = await open(board, 'participant', 'Carla');
    for (const person of [anna, bram, carla]) await waitForWorker(person.page);
    await createNote(bram.page, 'Wat Bram schreef');
    await bram.page.waitForTimeout(200); // the binding writes to Yjs (and IndexedDB) every 50 ms
    await leaveCachedAnswer(bram.page, board);
    await leaveCachedAnswer(carla.page, board);
    // What a browser holds of a board it has open: its three rooms, its keys, that answer.
    const id = board.boardId;
    const before = await heldOf(bram.page, id);
    expect(before.databases).toEqual([
      `werkbord:${id}`,
      `werkbord:${id}.control`,
      expect.stringMatching(new RegExp(`^werkbord:${id}\\.private\\.`)),
    ]);
    expect(before.stored).toEqual(
      expect.arrayContaining([`werkbord.memberKey.${id}`, `werkbord.colour.${id}`]),
    );
    expect(before.cached).toHaveLength(1);
    // The begeleider's browser also has it in "Mijn borden", with its begeleider link.
    expect((await heldOf(anna.page, id)).stored).toContain(`werkbord.myBoard.${id}`);
    // Carla closes the board before it is deleted.
    await carla.page.close();

    await anna.page.locator('[data-testid="board-delete"]').click();
    await anna.page.locator('[data-testid="board-delete-input"]').fill('verwijderen');
    await anna.page.locator('[data-testid="board-delete-confirm"]').click();
    await anna.page.locator('[data-testid="board-deleted"]').waitFor();
    await bram.page.locator('[data-testid="board-deleted"]').waitFor();
    // Carla opens her link again later: the board is unknown now, and her copy goes too.
    const carlaAgain = await carla.context.newPage();
    await carlaAgain.goto(boardUrl(board, 'participant'));
    await carlaAgain.locator('[data-testid="error-message"]').waitFor();

    for (const page of [anna.page, bram.page, carlaAgain]) {
      let held = await heldOf(page, id);
      await waitFor('the board to be forgotten', async () => {
        held = await heldOf(page, id);
        return JSON.stringify(held) === JSON.stringify(NOTHING);
      }).catch(() => undefined);
      expect(held).toEqual(NOTHING);
    }
  });
});
