/**
 * A session without a mouse, in Chromium: the deelnemer Bram Tabs to the card tool and presses
 * Enter (a card in the middle of the view, being edited), writes it, leaves editing with Escape,
 * presses M for "Verplaats naar…" and types the zone's name (the card moves there and a live region
 * says so), then Tabs to the card's vote button and presses Enter. Every step by keyboard only.
 */
import { KlaagEnJubelmuur } from '@werkbord/shared';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser.js';
import { openBoardAs, type OpenBoard } from '../helpers/boardPage.js';
import { createBoard } from '../helpers/boards.js';
import { removeTestDataDirs, startTestServer, type TestServer } from '../helpers/testServer.js';
import { fetchHarvest, waitForPlacement } from '../helpers/werkvormPage.js';

const CLIENT_DIR = fileURLToPath(new URL('../../client/dist', import.meta.url));

let server: TestServer;
let browser: Browser;
const opened: OpenBoard[] = [];

beforeAll(async () => {
  server = await startTestServer({ WERKBORD_CLIENT_DIR: CLIENT_DIR });
  browser = await launchChromium();
});

afterAll(async () => {
  for (const board of opened) await board.context.close();
  await browser?.close();
  await server?.close();
  removeTestDataDirs();
});

/** What has keyboard focus: its accessible label or text, and its test id. */
function focused(page: Page) {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    return {
      label: active?.getAttribute('aria-label') ?? active?.textContent ?? '',
      testId: active?.dataset.testid ?? '',
      shapeId: active?.closest<HTMLElement>('[data-shape-id]')?.dataset.shapeId ?? '',
    };
  });
}

/** Presses Tab until `wanted` holds for the focused element (at most `limit` times). */
async function tabTo(
  page: Page,
  wanted: (element: Awaited<ReturnType<typeof focused>>) => boolean,
  limit = 60,
) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (wanted(await focused(page))) return;
  }
  throw new Error('Tab never reached the element');
}

it('creates a card, writes it, moves it into a zone and votes on it, by keyboard only', async () => {
  const board = await createBoard(server.httpUrl, 'Teamdag', 'klaag-en-jubelmuur', {
    thema: 'Samen voor de jeugd',
  });
  const url = (token: string) => `${server.httpUrl}/b/${board.boardId}?t=${token}`;
  const anna = await openBoardAs(browser, url(board.tokens.facilitator), 'Anna');
  const bram = await openBoardAs(browser, url(board.tokens.participant), 'Bram');
  opened.push(anna, bram);
  const page = bram.page;

  // 1. The card tool by Tab and Enter: a card in the middle of the view, its text field focused.
  await tabTo(page, (element) => element.label.startsWith('Kaart'));
  await page.keyboard.press('Enter');
  const field = page.locator('.werkbord-card__form textarea');
  await field.waitFor();
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');

  // 2. Write it, and leave editing with Escape: the card stays selected.
  await page.keyboard.type('Fijne collega’s');
  await page.keyboard.press('Escape');
  await field.waitFor({ state: 'detached' });
  const id = await page.evaluate(() => window.__werkbordEditor!.getOnlySelectedShape()?.id ?? '');
  expect(id).toMatch(/^shape:/);

  // It was made in the middle of the view: the jubelmuur.
  await waitForPlacement(page, id, KlaagEnJubelmuur.WallZone.Jubelmuur);

  // 3. M jumps to "Verplaats naar…"; typing the zone's name chooses it and moves the card.
  await page.keyboard.press('m');
  expect((await focused(page)).testId).toBe('card-move-select');
  await page.keyboard.type('Klaagmuur');
  await waitForPlacement(page, id, KlaagEnJubelmuur.WallZone.Klaagmuur);
  await expect
    .poll(() => page.locator('[data-testid="card-zone-status"]').textContent())
    .toBe('Kaart ‘Fijne collega’s’ ligt nu in Klaagmuur');
  // Escape goes back to the canvas, the card still selected: tldraw names it with its zone.
  await page.keyboard.press('Escape');
  await expect
    .poll(() =>
      page.evaluate(() => {
        const editor = window.__werkbordEditor!;
        const shape = editor.getOnlySelectedShape()!;
        return editor.getShapeUtil(shape).getAriaDescriptor(shape);
      }),
    )
    .toBe('Kaart ‘Fijne collega’s’, in Klaagmuur');

  // 4. The begeleider opens a voting round; Bram Tabs to the card's + and presses Enter.
  await anna.page.locator('[data-testid="voting-open"]').click();
  await anna.page.locator('[data-testid="voting-start"]').click();
  await page.locator('[data-testid="voting-bar"]').waitFor();
  // Tab on a selected card goes to the next card (tldraw); Escape lets go of it first.
  await page.keyboard.press('Escape');
  await tabTo(page, (element) => element.testId === 'vote-add' && element.shapeId === id);
  await page.keyboard.press('Enter');
  await expect
    .poll(() =>
      page
        .locator(`.card-overlay__card[data-shape-id="${id}"] [data-testid="vote-mine"]`)
        .getAttribute('data-count'),
    )
    .toBe('1');

  // The harvest has the card in the klaagmuur.
  const harvest = await fetchHarvest<{ tables: { rows: string[][] }[] }>(server.httpUrl, board);
  expect(JSON.stringify(harvest)).toContain('Fijne collega’s');
});
