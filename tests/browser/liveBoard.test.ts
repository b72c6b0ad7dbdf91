/**
 * The live shared board in real Chromium against the real server serving the built client:
 * two people on one board, presence, reload, offline work, read-only viewers and privacy.
 */
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser.js';
import {
  createNote,
  foreignRequests,
  noteTexts,
  openBoardAs,
  waitForEditor,
  waitForNote,
  waitForStatus,
  type OpenBoard,
} from '../helpers/boardPage.js';
import { createBoard, type TestBoard } from '../helpers/boards.js';
import { removeTestDataDirs, startTestServer, type TestServer } from '../helpers/testServer.js';

const CLIENT_DIR = fileURLToPath(new URL('../../client/dist', import.meta.url));

let server: TestServer;
let browser: Browser;
const opened: OpenBoard[] = [];

beforeAll(async () => {
  server = await startTestServer({ WERKBORD_CLIENT_DIR: CLIENT_DIR });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  removeTestDataDirs();
});

function boardUrl(board: TestBoard, role: keyof TestBoard['tokens']): string {
  return `${server.httpUrl}/b/${board.boardId}?t=${board.tokens[role]}`;
}

async function open(url: string, name: string): Promise<OpenBoard> {
  const board = await openBoardAs(browser, url, name);
  opened.push(board);
  return board;
}

describe('two people on one board', () => {
  let board: TestBoard;
  let anna: OpenBoard;
  let bram: OpenBoard;

  beforeAll(async () => {
    board = await createBoard(server.httpUrl, 'Teamdag');
    anna = await open(boardUrl(board, 'facilitator'), 'Anna');
    bram = await open(boardUrl(board, 'participant'), 'Bram');
  });

  it('a note written with the note tool in one browser appears in the other', async () => {
    const { page } = anna;
    // tldraw's note tool is one of the drawing tools behind "Meer".
    await page.locator('[data-testid="tools.meer"]').click();
    await page.locator('[data-testid="tools.more.note"]').click();
    const canvas = page.locator('.tl-canvas');
    const box = await canvas.boundingBox();
    if (!box) throw new Error('no canvas');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForFunction(() => window.__werkbordEditor?.getEditingShapeId() !== null);
    await page.keyboard.type('Wat gaat er al goed?');
    await page.keyboard.press('Escape');

    await waitForNote(bram.page, 'Wat gaat er al goed?');
    expect(await noteTexts(bram.page)).toEqual(['Wat gaat er al goed?']);
  });

  it("shows the other person's cursor with their name", async () => {
    // Put Anna's pointer on the page point at the centre of Bram's view, so it is in his viewport.
    const centre = await bram.page.evaluate(() => {
      const bounds = window.__werkbordEditor!.getViewportPageBounds();
      return { x: bounds.midX, y: bounds.midY };
    });
    const screen = await anna.page.evaluate(
      (point) => window.__werkbordEditor!.pageToScreen(point),
      centre,
    );
    await anna.page.mouse.move(screen.x, screen.y, { steps: 5 });
    await anna.page.mouse.move(screen.x + 10, screen.y + 10, { steps: 5 });

    const nametag = bram.page.locator('.tl-collaborator__cursor .tl-nametag', { hasText: 'Anna' });
    await nametag.waitFor();
    expect(await nametag.textContent()).toContain('Anna');
  });

  it('lists both people with their roles', async () => {
    await bram.page.locator('[data-testid="participants-toggle"][data-count="2"]').waitFor();
    await bram.page.locator('[data-testid="participants-toggle"]').click();
    const roles = await bram.page
      .locator('[data-testid="participant"]')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-role')).sort());
    expect(roles).toEqual(['facilitator', 'participant']);
  });

  it('a reload keeps the note', async () => {
    await bram.page.reload();
    await waitForEditor(bram.page);
    await waitForStatus(bram.page, 'connected');
    expect(await noteTexts(bram.page)).toEqual(['Wat gaat er al goed?']);
  });

  it('an edit made offline merges with the others when the connection is back', async () => {
    await bram.context.setOffline(true);
    await waitForStatus(bram.page, 'offline');
    await createNote(bram.page, 'Offline geschreven', 400, 0);
    await createNote(anna.page, 'Intussen online', 0, 400);
    await waitForNote(anna.page, 'Intussen online');
    // While Bram is offline his note cannot have reached Anna, nor hers him.
    expect(await noteTexts(anna.page)).not.toContain('Offline geschreven');
    expect(await noteTexts(bram.page)).not.toContain('Intussen online');

    await bram.context.setOffline(false);
    await waitForStatus(bram.page, 'connected');
    await waitForNote(anna.page, 'Offline geschreven');
    await waitForNote(bram.page, 'Intussen online');
    expect(await noteTexts(anna.page)).toEqual(await noteTexts(bram.page));
  });

  it('a reload while offline loses nothing', async () => {
    const { page, context } = bram;
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await context.setOffline(true);
    await waitForStatus(page, 'offline');
    await createNote(page, 'Geschreven zonder wifi', 800, 0);
    await page.waitForTimeout(200); // the binding writes to Yjs (and IndexedDB) at most every 50 ms
    await page.reload();
    await waitForEditor(page);
    await waitForNote(page, 'Geschreven zonder wifi');

    await context.setOffline(false);
    await waitForStatus(page, 'connected');
    await waitForNote(anna.page, 'Geschreven zonder wifi');
  });
});

