/**
 * A participant on a phone (390×844, touch): sees the current step, adds a kaart with the toolbar
 * and writes on it; the begeleider on a laptop sees the text and what the card means.
 */
import { fileURLToPath } from 'node:url';
import { KlaagEnJubelmuur } from '@werkbord/shared';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser.js';
import { openBoardAs, waitForEditor, waitForStatus } from '../helpers/boardPage.js';
import { createBoard } from '../helpers/boards.js';
import { removeTestDataDirs, startTestServer, type TestServer } from '../helpers/testServer.js';
import { shapeProp, waitForPlacement, zonePoint } from '../helpers/werkvormPage.js';

const CLIENT_DIR = fileURLToPath(new URL('../../client/dist', import.meta.url));

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer({ WERKBORD_CLIENT_DIR: CLIENT_DIR });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  removeTestDataDirs();
});

it('on a phone a participant sees the step, adds a kaart on the jubelmuur and writes on it', async () => {
  const settings = { thema: 'Samen voor de jeugd' };
  const layout = KlaagEnJubelmuur.klaagEnJubelmuur.layout(settings);
  const board = await createBoard(server.httpUrl, 'Werkvorm', 'klaag-en-jubelmuur', settings);
  const url = (token: string) => `${server.httpUrl}/b/${board.boardId}?t=${token}`;
  const anna = await openBoardAs(browser, url(board.tokens.facilitator), 'Anna');

  const phone = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  await phone.addInitScript(() => localStorage.setItem('werkbord.name', 'Bram'));
  const page = await phone.newPage();
  await page.goto(url(board.tokens.participant));
  await waitForEditor(page);
  await waitForStatus(page, 'connected');

  const step = page.locator('[data-testid="step-title"]');
  expect(await step.isVisible()).toBe(true);
  expect((await step.innerText()).length).toBeGreaterThan(0);

  // Bring the jubelmuur into view, then tap the kaart tool and tap on the wall.
  const target = await page.evaluate(
    (point) => {
      const editor = window.__werkbordEditor!;
      editor.setCamera({ ...editor.getCamera(), z: 0.6 });
      editor.centerOnPoint(point);
      return editor.pageToScreen(point);
    },
    zonePoint(layout, 'jubelmuur'),
  );
  await page.locator('[data-testid="tools.werkbord-kaart"]').tap();
  await page.touchscreen.tap(target.x, target.y);
  const textbox = page.getByRole('textbox', { name: 'Tekst' });
  await textbox.waitFor();
  await textbox.fill('Fijne collega’s');
  await textbox.press('Escape');

  const id = await anna.page.waitForFunction(() => {
    const card = window
      .__werkbordEditor!.getCurrentPageShapes()
      .find(
        (shape) =>
          (shape.type as string) === 'werkbord-kaart' &&
          (shape.props as { text: string }).text === 'Fijne collega’s',
      );
    return card?.id ?? false;
  });
  const cardId = (await id.jsonValue()) as string;
  const placement = await waitForPlacement(anna.page, cardId, 'jubelmuur');
  expect(placement.label).toMatch(/jubelmuur/i);
  // The tool's card carries who wrote it and when.
  expect(await shapeProp(anna.page, cardId, 'author')).toBe('Bram');
  expect(await shapeProp(anna.page, cardId, 'createdAt')).toBeGreaterThan(0);
  await anna.context.close();
  await phone.close();
});
