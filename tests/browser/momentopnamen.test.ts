/**
 * Momentopnamen and the oogst in Chromium: the begeleider saves snapshots (with a thumbnail),
 * opens one read-only, compares two, and restores one while a participant is connected; the
 * board downloads as a PNG that is not blank and a PDF with the board and harvest pages; a .tldr
 * exported by the app imports as a new board with the same cards; a deleted board is gone for all.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { KlaagEnJubelmuur } from '@werkbord/shared';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser.js';
import { openBoardAs, waitForEditor, type OpenBoard } from '../helpers/boardPage.js';
import { createBoard, type TestBoard } from '../helpers/boards.js';
import { removeTestDataDirs, startTestServer, type TestServer } from '../helpers/testServer.js';
import { placeCard, waitForPlacement, waitForShape, zonePoint } from '../helpers/werkvormPage.js';

const CLIENT_DIR = fileURLToPath(new URL('../../client/dist', import.meta.url));

let server: TestServer;
let browser: Browser;
let board: TestBoard;
let anna: Page;
let bram: Page;
const opened: OpenBoard[] = [];
const layout = KlaagEnJubelmuur.klaagEnJubelmuur.layout({ thema: '' });

beforeAll(async () => {
  server = await startTestServer({ WERKBORD_CLIENT_DIR: CLIENT_DIR });
  browser = await launchChromium();
  board = await createBoard(server.httpUrl, 'Teamdag', 'klaag-en-jubelmuur');
  const url = (token: string) => `${server.httpUrl}/b/${board.boardId}?t=${token}`;
  opened.push(await openBoardAs(browser, url(board.tokens.facilitator), 'Anna'));
  opened.push(await openBoardAs(browser, url(board.tokens.participant), 'Bram'));
  [anna, bram] = opened.map((open) => open.page) as [Page, Page];
  // Restore and delete ask for confirmation.
  anna.on('dialog', (dialog) => void dialog.accept());
});

afterAll(async () => {
  for (const open of opened) await open.context.close();
  await browser?.close();
  await server?.close();
  removeTestDataDirs();
});

async function saveSnapshot(name: string, count: number) {
  await anna.locator('[data-testid="snapshot-name"]').fill(name);
  await anna.locator('[data-testid="snapshot-create"]').click();
  await expect.poll(() => anna.locator('[data-testid="snapshot-item"]').count()).toBe(count);
}

/** A download started by clicking a menu item, as bytes. */
async function download(page: Page, item: string): Promise<Buffer> {
  await page.locator('[data-testid="export-menu"]').click();
  const started = page.waitForEvent('download', { timeout: 60_000 });
  await page.locator(`[data-testid="${item}"]`).click();
  const file = await (await started).path();
  return readFile(file);
}

/** The werkvorm of the board a link opens, as the server has it. */
/** Imports a `.tldr` from the home page; the page is on the new board (or shows the error). */
async function importTldr(page: Page, name: string, buffer: Buffer): Promise<void> {
  await page.goto(server.httpUrl);
  await page.locator('[data-testid="import-tldr-input"]').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer,
  });
}

