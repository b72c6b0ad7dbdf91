/**
 * A werkvorm's canvas, not a drawing program: each werkvorm's toolbar in Chromium offers its card
 * tools in words, select and hand, and tldraw's drawing tools behind "Meer"; the style panel only
 * for drawn shapes; the begeleider switches drawing off for deelnemers (buttons and keys gone);
 * tldraw's Dutch corrected and the page's name in each reader's language; the labelled tools fit
 * on a phone, upright and sideways.
 */
import { fileURLToPath } from 'node:url';
import { CardKind, WERKVORMEN, type Werkvorm } from '@werkbord/shared';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser.js';
import {
  closeAfterEach,
  openBoardAs,
  waitForEditor,
  waitForStatus,
  type OpenBoard,
} from '../helpers/boardPage.js';
import { createBoard, type TestBoard } from '../helpers/boards.js';
import { destroyClients, syncedClient } from '../helpers/syncClients.js';
import { removeTestDataDirs, startTestServer, type TestServer } from '../helpers/testServer.js';
import { waitFor } from '../helpers/waitFor.js';

const CLIENT_DIR = fileURLToPath(new URL('../../client/dist', import.meta.url));

let server: TestServer;
let browser: Browser;
const opened: OpenBoard[] = [];

beforeAll(async () => {
  server = await startTestServer({ WERKBORD_CLIENT_DIR: CLIENT_DIR });
  browser = await launchChromium();
});

closeAfterEach(opened);
afterEach(() => destroyClients());

afterAll(async () => {
  await browser?.close();
  await server?.close();
  removeTestDataDirs();
});

const DUTCH_CARD_TOOL: Record<CardKind, string> = {
  anekdote: 'Anekdote',
  stakeholder: 'Stakeholder',
  kaart: 'Kaart',
  markering: 'Markering',
};

const TOOL_ID: Record<CardKind, string> = {
  anekdote: 'werkbord-anekdote',
  stakeholder: 'werkbord-stakeholder',
  kaart: 'werkbord-kaart',
  markering: 'werkbord-markering',
};

const toolbar = (page: Page) => page.locator('[data-testid="werkbord-toolbar"]');
const currentTool = (page: Page) =>
  page.evaluate(() => window.__werkbordEditor!.getCurrentToolId());
const shapeTypes = (page: Page) =>
  page.evaluate(() =>
    window
      .__werkbordEditor!.getCurrentPageShapes()
      .map((shape) => shape.type)
      .sort(),
  );

async function open(board: TestBoard, role: keyof TestBoard['tokens'], name: string) {
  const url = `${server.httpUrl}/b/${board.boardId}?t=${board.tokens[role]}`;
  const page = await openBoardAs(browser, url, name, { width: 1440, height: 900 });
  opened.push(page);
  return page.page;
}

/** Presses a key with the canvas focused, as someone working on the board does. */
async function pressOnCanvas(page: Page, key: string): Promise<void> {
  await page.evaluate(() => void window.__werkbordEditor!.focus());
  await page.keyboard.press(key);
}

async function setDrawingOff(begeleider: Page, off: boolean): Promise<void> {
  await begeleider.locator('[data-testid="open-settings"]').click();
  const box = begeleider.locator('[data-testid="settings-drawing-off"]');
  await box.setChecked(off);
  await begeleider.locator('[data-testid="settings-save"]').click();
  await begeleider.locator('[data-testid="settings-dialog"]').waitFor({ state: 'detached' });
}

describe('the toolbar of every werkvorm', () => {
  it.each(WERKVORMEN.map((werkvorm): [string, Werkvorm] => [werkvorm.id, werkvorm]))(
    '%s: its cards in words, select and hand, and drawing behind "Meer"',
    async (_id, werkvorm) => {
      const board = await createBoard(server.httpUrl, 'Teamdag', werkvorm.id);
      const page = await open(board, 'facilitator', 'Anna');
      const bar = toolbar(page);

      for (const kind of Object.values(CardKind)) {
        const button = bar.locator(`[data-testid="tools.${TOOL_ID[kind]}"]`);
        if (werkvorm.cardKinds.includes(kind)) {
          expect(await button.innerText()).toBe(DUTCH_CARD_TOOL[kind]);
        } else {
          expect(await button.count()).toBe(0);
        }
      }
      const relatie = bar.locator('[data-testid="tools.werkbord-relatie"]');
      expect(await relatie.count()).toBe(werkvorm.relations ? 1 : 0);
      if (werkvorm.relations) expect(await relatie.innerText()).toBe('Relatie');
      for (const tool of ['select', 'hand']) {
        expect(await bar.locator(`[data-testid="tools.${tool}"]`).isVisible()).toBe(true);
      }
      // Not one of tldraw's drawing tools in the toolbar itself.
      expect(await bar.locator('[data-testid^="tools."][data-value]').count()).toBe(
        werkvorm.cardKinds.length + (werkvorm.relations ? 1 : 0) + 2,
      );

      const meer = bar.locator('[data-testid="tools.meer"]');
      expect(await meer.innerText()).toBe('Meer');
      await meer.click();
      const grid = page.locator('[data-testid="tools.meer-content"]');
      await grid.waitFor();
      for (const tool of ['draw', 'highlight', 'eraser', 'arrow', 'text', 'note', 'rectangle']) {
        expect(await grid.locator(`[data-testid="tools.more.${tool}"]`).count()).toBe(1);
      }
      // An embed would load another host's page: not offered at all.
      expect(await grid.locator('[data-testid="tools.more.embed"]').count()).toBe(0);

      // A drawing tool picked from "Meer" is in hand, and "Meer" says so.
      await grid.locator('[data-testid="tools.more.draw"]').click();
      expect(await currentTool(page)).toBe('draw');
      expect(await meer.getAttribute('data-active')).toBe('true');

      // The werkvorm's first card kind is key 1.
      await pressOnCanvas(page, '1');
      expect(await currentTool(page)).toBe(TOOL_ID[werkvorm.cardKinds[0]!]);
    },
  );

  it('a meekijker gets select and hand only', async () => {
    const board = await createBoard(server.httpUrl, 'Teamdag', 'stakeholdermap');
    const page = await open(board, 'viewer', 'Vera');
    const ids = await toolbar(page)
      .locator('button[data-value]')
      .evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-value')));
    expect(ids).toEqual(['select', 'hand']);
    expect(await toolbar(page).locator('[data-testid="tools.meer"]').count()).toBe(0);
  });
});

