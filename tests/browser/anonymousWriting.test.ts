/**
 * Anoniem schrijven in Chromium. A board made anonymous on the home page: everyone sees that it
 * is, a newcomer reads it in the name dialog, cards written there carry no author (not even a
 * pasted one's), the PDF (read back with pdftotext) and the stored document in SQLite name
 * nobody. A board switched to anonymous later in the begeleider's settings: the names disappear
 * from the cards on every screen, and new cards get none.
 */
import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { SqliteStorage } from '@werkbord/server';
import { CONTENT_RECORDS, latestRecordValues } from '@werkbord/shared';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { LAPTOP, openBoardAs, waitForEditor, waitForStatus } from '../helpers/boardPage.js';
import { launchChromium } from '../helpers/browser.js';
import { createBoard } from '../helpers/boards.js';
import { removeTestDataDirs, startTestServer, type TestServer } from '../helpers/testServer.js';

const run = promisify(execFile);
const CLIENT_DIR = fileURLToPath(new URL('../../client/dist', import.meta.url));
const ARTIFACTS = fileURLToPath(new URL('../artifacts', import.meta.url));

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

async function open(url: string, name: string): Promise<Page> {
  const opened = await openBoardAs(browser, url, name);
  contexts.push(opened.context);
  return opened.page;
}

/** A kaart made in the page as a person makes one (a user change), with these props. */
function writeKaart(page: Page, text: string, more: Record<string, unknown> = {}) {
  return page.evaluate(
    ({ text, more }) => {
      const editor = window.__werkbordEditor!;
      editor.createShape({
        type: 'werkbord-kaart',
        x: 100 + Math.random() * 400,
        y: 100 + Math.random() * 300,
        props: { text, ...more },
      } as never);
    },
    { text, more },
  );
}

/** Each kaart's text and author as this page's store has them. */
function kaarten(page: Page): Promise<Array<{ text: string; author: string }>> {
  return page.evaluate(() =>
    window
      .__werkbordEditor!.getCurrentPageShapes()
      .filter((shape) => (shape.type as string) === 'werkbord-kaart')
      .map((shape) => {
        const props = shape.props as { text: string; author: string };
        return { text: props.text, author: props.author };
      })
      .sort((a, b) => a.text.localeCompare(b.text)),
  );
}

/** The names the cards show on this screen. */
const shownAuthors = (page: Page) =>
  page
    .locator('.werkbord-card__author')
    .evaluateAll((spans) => spans.map((span) => span.textContent ?? '').filter(Boolean));

async function storedAuthors(boardId: string): Promise<string[]> {
  const storage = new SqliteStorage({ dataDir: server.dataDir, synchronous: 'NORMAL' });
  try {
    const stored = await storage.loadDocument(boardId);
    const doc = new Y.Doc();
    if (stored.state !== null) Y.applyUpdate(doc, stored.state);
    for (const update of stored.updates) Y.applyUpdate(doc, update);
    const { values } = latestRecordValues(doc.getArray(CONTENT_RECORDS).toArray());
    return [...values.values()].flatMap((val) => {
      const author = (val as { props?: { author?: unknown } }).props?.author;
      return typeof author === 'string' ? [author] : [];
    });
  } finally {
    await storage.close();
  }
}