/** Imports a `.tldr` that makes a board, and waits for its editor. */
async function importBoard(page: Page, name: string, buffer: Buffer): Promise<void> {
  await importTldr(page, name, buffer);
  await page.waitForURL(/\/b\//);
  await waitForEditor(page);
}

async function werkvormOf(link: string): Promise<string> {
  const url = new URL(link);
  const boardId = url.pathname.split('/')[2];
  const response = await fetch(`${server.httpUrl}/api/boards/${boardId}?${url.searchParams}`);
  return ((await response.json()) as { werkvorm: string }).werkvorm;
}

describe('momentopnamen', () => {
  let klacht: string;

  it('saves snapshots with a thumbnail, shows one read-only and compares two', async () => {
    klacht = await placeCard(anna, 'werkbord-kaart', zonePoint(layout, 'klaagmuur'), {
      text: 'Te veel overleg',
    });
    await waitForShape(bram, klacht);
    await anna.locator('[data-testid="snapshots-toggle"]').click();
    await anna.locator('[data-testid="snapshots-panel"]').waitFor();
    await saveSnapshot('Bijeenkomst 1', 1);
    await expect
      .poll(() =>
        anna.evaluate(() => {
          const img = document.querySelector<HTMLImageElement>('[data-testid="snapshot-item"] img');
          return img?.complete ? img.naturalWidth : 0;
        }),
      )
      .toBeGreaterThan(0);

    // Between the meetings the complaint became a cheer, and a new card came.
    await anna.evaluate(
      ({ id, at }) => {
        const editor = window.__werkbordEditor!;
        const bounds = editor.getShapePageBounds(id as never)!;
        editor.updateShape({
          id: id as never,
          type: 'werkbord-kaart',
          x: at.x - bounds.w / 2,
          y: at.y - bounds.h / 2,
        } as never);
      },
      { id: klacht, at: zonePoint(layout, 'jubelmuur') },
    );
    const nieuw = await placeCard(anna, 'werkbord-kaart', zonePoint(layout, 'ambitie'), {
      text: 'Samen koken',
    });
    await waitForPlacement(bram, klacht, 'jubelmuur');
    await saveSnapshot('Bijeenkomst 2', 2);

    // Newest first: 0 is Bijeenkomst 2, 1 is Bijeenkomst 1.
    await anna.locator('[data-testid="snapshot-select-0"]').check();
    await anna.locator('[data-testid="snapshot-select-1"]').check();
    await anna.locator('[data-testid="snapshot-compare"]').click();
    const summary = await anna.locator('[data-testid="snapshot-compare-summary"]').innerText();
    expect(summary).toMatch(/1 kaart erbij/);
    expect(summary).toContain('“Samen koken” (ambitie)');
    expect(summary).toContain('“Te veel overleg”: van klaagmuur naar jubelmuur');

    await anna.locator('[data-testid="snapshot-view-1"]').click();
    const viewer = anna.locator('[data-testid="snapshot-viewer"]');
    await viewer.waitFor();
    await expect.poll(() => viewer.locator('[data-shape-type="werkbord-kaart"]').count()).toBe(1);
    await anna.locator('[data-testid="snapshot-back"]').click();
    await viewer.waitFor({ state: 'detached' });
    await waitForShape(anna, nieuw);
  });

  it('restores a snapshot for everyone connected and keeps the state before as a snapshot', async () => {
    await anna.locator('[data-testid="snapshot-restore-1"]').click();
    await waitForPlacement(bram, klacht, 'klaagmuur');
    await bram.waitForFunction(
      () =>
        window
          .__werkbordEditor!.getCurrentPageShapes()
          .filter((shape) => (shape.type as string) === 'werkbord-kaart').length === 1,
    );
    await expect.poll(() => anna.locator('[data-testid="snapshot-item"]').count()).toBe(3);
    const names = await anna.locator('[data-testid="snapshot-item"]').allInnerTexts();
    expect(names.some((text) => /herstel/i.test(text))).toBe(true);
  });
});

describe('downloads and import', () => {
  it('the PNG is a picture that is not blank', async () => {
    const png = await download(anna, 'export-png');
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    const colours = await anna.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      const seen = new Set<number>();
      for (let i = 0; i < data.length; i += 4 * 97) {
        seen.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
      }
      return seen.size;
    }, png.toString('base64'));
    expect(colours).toBeGreaterThan(20);
  });

  it('the PDF has the board page and harvest pages', async () => {
    const pdf = await download(anna, 'export-pdf');
    const text = pdf.toString('latin1');
    expect(text.startsWith('%PDF-')).toBe(true);
    expect(text.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0).toBeGreaterThanOrEqual(2);
  });

  it('a .tldr exported by the app imports as a new board with the same cards and werkvorm', async () => {
    const tldr = await download(anna, 'export-tldr');
    const cards = (page: Page) =>
      page.evaluate(() =>
        window
          .__werkbordEditor!.getCurrentPageShapes()
          .filter((shape) => (shape.type as string).startsWith('werkbord-'))
          .map((shape) => ({ id: shape.id, x: shape.x, y: shape.y, props: shape.props }))
          .sort((a, b) => (a.id < b.id ? -1 : 1)),
      );
    const original = await cards(anna);
    expect(original.length).toBeGreaterThan(0);

    const home = await opened[0]!.context.newPage();
    await importBoard(home, 'teamdag.tldr', tldr);
    await expect.poll(async () => (await cards(home)).length).toBe(original.length);
    expect(await cards(home)).toEqual(original);
    expect(home.url()).not.toContain(board.boardId);
    expect(await werkvormOf(home.url())).toBe('klaag-en-jubelmuur');
    expect(await home.locator('[data-testid="anonymous-badge"]').count()).toBe(0);

    // A file from an anonymous board makes an anonymous board: a promise to the group an import keeps.
    const anonymousFile = JSON.parse(tldr.toString('utf8')) as {
      records: { typeName: string; meta: { werkbord?: Record<string, unknown> } }[];
    };
    const documentRecord = anonymousFile.records.find((record) => record.typeName === 'document');
    documentRecord!.meta.werkbord!.anonymous = true;
    await importBoard(home, 'anoniem.tldr', Buffer.from(JSON.stringify(anonymousFile)));
    await home.locator('[data-testid="anonymous-badge"]').waitFor();
    expect(await werkvormOf(home.url())).toBe('klaag-en-jubelmuur');

    // The same file without Werkbord's mark (an older Werkbord's, or another tool's): a leeg bord.
    const file = JSON.parse(tldr.toString('utf8')) as { records: { meta?: object }[] };
    for (const record of file.records)
      delete (record.meta as { werkbord?: unknown } | undefined)?.werkbord;
    await importBoard(home, 'ouder.tldr', Buffer.from(JSON.stringify(file)));
    await expect.poll(async () => (await cards(home)).length).toBe(original.length);
    expect(await werkvormOf(home.url())).toBe('leeg-bord');

    await importTldr(home, 'kapot.tldr', Buffer.from('{"dit is": "geen tldraw"}'));
    await home.locator('[data-testid="import-error"]').waitFor();
    expect(home.url()).not.toMatch(/\/b\//);
    await home.close();
  });
});

describe('deleting the board', () => {
  it('after a typed confirmation the board is gone for everyone, and its links say so', async () => {
    await anna.locator('[data-testid="board-delete"]').click();
    const confirm = anna.locator('[data-testid="board-delete-confirm"]');
    expect(await confirm.isDisabled()).toBe(true);
    await anna.locator('[data-testid="board-delete-input"]').fill('verwijderen');
    await confirm.click();
    await anna.locator('[data-testid="board-deleted"]').waitFor();
    // The participant who was connected is told too.
    await bram.getByText('Dit bord is verwijderd').first().waitFor();
    const response = await fetch(
      `${server.httpUrl}/api/boards/${board.boardId}?t=${board.tokens.participant}`,
    );
    expect(response.status).toBe(404);
  });
});