describe('the style panel', () => {
  it('shows only while something drawn is selected or a drawing tool is in hand', async () => {
    const board = await createBoard(server.httpUrl, 'Teamdag', 'klaag-en-jubelmuur');
    const page = await open(board, 'facilitator', 'Anna');
    const panel = page.locator('[data-testid="style.panel"]');
    const ids = await page.evaluate(() => {
      const editor = window.__werkbordEditor!;
      editor.createShape({ id: 'shape:kaart', type: 'werkbord-kaart', x: 0, y: 0 } as never);
      editor.createShape({ id: 'shape:vorm' as never, type: 'geo', x: 400, y: 0 });
      editor.selectNone();
      return editor.getCurrentPageShapes().map((shape) => shape.id);
    });
    expect(ids).toHaveLength(2);
    expect(await panel.count()).toBe(0);

    await page.evaluate(() => void window.__werkbordEditor!.select('shape:kaart' as never));
    expect(await panel.count()).toBe(0);

    await page.evaluate(() => void window.__werkbordEditor!.select('shape:vorm' as never));
    await panel.waitFor();

    await page.evaluate(() => void window.__werkbordEditor!.selectNone());
    await panel.waitFor({ state: 'detached' });
    await pressOnCanvas(page, 'd');
    await panel.waitFor();
  });
});

describe('"Tekenen uit voor deelnemers"', () => {
  it('leaves a deelnemer the cards only: no "Meer", no drawing key, no drawn shape', async () => {
    const board = await createBoard(server.httpUrl, 'Teamdag', 'klaag-en-jubelmuur');
    const anna = await open(board, 'facilitator', 'Anna');
    const bram = await open(board, 'participant', 'Bram');
    const errors: string[] = [];
    bram.on('pageerror', (error) => errors.push(error.message));
    const bramMeer = toolbar(bram).locator('[data-testid="tools.meer"]');
    expect(await bramMeer.count()).toBe(1);

    await setDrawingOff(anna, true);
    await bramMeer.waitFor({ state: 'detached' });
    // The begeleider keeps drawing.
    expect(await toolbar(anna).locator('[data-testid="tools.meer"]').count()).toBe(1);

    for (const key of ['d', 'Shift+D', 'e', 'r', 'a', 't', 'n', 'k']) {
      await pressOnCanvas(bram, key);
      expect(await currentTool(bram), key).toBe('select');
    }
    await pressOnCanvas(bram, '1');
    expect(await currentTool(bram)).toBe('werkbord-kaart');
    await pressOnCanvas(bram, 'v');

    // A double-click on the empty canvas writes no text, and a drawn shape made another way
    // (pasted, copied) goes away before it reaches the board: the document never has it.
    const watcher = await syncedClient(server.syncUrl, board.boardId, board.tokens.viewer);
    const written = new Set<string>();
    watcher.records.on('change', (changes: Map<string, { action: string; newValue?: unknown }>) => {
      for (const change of changes.values()) {
        const type = (change.newValue as { type?: string } | undefined)?.type;
        if (change.action !== 'delete' && type) written.add(type);
      }
    });
    const box = (await bram.locator('.tl-canvas').boundingBox())!;
    await bram.mouse.dblclick(box.x + box.width - 60, box.y + 60);
    await bram.keyboard.press('Escape');
    await bram.evaluate(() =>
      window.__werkbordEditor!.createShape({ type: 'geo', x: 5000, y: 5000 }),
    );
    await bram.evaluate(() =>
      window.__werkbordEditor!.createShape({ type: 'werkbord-kaart', x: 5000, y: 5400 } as never),
    );
    await anna.waitForFunction(() =>
      window
        .__werkbordEditor!.getCurrentPageShapes()
        .some((shape) => (shape.type as string) === 'werkbord-kaart'),
    );
    expect(await shapeTypes(bram)).toEqual(['werkbord-kaart']);
    expect(await shapeTypes(anna)).toEqual(['werkbord-kaart']);
    await waitFor('the kaart in the document', () => written.has('werkbord-kaart'));
    expect([...written]).toEqual(['werkbord-kaart']);
    expect(errors).toEqual([]);

    // Drawing on again: "Meer" and the keys are back.
    await setDrawingOff(anna, false);
    await bramMeer.waitFor();
    await pressOnCanvas(bram, 'd');
    expect(await currentTool(bram)).toBe('draw');
  });

  it('puts down the drawing tool a deelnemer has in hand when drawing is switched off', async () => {
    const board = await createBoard(server.httpUrl, 'Teamdag', 'leeg-bord');
    const anna = await open(board, 'facilitator', 'Anna');
    const bram = await open(board, 'participant', 'Bram');
    await pressOnCanvas(bram, 'd');
    expect(await currentTool(bram)).toBe('draw');
    await setDrawingOff(anna, true);
    await bram.waitForFunction(() => window.__werkbordEditor!.getCurrentToolId() === 'select');
  });
});

