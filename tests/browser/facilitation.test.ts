/**
 * The begeleider's tools in Chromium with three people (Anna leads, Bram and Carla take part): the
 * timer agrees across screens, "iedereen naar mij" moves the others' view, the lock makes the
 * board read-only for participants, and a rondje moves on when the speaker says "ik pas".
 */
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser.js';
import { openBoardAs, type OpenBoard } from '../helpers/boardPage.js';
import { createBoard } from '../helpers/boards.js';
import { removeTestDataDirs, startTestServer, type TestServer } from '../helpers/testServer.js';

const CLIENT_DIR = fileURLToPath(new URL('../../client/dist', import.meta.url));

let server: TestServer;
let browser: Browser;
let anna: Page;
let bram: Page;
let carla: Page;
const opened: OpenBoard[] = [];

beforeAll(async () => {
  server = await startTestServer({ WERKBORD_CLIENT_DIR: CLIENT_DIR });
  browser = await launchChromium();
  const board = await createBoard(server.httpUrl, 'Teamoverleg', 'klaag-en-jubelmuur');
  const url = (token: string) => `${server.httpUrl}/b/${board.boardId}?t=${token}`;
  for (const [token, name] of [
    [board.tokens.facilitator, 'Anna'],
    [board.tokens.participant, 'Bram'],
    [board.tokens.participant, 'Carla'],
  ] as const) {
    opened.push(await openBoardAs(browser, url(token), name));
  }
  [anna, bram, carla] = opened.map((board) => board.page) as [Page, Page, Page];
  // Everyone sees everyone before the begeleider starts.
  for (const page of [anna, bram, carla]) {
    await page.waitForFunction(
      () =>
        document
          .querySelector('[data-testid="participants-toggle"]')
          ?.getAttribute('data-count') === '3',
    );
  }
});

afterAll(async () => {
  for (const board of opened) await board.context.close();
  await browser?.close();
  await server?.close();
  removeTestDataDirs();
});

const remainingMs = async (page: Page) =>
  Number(await page.locator('[data-testid="timer-remaining"]').getAttribute('data-remaining-ms'));

describe('facilitating a session', () => {
  it('the timer shows the same remaining time on every screen', async () => {
    await anna.locator('[data-testid="timer-minutes-input"]').fill('2');
    await anna.locator('[data-testid="timer-start"]').click();
    for (const page of [bram, carla]) {
      await page.locator('[data-testid="timer"][data-status="running"]').waitFor();
    }
    const shown = (page: Page) => page.locator('[data-testid="timer-remaining"]').innerText();
    // Screens re-render as the shown second turns; read all three at once, away from a turn.
    await expect
      .poll(async () => new Set(await Promise.all([anna, bram, carla].map(shown))).size)
      .toBe(1);
    const readings = await Promise.all([anna, bram, carla].map(remainingMs));
    expect(Math.max(...readings) - Math.min(...readings)).toBeLessThan(1000);
    expect(Math.min(...readings)).toBeGreaterThan(100_000);
    expect(Math.max(...readings)).toBeLessThanOrEqual(120_000);

    await anna.locator('[data-testid="timer-pause"]').click();
    await bram.locator('[data-testid="timer"][data-status="paused"]').waitFor();
  });

  it('iedereen naar mij brings the participants to the begeleider’s view', async () => {
    const centre = (page: Page) =>
      page.evaluate(() => {
        const { center } = window.__werkbordEditor!.getViewportPageBounds();
        return { x: center.x, y: center.y };
      });
    await anna.evaluate(() => {
      window.__werkbordEditor!.setCamera({ x: -3000, y: -2000, z: 0.5 });
    });
    const target = await centre(anna);
    await anna.locator('[data-testid="follow-me"]').click();
    for (const page of [bram, carla]) {
      await expect
        .poll(async () => {
          const seen = await centre(page);
          return Math.hypot(seen.x - target.x, seen.y - target.y);
        })
        .toBeLessThan(50);
    }
    await anna.locator('[data-testid="follow-me-release"]').click();
  });

  it('a locked board is read-only for participants until the begeleider unlocks it', async () => {
    const readonly = (page: Page) => page.evaluate(() => window.__werkbordEditor!.getIsReadonly());
    await anna.locator('[data-testid="board-lock-toggle"]').click();
    await bram.locator('[data-testid="board-locked-notice"]').waitFor();
    await expect.poll(() => readonly(bram)).toBe(true);
    expect(await readonly(anna)).toBe(false);
    await anna.locator('[data-testid="board-lock-toggle"]').click();
    await bram.locator('[data-testid="board-locked-notice"]').waitFor({ state: 'detached' });
    await expect.poll(() => readonly(bram)).toBe(false);
  });

  it('a rondje moves on when the speaker passes, and when the begeleider says volgende', async () => {
    await anna.locator('[data-testid="round-setup"]').click();
    await anna.locator('[data-testid="round-setup-dialog"]').waitFor();
    await anna.locator('[data-testid="round-start"]').click();
    for (const page of [anna, bram, carla]) {
      await page.locator('[data-testid="round-panel"]').waitFor();
    }
    const speaker = (page: Page) =>
      page.locator('[data-testid="round-current"]').getAttribute('data-user-id');
    const own = (page: Page) =>
      page.evaluate(() => window.__werkbordEditor!.user.getRecordId() as string);
    const ids = new Map<string, Page>();
    for (const page of [anna, bram, carla]) ids.set(await own(page), page);

    const first = await speaker(anna);
    expect(await speaker(bram)).toBe(first);
    // The speaker passes on their own screen; everyone sees the turn move on.
    const firstPage = ids.get(first ?? '');
    expect(firstPage).toBeDefined();
    await firstPage!.locator('[data-testid="round-pass"]').click();
    await expect.poll(() => speaker(carla)).not.toBe(first);
    const second = await speaker(carla);
    expect(await speaker(anna)).toBe(second);
    expect(await anna.locator('.round-panel__person[data-passed="true"]').count()).toBe(1);

    await anna.locator('[data-testid="round-next"]').click();
    await expect.poll(() => speaker(bram)).not.toBe(second);
    await anna.locator('[data-testid="round-stop"]').click();
    await bram.locator('[data-testid="round-panel"]').waitFor({ state: 'detached' });
  });
});
