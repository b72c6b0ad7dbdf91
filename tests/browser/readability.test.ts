/**
 * Readable on the projector: each werkvorm with a realistic amount of content (15 anekdotes and 8
 * people, 30 kaarten, 15 stakeholders with 10 relations, 6 people's circles), shown by the
 * begeleider on a 1920 × 1080 screen with "Alles in beeld". Measured from the DOM: the card
 * titles and zone labels on screen, the relations' widths, and the chrome above the board.
 */
import { fileURLToPath } from 'node:url';
import type { CirkelVanInvloed } from '@werkbord/shared';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser.js';
import { closeAfterEach, openBoardAs, type OpenBoard } from '../helpers/boardPage.js';
import { createBoard } from '../helpers/boards.js';
import { fitWholeBoard, measureReadability, waitForCameraRest } from '../helpers/readability.js';
import {
  REALISTIC_SETTINGS,
  REALISTIC_WERKVORMEN,
  fillRealisticBoard,
  realisticContent,
  realisticLayout,
  type RealisticWerkvorm,
} from '../helpers/realisticBoards.js';
import { removeTestDataDirs, startTestServer, type TestServer } from '../helpers/testServer.js';

const CLIENT_DIR = fileURLToPath(new URL('../../client/dist', import.meta.url));
const PROJECTOR = { width: 1920, height: 1080 };
/** The smallest text that reads from the back of a room, in screen pixels. */
const READABLE_PX = 12;
/** The most of the screen's height the chrome may take when folded. */
const CHROME_SHARE = 0.2;

let server: TestServer;
let browser: Browser;
const opened: OpenBoard[] = [];

beforeAll(async () => {
  server = await startTestServer({ WERKBORD_CLIENT_DIR: CLIENT_DIR });
  browser = await launchChromium();
});

closeAfterEach(opened);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  removeTestDataDirs();
});

/** The begeleider's projector with a realistic board of `werkvorm`, at "Alles in beeld". */
async function projectorBoard(werkvorm: RealisticWerkvorm): Promise<Page> {
  const board = await createBoard(
    server.httpUrl,
    'Teamdag buurtteam Noord',
    werkvorm,
    REALISTIC_SETTINGS[werkvorm],
  );
  const url = `${server.httpUrl}/b/${board.boardId}?t=${board.tokens.facilitator}`;
  const begeleider = await openBoardAs(browser, url, 'Anna', PROJECTOR);
  opened.push(begeleider);
  const { page } = begeleider;
  await fillRealisticBoard(page, werkvorm);
  await page.evaluate(() => document.fonts.ready);
  await fitWholeBoard(page);
  return page;
}

/** Folds the begeleider's tools and the step's guidance away, then shows the whole board again. */
async function foldChrome(page: Page): Promise<void> {
  const fold = page.locator('[data-testid="chrome-collapse"]');
  if ((await fold.getAttribute('aria-expanded')) === 'true') await fold.click();
  await page.locator('[data-testid="facilitation-bar"]').waitFor({ state: 'hidden' });
  await fitWholeBoard(page);
}

describe.each(REALISTIC_WERKVORMEN)('%s on a projector', (werkvorm) => {
  // Every card of the realistic board (the historielijn's 15 anekdotes and 8 people, 30 kaarten…).
  const cards = realisticContent(werkvorm, realisticLayout(werkvorm)).cards.length;

  it('shows every card title at least 12 px tall at "Alles in beeld", with the chrome folded to a fifth of the height at most', async () => {
    const page = await projectorBoard(werkvorm);
    const shown = await measureReadability(page);
    expect(shown.titlePx.count).toBe(cards);
    expect(shown.titlePx.min).toBeGreaterThanOrEqual(READABLE_PX);
    if (werkvorm !== 'leeg-bord') expect(shown.zoneLabelPx).toBeGreaterThanOrEqual(READABLE_PX);
    // A zone's question (the 2x2 vragen's, a voice's) reads from the back of the room too.
    if (shown.questionPx !== null) expect(shown.questionPx).toBeGreaterThanOrEqual(READABLE_PX);

    await foldChrome(page);
    const folded = await measureReadability(page);
    expect(folded.chromeTop).toBeLessThanOrEqual(CHROME_SHARE * PROJECTOR.height);
    expect(folded.titlePx.min).toBeGreaterThanOrEqual(READABLE_PX);

    if (werkvorm === 'stakeholdermap') {
      // Sterk, zwak and aandacht nodig apart from the back of the room: widths and dots.
      const { sterk, zwak } = folded.relationPx as Record<string, number>;
      expect(zwak).toBeGreaterThanOrEqual(1.5);
      expect(sterk).toBeGreaterThanOrEqual(3 * (zwak as number));
      const dotted = await page
        .locator('[data-testid="relatie-line"] line[data-strength="aandacht-nodig"]')
        .first()
        .evaluate((line) => getComputedStyle(line).strokeDasharray);
      expect(dotted).not.toBe('none');
    }
  });
});

describe('presentation', () => {
  it('P shows only the board, bigger; Escape brings the chrome back', async () => {
    const page = await projectorBoard('klaag-en-jubelmuur');
    const before = await measureReadability(page);
    await page.keyboard.press('p');
    await page.locator('[data-testid="presentation-exit"]').waitFor();
    await expect.poll(() => page.locator('[data-testid="board-header"]').isVisible()).toBe(false);
    await expect.poll(() => page.locator('.tlui-layout').isVisible()).toBe(false);
    await waitForCameraRest(page);
    const presented = await measureReadability(page);
    expect(presented.chromeTop).toBe(0);
    expect(presented.zoom).toBeGreaterThan(before.zoom);

    // The clicker's Page Down brings the first part of the board, the klaagmuur, to the screen.
    await page.keyboard.press('PageDown');
    await waitForCameraRest(page);
    const wall = await measureReadability(page);
    expect(wall.zoom).toBeGreaterThan(presented.zoom);

    await page.keyboard.press('Escape');
    await page.locator('[data-testid="presentation-exit"]').waitFor({ state: 'detached' });
    expect(await page.locator('[data-testid="board-header"]').isVisible()).toBe(true);
  });

  it('the begeleider steps through each person’s circles, one pair filling the screen', async () => {
    const page = await projectorBoard('cirkel-van-invloed');
    const all = await measureReadability(page);
    await page.locator('[data-testid="focus-menu"]').click();
    await page.locator('[data-testid="focus-view-pair:bram"]').click();
    await waitForCameraRest(page);
    const bram = await measureReadability(page);
    expect(bram.titlePx.min).toBeGreaterThanOrEqual(READABLE_PX);
    // Bram's pair fills most of the height of the board's part of the screen.
    const { betrokkenheidRadius } = realisticLayout(
      'cirkel-van-invloed',
    ) as CirkelVanInvloed.CirkelLayout;
    const canvasHeight = bram.viewportH - bram.chromeTop;
    expect(2 * betrokkenheidRadius * bram.zoom).toBeGreaterThan(0.65 * canvasHeight);
    expect(bram.zoom).toBeGreaterThan(1.8 * all.zoom);
    const centre = await page.evaluate(() => {
      const editor = window.__werkbordEditor!;
      return editor.getViewportPageBounds().center;
    });
    await page.locator('[data-testid="focus-next"]').click();
    await waitForCameraRest(page);
    const next = await page.evaluate(() => window.__werkbordEditor!.getViewportPageBounds().center);
    // Chaimae's pair is the next one along the row.
    expect(next.x).toBeGreaterThan(centre.x + 500);
    expect(await page.locator('[data-testid="focus-menu"]').innerText()).toContain('Chaimae');
  });
});