describe("tldraw's texts", () => {
  it('are good Dutch, and the page name follows the language without changing the board', async () => {
    const board = await createBoard(server.httpUrl, 'Teamdag', 'historielijn');
    const page = await open(board, 'participant', 'Bram');
    const pageMenu = page.locator('[data-testid="page-menu.button"]');
    const meerTool = (tool: string) =>
      page.locator(`[data-testid="tools.meer-content"] [data-testid="tools.more.${tool}"]`);
    const label = async (tool: string) => {
      await toolbar(page).locator('[data-testid="tools.meer"]').click();
      const text = await meerTool(tool).getAttribute('aria-label');
      await page.keyboard.press('Escape');
      await meerTool(tool).waitFor({ state: 'detached' });
      return text;
    };

    expect(await pageMenu.innerText()).toBe('Pagina 1');
    expect(await label('highlight')).toMatch(/^Markeerstift/);
    expect(await label('eraser')).toMatch(/^Gum/);
    expect(await label('note')).toMatch(/^Notitie/);

    await page.locator('[data-testid="language-en"]').click();
    await waitFor(
      'the page name in English',
      async () => (await pageMenu.innerText()) === 'Page 1',
    );
    expect(await label('highlight')).toMatch(/^Highlight/);
    expect(await toolbar(page).locator('[data-testid="tools.meer"]').innerText()).toBe('More');

    // Only the display changed: the board still says "Pagina 1" to everyone else.
    const stored = await syncedClient(server.syncUrl, board.boardId, board.tokens.viewer);
    expect((stored.records.get('page:page') as { name: string }).name).toBe('Pagina 1');
  });
});

describe('on a phone', () => {
  it.each([
    ['upright', 390, 844],
    ['sideways', 844, 390],
  ])('%s the labelled tools fit on the screen', async (_how, width, height) => {
    const board = await createBoard(server.httpUrl, 'Teamdag', 'stakeholdermap');
    const context = await browser.newContext({
      viewport: { width, height },
      isMobile: true,
      hasTouch: true,
    });
    await context.addInitScript(() => localStorage.setItem('werkbord.name', 'Bram'));
    const page = await context.newPage();
    opened.push({ context, page, requests: [] });
    await page.goto(`${server.httpUrl}/b/${board.boardId}?t=${board.tokens.participant}`);
    await waitForEditor(page);
    await waitForStatus(page, 'connected');

    const buttons = toolbar(page).locator('button[data-value], [data-testid="tools.meer"]');
    expect(await buttons.count()).toBe(6);
    const boxes = await buttons.evaluateAll((elements) =>
      elements.map((element) => {
        const rect = element.getBoundingClientRect();
        const label = element.querySelector('.werkbord-tool__label');
        const text = label?.getBoundingClientRect();
        return {
          left: rect.left,
          right: rect.right,
          bottom: rect.bottom,
          // A label wider than its button is cut off.
          cut: text ? text.left < rect.left - 1 || text.right > rect.right + 1 : false,
          text: label?.textContent ?? null,
        };
      }),
    );
    for (const box of boxes) {
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(width);
      expect(box.bottom).toBeLessThanOrEqual(height);
      expect(box.cut, box.text ?? '').toBe(false);
    }
    expect(boxes.map((box) => box.text).filter(Boolean)).toEqual([
      'Stakeholder',
      'Kaart',
      'Relatie',
      'Meer',
    ]);
    // A tap picks a card tool.
    await toolbar(page).locator('[data-testid="tools.werkbord-kaart"]').tap();
    expect(await currentTool(page)).toBe('werkbord-kaart');
  });
});