describe('roles and links', () => {
  it('a viewer sees the board read-only and is told so', async () => {
    const board = await createBoard(server.httpUrl, 'Meekijken');
    const facilitator = await open(boardUrl(board, 'facilitator'), 'Fatima');
    await createNote(facilitator.page, 'Alleen te lezen');
    const viewer = await open(boardUrl(board, 'viewer'), 'Vera');
    await waitForNote(viewer.page, 'Alleen te lezen');

    expect(await viewer.page.evaluate(() => window.__werkbordEditor!.getIsReadonly())).toBe(true);
    expect(await viewer.page.locator('[data-testid="role-badge"]').getAttribute('data-role')).toBe(
      'viewer',
    );
    expect(await viewer.page.locator('[data-testid="role-badge"]').textContent()).toContain(
      'Meekijker',
    );
  });

  it('a wrong link says so in Dutch', async () => {
    const board = await createBoard(server.httpUrl, 'Foute link');
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.httpUrl}/b/${board.boardId}?t=verkeerd`);
    const message = page.locator('[data-testid="error-message"]');
    await message.waitFor();
    expect(await message.textContent()).toContain('Deze link is niet geldig');
    await context.close();
  });

  it('the home page creates a board and gives three links that open it', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => localStorage.setItem('werkbord.name', 'Hanna'));
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('websocket', (socket) => requests.push(socket.url()));
    await page.goto(server.httpUrl);
    await page.locator('[data-testid="board-title-input"]').fill('Klaag- en jubelmuur team Noord');
    await page.locator('[data-testid="werkvorm-leeg-bord"]').click();
    await page.locator('[data-testid="create-board-submit"]').click();
    await page.locator('[data-testid="board-links"]').waitFor();
    const links = await Promise.all(
      ['facilitator', 'participant', 'viewer'].map((role) =>
        page.locator(`[data-testid="link-${role}-url"]`).inputValue(),
      ),
    );
    expect(new Set(links).size).toBe(3);
    for (const link of links)
      expect(link).toMatch(new RegExp(`^${server.httpUrl}/b/[\\w-]{22}\\?t=`));

    await page.locator('[data-testid="open-as-facilitator"]').click();
    await waitForEditor(page);
    expect(await page.locator('[data-testid="board-title"]').textContent()).toBe(
      'Klaag- en jubelmuur team Noord',
    );
    expect(await page.locator('[data-testid="role-badge"]').getAttribute('data-role')).toBe(
      'facilitator',
    );
    expect(foreignRequests(requests, server.httpUrl)).toEqual([]);
    await context.close();
  });
});

describe('privacy', () => {
  it('every request the board pages made went to their own origin', () => {
    const all = opened.flatMap((board) => board.requests);
    expect(all.length).toBeGreaterThan(10);
    expect(all.some((url) => url.startsWith(server.httpUrl.replace('http', 'ws')))).toBe(true);
    expect(foreignRequests(all, server.httpUrl)).toEqual([]);
  });
});
