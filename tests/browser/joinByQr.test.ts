/**
 * "Doe mee" in Chromium. The begeleider shows the QR code on a 1920 × 1080 projector (and on a
 * laptop and a phone); a QR decoder reads a real screenshot of the page and gets exactly the
 * deelnemer link; the code is large enough to read from the back of the room. A phone that opens
 * the decoded link lands in the name dialog, and so does one that types the short code at /mee.
 */
import { fileURLToPath } from 'node:url';
import { formatJoinCode } from '@werkbord/shared';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBoardAs, type OpenBoard, type Viewport } from '../helpers/boardPage.js';
import { launchChromium } from '../helpers/browser.js';
import { createBoard, type TestBoard } from '../helpers/boards.js';
import { qrFromPng } from '../helpers/qrFromPng.js';
import { fillRealisticBoard, REALISTIC_SETTINGS } from '../helpers/realisticBoards.js';
import { removeTestDataDirs, startTestServer, type TestServer } from '../helpers/testServer.js';

const CLIENT_DIR = fileURLToPath(new URL('../../client/dist', import.meta.url));
const PROJECTOR: Viewport = { width: 1920, height: 1080 };
const PHONE: Viewport = { width: 390, height: 844 };

let server: TestServer;
let browser: Browser;
let board: TestBoard;
let participantLink: string;
let filled = false;
const opened: OpenBoard[] = [];

beforeAll(async () => {
  server = await startTestServer({ WERKBORD_CLIENT_DIR: CLIENT_DIR });
  browser = await launchChromium();
  board = await createBoard(
    server.httpUrl,
    'Jeugd in Noord',
    'klaag-en-jubelmuur',
    REALISTIC_SETTINGS['klaag-en-jubelmuur'],
  );
  participantLink = `${server.httpUrl}/b/${board.boardId}?t=${board.tokens.participant}`;
});

afterAll(async () => {
  for (const page of opened) await page.context.close();
  await browser?.close();
  await server?.close();
  removeTestDataDirs();
});

async function showJoin(viewport: Viewport): Promise<Page> {
  const begeleider = await openBoardAs(
    browser,
    `${server.httpUrl}/b/${board.boardId}?t=${board.tokens.facilitator}`,
    'Fatima',
    viewport,
  );
  opened.push(begeleider);
  const { page } = begeleider;
  if (!filled) await fillRealisticBoard(page, 'klaag-en-jubelmuur');
  filled = true;
  await page.locator('[data-testid="join-open"]').click();
  await page.locator('[data-testid="join-qr"]').waitFor();
  return page;
}

/** A phone without a name yet, as someone who just walked in. */
async function newPhone(): Promise<Page> {
  const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
  opened.push({ context, page: await context.newPage(), requests: [] });
  return opened.at(-1)!.page;
}

describe('Doe mee', () => {
  it('shows the deelnemer link as a QR code a decoder reads from a projector screenshot', async () => {
    const page = await showJoin(PROJECTOR);
    expect(qrFromPng(await page.screenshot())).toBe(participantLink);

    // Readable from the back of the room: the code nearly fills the screen's height, each
    // module is big, and the short address and the code are in large type.
    const qr = (await page.locator('[data-testid="join-qr"]').boundingBox())!;
    const modules = Number(
      await page.locator('[data-testid="join-qr"]').getAttribute('data-modules'),
    );
    expect(qr.height).toBeGreaterThan(PROJECTOR.height * 0.8);
    expect(qr.width / (modules + 8)).toBeGreaterThan(18);
    const fontSize = (testId: string) =>
      page
        .locator(`[data-testid="${testId}"]`)
        .evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    expect(await fontSize('join-code')).toBeGreaterThanOrEqual(64);
    expect(await fontSize('join-url')).toBeGreaterThanOrEqual(32);
    expect(await page.locator('[data-testid="join-url"]').innerText()).toBe(
      `${new URL(server.httpUrl).host}/mee`,
    );
    // Nothing of it sticks out of the screen.
    const code = (await page.locator('[data-testid="join-code"]').boundingBox())!;
    expect(code.x + code.width).toBeLessThanOrEqual(PROJECTOR.width);
    expect(code.y + code.height).toBeLessThanOrEqual(PROJECTOR.height);
  });

  it('reads on a laptop and on a phone too', async () => {
    for (const viewport of [{ width: 1440, height: 900 }, PHONE]) {
      const page = await showJoin(viewport);
      expect(qrFromPng(await page.screenshot())).toBe(participantLink);
    }
  });

  it('brings a phone that opens the scanned link to the name dialog, and onto the board', async () => {
    const projector = await showJoin(PROJECTOR);
    const scanned = qrFromPng(await projector.screenshot());
    expect(scanned).toBe(participantLink);
    const phone = await newPhone();
    await phone.goto(scanned!);
    await phone.locator('[data-testid="name-dialog"]').waitFor();
    await phone.locator('[data-testid="name-input"]').fill('Sanne');
    await phone.locator('[data-testid="name-submit"]').click();
    await phone.locator('[data-testid="connection-status"][data-status="connected"]').waitFor();
    expect(await phone.locator('[data-testid="role-badge"]').getAttribute('data-role')).toBe(
      'participant',
    );
  });

  it('brings a phone that types the short code at /mee to the name dialog', async () => {
    const projector = await showJoin(PROJECTOR);
    const code = (await projector.locator('[data-testid="join-code"]').innerText()).trim();
    const url = await projector.locator('[data-testid="join-url"]').innerText();
    const phone = await newPhone();
    await phone.goto(`http://${url}`);
    await phone.locator('[data-testid="join-page"]').waitFor();
    // A wrong code says so and stays on the page.
    await phone.locator('[data-testid="join-code-input"]').fill('ABCDE FGHJK');
    await phone.locator('[data-testid="join-submit"]').click();
    await phone.locator('[data-testid="join-page-error"]').waitFor();
    // Typed as people type: small letters.
    await phone
      .locator('[data-testid="join-code-input"]')
      .fill(formatJoinCode(code.replace(/\s/g, '')).toLowerCase());
    await phone.locator('[data-testid="join-submit"]').click();
    await phone.locator('[data-testid="name-dialog"]').waitFor();
    expect(phone.url()).toBe(participantLink);
  });
});