describe('a board made anonymous on the home page', () => {
  let fatima: Page;
  let anna: Page;
  let boardId: string;

  beforeAll(async () => {
    const context = await browser.newContext({ viewport: LAPTOP });
    contexts.push(context);
    const home = await context.newPage();
    await home.goto(`${server.httpUrl}/`);
    await home.locator('[data-testid="board-title-input"]').fill('Werkdruk in het team');
    await home.locator('[data-testid="werkvorm-klaag-en-jubelmuur"]').click();
    await home.locator('[data-testid="anonymous-switch"]').check();
    await home.locator('[data-testid="create-board-submit"]').click();
    const link = (role: string) => home.locator(`[data-testid="link-${role}-url"]`).inputValue();
    const [facilitator, participant] = [await link('facilitator'), await link('participant')];
    boardId = new URL(facilitator).pathname.split('/')[2] ?? '';
    fatima = await open(facilitator, 'Fatima El Amrani');
    anna = await open(participant, 'Anna de Vries');
  });

  it('says so to everyone, and to a newcomer before they give their name', async () => {
    for (const page of [fatima, anna])
      await page.locator('[data-testid="anonymous-badge"]').waitFor();
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    contexts.push(context);
    const phone = await context.newPage();
    await phone.goto(anna.url());
    await phone.locator('[data-testid="name-anonymous"]').waitFor();
  });

  it('writes cards without an author, even a pasted one that had one', async () => {
    await writeKaart(anna, 'Te veel overleg');
    await writeKaart(fatima, 'Korte lijnen met de wijkagent');
    await writeKaart(anna, 'Geplakt van een ander bord', { author: 'Iemand Anders' });
    const expected = [
      { text: 'Geplakt van een ander bord', author: '' },
      { text: 'Korte lijnen met de wijkagent', author: '' },
      { text: 'Te veel overleg', author: '' },
    ];
    for (const page of [fatima, anna]) await expect.poll(() => kaarten(page)).toEqual(expected);
    expect(await shownAuthors(anna)).toEqual([]);
    await expect.poll(() => storedAuthors(boardId)).toEqual(['', '', '']);
  });

  it('makes a PDF that names nobody', async () => {
    await fatima.locator('[data-testid="export-menu"]').click();
    const started = fatima.waitForEvent('download', { timeout: 60_000 });
    await fatima.locator('[data-testid="export-pdf"]').click();
    const pdf = await readFile(await (await started).path());
    await mkdir(ARTIFACTS, { recursive: true });
    const file = join(ARTIFACTS, 'anonymous.pdf');
    await writeFile(file, pdf);
    const text = (await run('pdftotext', ['-enc', 'UTF-8', file, '-'])).stdout;
    expect(text).toContain('Te veel overleg');
    expect(text).toContain('Schrijven: anoniem');
    for (const name of ['Anna', 'Fatima', 'Iemand Anders', 'Deelnemers:', 'Auteur']) {
      expect(text).not.toContain(name);
    }
  });
});

describe('a board switched to anonymous in the settings', () => {
  it('takes the names off the cards on every screen, and new cards get none', async () => {
    const board = await createBoard(server.httpUrl, 'Teamoverleg', 'klaag-en-jubelmuur');
    const url = (token: string) => `${server.httpUrl}/b/${board.boardId}?t=${token}`;
    const fatima = await open(url(board.tokens.facilitator), 'Fatima');
    const bram = await open(url(board.tokens.participant), 'Bram');
    await writeKaart(bram, 'Wachttijd jeugdhulp');
    await writeKaart(fatima, 'Fijne collega’s');
    await expect.poll(() => shownAuthors(bram)).toEqual(expect.arrayContaining(['Bram', 'Fatima']));

    await fatima.locator('[data-testid="open-settings"]').click();
    await fatima.locator('[data-testid="anonymous-switch"]').check();
    await fatima.locator('[data-testid="settings-save"]').click();
    for (const page of [fatima, bram]) {
      await page.locator('[data-testid="anonymous-badge"]').waitFor();
      await expect.poll(() => shownAuthors(page)).toEqual([]);
      await expect
        .poll(async () => (await kaarten(page)).map((card) => card.author))
        .toEqual(['', '']);
    }
    await writeKaart(bram, 'Na het omzetten');
    await expect.poll(async () => (await kaarten(fatima)).length).toBe(3);
    expect((await kaarten(fatima)).map((card) => card.author)).toEqual(['', '', '']);
    await expect.poll(() => storedAuthors(board.boardId)).toEqual(['', '', '']);
    // A reload shows the same: nothing hidden in the browser's own copy.
    await bram.reload();
    await waitForEditor(bram);
    await waitForStatus(bram, 'connected');
    await expect
      .poll(async () => (await kaarten(bram)).map((card) => card.author))
      .toEqual(['', '', '']);
  });
});
