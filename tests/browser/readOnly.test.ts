/**
 * Read-only never writes: while a momentopname is shown, the comparison is open, or a dialog is
 * open, the keys that edit a board (select all, delete, undo, redo, cut, paste, nudge, tool
 * shortcuts) and a drag with a drawing tool change nothing on the live board, for anyone, and
 * not the oogst either. Each case first selects every card on the live board and gives the live
 * editor the focus, the state in which a leaked Delete would wipe the board.
 */
import { fileURLToPath } from 'node:url';
import { KlaagEnJubelmuur } from '@werkbord/shared';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser.js';
import { openBoardAs, type OpenBoard } from '../helpers/boardPage.js';
import { createBoard, type TestBoard } from '../helpers/boards.js';
import { removeTestDataDirs, startTestServer, type TestServer } from '../helpers/testServer.js';
import { placeCard, waitForShape, zonePoint } from '../helpers/werkvormPage.js';

const CLIENT_DIR = fileURLToPath(new URL('../../client/dist', import.meta.url));

let server: TestServer;
let browser: Browser;
let board: TestBoard;
let anna: Page;
let bram: Page;
const opened: OpenBoard[] = [];
const layout = KlaagEnJubelmuur.klaagEnJubelmuur.layout({ thema: '' });
let initialBoard: string;
let initialHarvest: string;

/** Every card's id, place and props as this page's store has them: the board that must not change. */
function boardState(page: Page): Promise<string> {
  return page.evaluate(() => {
    const editor = window.__werkbordEditor!;
    const records = editor.store
      .allRecords()
      .filter((record) => record.typeName === 'shape' || record.typeName === 'binding')
      .filter((record) => !record.id.includes('sentinel'))
      .map((record) => JSON.stringify(record))
      .sort();
    return records.join('\n');
  });
}

async function harvest(): Promise<string> {
  const response = await fetch(
    `${server.httpUrl}/api/boards/${board.boardId}/harvest?t=${board.tokens.viewer}`,
  );
  expect(response.status).toBe(200);
  const { result, tables } = (await response.json()) as { result: unknown; tables: unknown };
  return JSON.stringify({ result, tables });
}

function liveEditorFocused(page: Page): Promise<boolean> {
  return page.evaluate(() => window.__werkbordEditor!.getInstanceState().isFocused);
}

/** While an overlay covers the live board, nothing can give the live editor the focus. */
async function expectFocusRefused(page: Page): Promise<void> {
  await page.evaluate(() => void window.__werkbordEditor!.focus());
  expect(await liveEditorFocused(page)).toBe(false);
}

/** P starts presenting the board; not while a momentopname or a dialog has the keys. */
async function expectNoPresentationFromP(page: Page): Promise<void> {
  await page.keyboard.press('p');
  expect(await page.locator('[data-presenting="true"]').count()).toBe(0);
}

/** The live editor has the focus and every card selected: a leaked Delete would remove them all. */
async function selectEverythingOnTheLiveBoard(page: Page): Promise<void> {
  await page.evaluate(() => {
    const editor = window.__werkbordEditor!;
    editor.focus();
    editor.selectAll();
  });
}

/**
 * What a careless or curious person does with the keyboard and mouse over an overlay. Undo
 * first: the cards were made in Anna's editor, so a leaked Ctrl+Z would take one away.
 */
async function pressEverything(page: Page, area: Locator): Promise<void> {
  const box = await area.boundingBox();
  if (!box) throw new Error('the overlay is not on screen');
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  // Whatever asks the live editor for the focus now (the worst case), the press takes it away.
  await page.evaluate(() => void window.__werkbordEditor!.focus());
  await page.mouse.click(centre.x, centre.y);
  expect(await liveEditorFocused(page)).toBe(false);
  for (const key of [
    'Control+z',
    'Control+Shift+z',
    'Control+y',
    'Control+a',
    'ArrowRight',
    'Shift+ArrowDown',
    'Control+d',
    'Delete',
    'Backspace',
    'Control+x',
    'Control+v',
    'Alt+ArrowUp',
  ]) {
    await page.keyboard.press(key);
  }
  // A drawing tool's shortcut, then a drag across the overlay.
  for (const tool of ['d', 'r']) {
    await page.keyboard.press(tool);
    await page.mouse.move(centre.x - 40, centre.y - 20);
    await page.mouse.down();
    await page.mouse.move(centre.x + 40, centre.y + 20, { steps: 5 });
    await page.mouse.up();
  }
}

/**
 * Waits until whatever `page` may have sent has reached both screens and the server: a marker
 * shape it writes after the attempt arrives behind any earlier update of the same connection.
 */
async function flush(page: Page): Promise<void> {
  const id = await page.evaluate(() => {
    const editor = window.__werkbordEditor!;
    const id = `shape:sentinel-${Math.random().toString(36).slice(2)}` as never;
    editor.createShape({ id, type: 'geo', x: -5000, y: -5000 });
    return id as string;
  });
  for (const other of [anna, bram]) await waitForShape(other, id);
}

async function expectBoardUnchanged(): Promise<void> {
  expect(await boardState(anna)).toBe(initialBoard);
  expect(await boardState(bram)).toBe(initialBoard);
  expect(await harvest()).toBe(initialHarvest);
}

