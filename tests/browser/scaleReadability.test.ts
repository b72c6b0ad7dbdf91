/**
 * A schaalvraag as a group leaves it (eight people's markers, last time's ronde below the scale,
 * twenty kaarten) on the begeleider's 1920 × 1080 projector at "Alles in beeld" and on a
 * deelnemer's 390 × 844 phone: every name, value and number large enough to read, and no
 * serious or critical axe finding with "Verdeling" open.
 */
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, blocking } from '../helpers/axe.js';
import { openBoardAs, type OpenBoard } from '../helpers/boardPage.js';
import { launchChromium } from '../helpers/browser.js';
import { fitWholeBoard, measureReadability } from '../helpers/readability.js';
import {
  layoutOf,
  markerCount,
  markerSizes,
  onScale,
  openScaleView,
  placeWithTool,
  realisticSchaalvraag,
} from '../helpers/scaleBoards.js';
import { removeTestDataDirs, startTestServer, type TestServer } from '../helpers/testServer.js';
import { waitForPlacement } from '../helpers/werkvormPage.js';

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

describe('a realistic schaalvraag', () => {
  it('reads on a 1920 × 1080 projector at "Alles in beeld": every marker, its value, the numbers, last time, every kaart', async () => {
    const board = await realisticSchaalvraag(server);
    const url = `${server.httpUrl}/b/${board.boardId}?t=${board.tokens.facilitator}`;
    const begeleider = await openBoardAs(browser, url, 'Bea', { width: 1920, height: 1080 });
    opened.push(begeleider);
    const { page } = begeleider;
    await expect.poll(() => markerCount(page)).toBe(8);
    await page.evaluate(() => document.fonts.ready);
    await fitWholeBoard(page);
    const sizes = await markerSizes(page);
    expect(sizes.names).toHaveLength(8);
    expect(Math.min(...sizes.names)).toBeGreaterThanOrEqual(12);
    expect(Math.min(...sizes.values)).toBeGreaterThanOrEqual(10);
    expect(sizes.numbers).toHaveLength(11);
    expect(Math.min(...sizes.numbers)).toBeGreaterThanOrEqual(12);
    expect(sizes.pins).toHaveLength(8);
    expect(Math.min(...sizes.pins)).toBeGreaterThanOrEqual(12);
    const cards = await measureReadability(page);
    expect(cards.titlePx.count).toBe(20);
    expect(cards.titlePx.min).toBeGreaterThanOrEqual(12);
    // Each question zone's question under its label, as on the other zone boards.
    expect(cards.questionPx).toBeGreaterThanOrEqual(12);

    // The board and "Verdeling" with its chart and rondes pass axe (WCAG 2.1 AA).
    await openScaleView(page);
    await page.locator('[data-testid="scale-ronde"]').waitFor();
    expect(blocking(await axeViolations(page))).toEqual([]);
  });

  it('shows a deelnemer on a 390 × 844 phone the scale readably, and their own marker goes where they tap', async () => {
    const board = await realisticSchaalvraag(server);
    const url = `${server.httpUrl}/b/${board.boardId}?t=${board.tokens.participant}`;
    const phone = await openBoardAs(browser, url, 'Ilse', { width: 390, height: 844 });
    opened.push(phone);
    const { page } = phone;
    await expect.poll(() => markerCount(page)).toBe(8);
    const sizes = await markerSizes(page);
    expect(Math.min(...sizes.numbers)).toBeGreaterThanOrEqual(12);
    const scale = layoutOf('schaalvraag', { thema: '', doel: '' }).meters[0]!;
    const mine = await placeWithTool(page, onScale(scale, 5), 'nu');
    expect((await waitForPlacement(page, mine, 'nu:5')).label).toBe('5');
    const after = await markerSizes(page);
    expect(Math.min(...after.names)).toBeGreaterThanOrEqual(12);
    await openScaleView(page);
    expect(blocking(await axeViolations(page))).toEqual([]);
  });
});