beforeAll(async () => {
  server = await startTestServer({ WERKBORD_CLIENT_DIR: CLIENT_DIR });
  browser = await launchChromium();
  board = await createBoard(server.httpUrl, 'Teamdag', 'klaag-en-jubelmuur');
  const url = (token: string) => `${server.httpUrl}/b/${board.boardId}?t=${token}`;
  opened.push(await openBoardAs(browser, url(board.tokens.facilitator), 'Anna'));
  opened.push(await openBoardAs(browser, url(board.tokens.participant), 'Bram'));
  [anna, bram] = opened.map((open) => open.page) as [Page, Page];
  const cards = [
    await placeCard(anna, 'werkbord-kaart', zonePoint(layout, 'klaagmuur'), {
      text: 'Te veel overleg',
    }),
    await placeCard(anna, 'werkbord-kaart', zonePoint(layout, 'jubelmuur'), {
      text: 'Fijne collega’s',
    }),
    await placeCard(anna, 'werkbord-kaart', zonePoint(layout, 'ambitie'), {
      text: 'Samen koken',
    }),
  ];
  for (const id of cards) await waitForShape(bram, id);
  initialBoard = await boardState(anna);
  expect(await boardState(bram)).toBe(initialBoard);
  initialHarvest = await harvest();
  expect(initialHarvest).toContain('Te veel overleg');

  await anna.locator('[data-testid="snapshots-toggle"]').click();
  await anna.locator('[data-testid="snapshot-name"]').fill('Begin');
  await anna.locator('[data-testid="snapshot-create"]').click();
  await anna.locator('[data-testid="snapshot-name"]').fill('Daarna');
  await anna.locator('[data-testid="snapshot-create"]').click();
  await anna.waitForFunction(
    () => document.querySelectorAll('[data-testid="snapshot-item"]').length === 2,
  );
});

afterAll(async () => {
  for (const open of opened) await open.context.close();
  await browser?.close();
  await server?.close();
  removeTestDataDirs();
});

describe('read-only never writes', () => {
  for (const who of ['begeleider', 'deelnemer'] as const) {
    it(`a momentopname shown to the ${who} takes no keys for the live board`, async () => {
      const page = who === 'begeleider' ? anna : bram;
      const panel = page.locator('[data-testid="snapshots-panel"]');
      if (!(await panel.isVisible()))
        await page.locator('[data-testid="snapshots-toggle"]').click();
      await page.locator('[data-testid="snapshot-item"]').first().waitFor();
      await selectEverythingOnTheLiveBoard(page);
      await page.locator('[data-testid="snapshot-view-0"]').click();
      const viewer = page.locator('[data-testid="snapshot-viewer"]');
      await viewer.waitFor();
      await expect.poll(() => viewer.locator('[data-shape-type="werkbord-kaart"]').count()).toBe(3);
      await expectFocusRefused(page);

      await pressEverything(page, viewer.locator('.snapshot-viewer__canvas'));
      await expectNoPresentationFromP(page);

      // The momentopname itself is read-only too.
      expect(await viewer.locator('[data-shape-type="werkbord-kaart"]').count()).toBe(3);
      // Back to the live board: the button, or Escape.
      if (who === 'begeleider') await page.locator('[data-testid="snapshot-back"]').click();
      else await page.keyboard.press('Escape');
      await viewer.waitFor({ state: 'detached' });
      await flush(page);
      await expectBoardUnchanged();
    });
  }

  it('the comparison of two momentopnamen takes no keys for the live board', async () => {
    await selectEverythingOnTheLiveBoard(anna);
    await anna.locator('[data-testid="snapshot-select-0"]').check();
    await anna.locator('[data-testid="snapshot-select-1"]').check();
    await anna.locator('[data-testid="snapshot-compare"]').click();
    const comparison = anna.locator('[data-testid="snapshot-compare-summary"]');
    await comparison.waitFor();
    await pressEverything(anna, comparison);
    await flush(anna);
    await expectBoardUnchanged();
  });

  const dialogs = [
    { name: 'settings', open: 'open-settings', dialog: 'settings-dialog', who: 'anna' },
    { name: 'rondje', open: 'round-setup', dialog: 'round-setup-dialog', who: 'anna' },
    { name: 'stemmen', open: 'voting-open', dialog: 'voting-dialog', who: 'anna' },
    { name: 'delete', open: 'board-delete', dialog: 'board-delete-dialog', who: 'anna' },
    { name: 'name', open: 'change-name', dialog: 'name-dialog', who: 'bram' },
  ] as const;
  for (const { name, open, dialog, who } of dialogs) {
    it(`the ${name} dialog takes no keys for the live board`, async () => {
      const page = who === 'anna' ? anna : bram;
      await selectEverythingOnTheLiveBoard(page);
      if (name === 'name') await page.locator('[data-testid="participants-toggle"]').click();
      await page.locator(`[data-testid="${open}"]`).click();
      const shown = page.locator(`[data-testid="${dialog}"]`);
      await shown.waitFor();
      await expectFocusRefused(page);
      // Click the dialog's title, not a field: the focus leaves every input.
      await pressEverything(page, shown.locator('h2').first());
      await expectNoPresentationFromP(page);
      await page.keyboard.press('Escape');
      await shown.waitFor({ state: 'hidden' });
      await flush(page);
      await expectBoardUnchanged();
    });
  }

  it('after the overlays are gone, the live board takes keys again', async () => {
    const first: string = await anna.evaluate(
      () =>
        window
          .__werkbordEditor!.getCurrentPageShapes()
          .find((shape) => (shape.type as string) === 'werkbord-kaart')!.id,
    );
    const card = anna.locator(`[data-shape-id="${first}"]`);
    const box = (await card.boundingBox())!;
    await anna.mouse.click(box.x + box.width / 2, box.y + 6);
    await anna.keyboard.press('Delete');
    await bram.waitForFunction((id) => !window.__werkbordEditor!.getShape(id as never), first);
  });
});
