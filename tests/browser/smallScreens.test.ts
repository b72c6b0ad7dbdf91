/**
 * Usable on a phone (390 × 844) and a laptop (1440 × 900): the chrome above the board stays low
 * and says "Stap 1 van 5" everywhere, a new card's edit form is always on screen (also after the
 * historielijn tidies the card into its row, and above the on-screen keyboard), the stakeholder's
 * form stays inside its card, marks on cards stay off the card and scale with the board, and the
 * team view's columns are not cut off.
 */
import { fileURLToPath } from 'node:url';
import { Historielijn, parsePeriod } from '@werkbord/shared';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser.js';
import { closeAfterEach, waitForEditor, waitForStatus } from '../helpers/boardPage.js';
import { createBoard, type TestBoard } from '../helpers/boards.js';
import { fitWholeBoard, measureReadability } from '../helpers/readability.js';
import {
  REALISTIC_SETTINGS,
  fillRealisticBoard,
  realisticLayout,
  type RealisticWerkvorm,
} from '../helpers/realisticBoards.js';
import { removeTestDataDirs, startTestServer, type TestServer } from '../helpers/testServer.js';

const CLIENT_DIR = fileURLToPath(new URL('../../client/dist', import.meta.url));
const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1440, height: 900 };
const PROJECTOR = { width: 1920, height: 1080 };

let server: TestServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  server = await startTestServer({ WERKBORD_CLIENT_DIR: CLIENT_DIR });
  browser = await launchChromium();
});

closeAfterEach(contexts);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  removeTestDataDirs();
});

async function realisticBoard(werkvorm: RealisticWerkvorm): Promise<TestBoard> {
  return createBoard(
    server.httpUrl,
    'Teamdag buurtteam Noord',
    werkvorm,
    REALISTIC_SETTINGS[werkvorm],
  );
}

/** A page on `board` as `role`, on a phone (touch) or a larger screen. */
async function open(
  board: TestBoard,
  role: keyof TestBoard['tokens'],
  viewport: { width: number; height: number },
  name = 'Bram',
): Promise<Page> {
  const phone = viewport.width < 600;
  const context = await browser.newContext({ viewport, isMobile: phone, hasTouch: phone });
  contexts.push(context);
  await context.addInitScript((chosen) => localStorage.setItem('werkbord.name', chosen), name);
  const page = await context.newPage();
  await page.goto(`${server.httpUrl}/b/${board.boardId}?t=${board.tokens[role]}`);
  await waitForEditor(page);
  await waitForStatus(page, 'connected');
  return page;
}

/** The screen box of a locator; fails when it is not rendered. */
async function box(page: Page, selector: string) {
  const found = await page.locator(selector).first().boundingBox();
  if (!found) throw new Error(`${selector} is not on screen`);
  return found;
}

/** Creates a card with its toolbar tool where the screen point (fractions of the canvas) is. */
async function useCardTool(page: Page, tool: string, at: { x: number; y: number }) {
  const canvas = await box(page, '.board__canvas');
  const x = canvas.x + canvas.width * at.x;
  const y = canvas.y + canvas.height * at.y;
  const button = page.locator(`[data-testid="tools.${tool}"]`);
  if ((page.viewportSize()?.width ?? 0) < 600) {
    await button.tap();
    await page.touchscreen.tap(x, y);
  } else {
    await button.click();
    await page.mouse.click(x, y);
  }
  await page.locator('.werkbord-card--editing .werkbord-card__form').waitFor();
}

/** Waits until the card being edited and the camera have stopped moving. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      new Promise<boolean>((resolve) => {
        const editor = window.__werkbordEditor!;
        const id = editor.getEditingShapeId();
        const before = JSON.stringify([id && editor.getShapePageBounds(id), editor.getCamera()]);
        setTimeout(() => {
          const after = JSON.stringify([id && editor.getShapePageBounds(id), editor.getCamera()]);
          resolve(after === before && editor.getCameraState() === 'idle');
        }, 400);
      }),
  );
}

/**
 * Whether the edit form is wholly in the part of the screen one can read and type in: below the
 * chrome, above the on-screen keyboard (the visual viewport's bottom) and not behind tldraw's
 * toolbar.
 */
async function formOnScreen(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const form = document
      .querySelector('.werkbord-card--editing .werkbord-card__form')!
      .getBoundingClientRect();
    const canvas = document.querySelector('.board__canvas')!.getBoundingClientRect();
    const viewport = window.visualViewport!;
    const toolbar = document.querySelector('.tlui-main-toolbar')?.getBoundingClientRect();
    const besideToolbar = !toolbar || form.right <= toolbar.left || form.left >= toolbar.right;
    const top = Math.max(canvas.top, viewport.offsetTop);
    const bottom = Math.min(
      viewport.offsetTop + viewport.height,
      besideToolbar ? Infinity : toolbar!.top,
    );
    return form.top >= top && form.bottom <= bottom && form.left >= 0 && form.right <= innerWidth;
  });
}

describe('the chrome on a phone', () => {
  it('takes at most a fifth of the height, title on one line, "Stap 1 van 5" as on a projector', async () => {
    const board = await realisticBoard('klaag-en-jubelmuur');
    const begeleider = await open(board, 'facilitator', PHONE, 'Anna');
    // A session in progress: the timer runs for everyone.
    await begeleider.locator('[data-testid="timer-start"]').tap();
    const deelnemer = await open(board, 'participant', PHONE);
    await deelnemer.locator('[data-testid="timer-remaining"]').waitFor();
    for (const page of [begeleider, deelnemer]) {
      const { chromeTop } = await measureReadability(page);
      expect(chromeTop).toBeLessThanOrEqual(0.2 * PHONE.height);
      const title = await box(page, '[data-testid="board-title"]');
      const lineHeight = await page
        .locator('[data-testid="board-title"]')
        .evaluate((element) => parseFloat(getComputedStyle(element).lineHeight));
      expect(title.height).toBeLessThan(1.5 * lineHeight);
      // Every button of the header shown is inside the screen.
      const outside = await page.evaluate(
        () =>
          Array.from(document.querySelectorAll('[data-testid="board-header"] button'))
            .filter((button) => button.getClientRects().length > 0)
            .map((button) => button.getBoundingClientRect())
            .filter((rect) => rect.left < 0 || rect.right > window.innerWidth + 0.5).length,
      );
      expect(outside).toBe(0);
      expect(await page.locator('[data-testid="step-position"]').innerText()).toBe('Stap 1 van 5');
    }
    const projector = await open(board, 'participant', PROJECTOR);
    expect(await projector.locator('[data-testid="step-position"]').innerText()).toBe(
      'Stap 1 van 5',
    );
  });
});

describe('a new card’s edit form', () => {
  it('on a laptop opens fully on screen, also when the anekdote is tidied into its row', async () => {
    const board = await realisticBoard('historielijn');
    const page = await open(board, 'participant', LAPTOP);
    await fillRealisticBoard(page, 'historielijn');
    const layout = realisticLayout('historielijn') as Historielijn.HistorielijnLayout;
    const on = (date: string, dy: number) => ({
      x: Historielijn.xForDate(parsePeriod(date)!, layout),
      y: layout.axis.y + dy,
    });
    // Far above and far below the axis, among other anekdotes: the card is tidied into a row.
    for (const point of [on('2019', -520), on('2017', 480), on('2021', -150), on('2016', 150)]) {
      await fitWholeBoard(page);
      const at = await page.evaluate(
        (point) => window.__werkbordEditor!.pageToScreen(point),
        point,
      );
      const tool = page.locator('[data-testid="tools.werkbord-anekdote"]');
      await tool.click();
      await page.mouse.click(at.x, at.y);
      await page.locator('.werkbord-card--editing .werkbord-card__form').waitFor();
      // The card is tidied into its row a moment after it was made: look once it has settled.
      await settled(page);
      // On a loaded machine the last pan may still be under way: the form must end on screen.
      await expect.poll(() => formOnScreen(page), { timeout: 3000 }).toBe(true);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
    }
  });

  it('on a phone opens on screen and stays above the on-screen keyboard', async () => {
    const board = await realisticBoard('klaag-en-jubelmuur');
    const page = await open(board, 'participant', PHONE);
    await fillRealisticBoard(page, 'klaag-en-jubelmuur');
    await fitWholeBoard(page);
    await useCardTool(page, 'werkbord-kaart', { x: 0.5, y: 0.72 });
    await settled(page);
    expect(await formOnScreen(page)).toBe(true);
    await page.getByRole('textbox', { name: 'Tekst' }).fill('Meer tijd voor huisbezoeken');
    // The keyboard takes the lower 40 % of the screen: the visible part shrinks to 500 px.
    await page.setViewportSize({ width: PHONE.width, height: 500 });
    await settled(page);
    expect(await formOnScreen(page)).toBe(true);
  });

  it('of a stakeholder stays inside its card', async () => {
    const board = await realisticBoard('stakeholdermap');
    for (const viewport of [LAPTOP, PHONE]) {
      const page = await open(board, 'participant', viewport);
      await useCardTool(page, 'werkbord-stakeholder', { x: 0.5, y: 0.5 });
      await page.getByRole('textbox', { name: 'Naam' }).fill('Stichting Welzijn Noord');
      const { form, card } = await page.evaluate(() => {
        const editor = window.__werkbordEditor!;
        const id = editor.getEditingShapeId()!;
        const bounds = editor.getShapePageBounds(id)!;
        const topLeft = editor.pageToViewport({ x: bounds.x, y: bounds.y });
        const bottomRight = editor.pageToViewport({ x: bounds.maxX, y: bounds.maxY });
        const container = editor.getContainer().getBoundingClientRect();
        const rect = document
          .querySelector('.werkbord-card--editing .werkbord-card__form')!
          .getBoundingClientRect();
        return {
          form: { top: rect.top, bottom: rect.bottom, left: rect.left, right: rect.right },
          card: {
            top: container.top + topLeft.y,
            bottom: container.top + bottomRight.y,
            left: container.left + topLeft.x,
            right: container.left + bottomRight.x,
          },
        };
      });
      expect(form.top).toBeGreaterThanOrEqual(card.top - 0.5);
      expect(form.bottom).toBeLessThanOrEqual(card.bottom + 0.5);
      expect(form.left).toBeGreaterThanOrEqual(card.left - 0.5);
      expect(form.right).toBeLessThanOrEqual(card.right + 0.5);
      await page.keyboard.press('Escape');
    }
  });
});

describe('marks on cards', () => {
  it('vote buttons and privé marks scale with the zoom and never cover the card', async () => {
    const board = await realisticBoard('klaag-en-jubelmuur');
    const begeleider = await open(board, 'facilitator', LAPTOP, 'Anna');
    const phone = await open(board, 'participant', PHONE);
    await fillRealisticBoard(begeleider, 'klaag-en-jubelmuur');
    await begeleider.locator('[data-testid="voting-open"]').click();
    await begeleider.locator('[data-testid="voting-dialog"]').waitFor();
    await begeleider.locator('[data-testid="voting-start"]').click();
    await begeleider.locator('[data-testid="private-writing-toggle"]').click();
    await phone.locator('[data-testid="private-writing-notice"][data-active="true"]').waitFor();
    const secret = await phone.evaluate(() => {
      const editor = window.__werkbordEditor!;
      const id = 'shape:geheim';
      editor.createShape({
        id,
        type: 'werkbord-kaart',
        x: 200,
        y: 400,
        props: { text: 'Geheim' },
      } as never);
      return id;
    });
    await phone.locator(`[data-testid="private-card-mark"][data-shape-id="${secret}"]`).waitFor();

    const shared = await phone.evaluate(
      () =>
        window
          .__werkbordEditor!.getCurrentPageShapes()
          .find(
            (shape) => (shape.props as { text?: string }).text === 'Te veel overleg over hetzelfde',
          )!.id as string,
    );
    const voteSelector = `.card-overlay__card[data-shape-id="${shared}"] [data-testid="card-vote"]`;
    const markSelector = `[data-testid="private-card-mark"][data-shape-id="${secret}"]`;
    await phone.locator(voteSelector).waitFor();

    /** Each mark's height on screen, and whether it covers any part of its card, at a zoom. */
    const measure = (zoom: number) =>
      phone.evaluate(
        ({ zoom, marks }) => {
          const editor = window.__werkbordEditor!;
          editor.setCamera({ x: 0, y: 0, z: zoom }, { immediate: true });
          editor.centerOnPoint(editor.getShapePageBounds(marks[0]!.card as never)!.center, {
            immediate: true,
          });
          return new Promise<{ height: number; covers: boolean }[]>((resolve) =>
            requestAnimationFrame(() =>
              requestAnimationFrame(() =>
                resolve(
                  marks.map(({ card, selector }) => {
                    const cardBox = document
                      .querySelector(`.tl-shape[data-shape-id="${card}"]`)!
                      .getBoundingClientRect();
                    const mark = document.querySelector(selector)!.getBoundingClientRect();
                    const covers =
                      mark.bottom > cardBox.top + 1 &&
                      mark.top < cardBox.bottom - 1 &&
                      mark.right > cardBox.left + 1 &&
                      mark.left < cardBox.right - 1;
                    return { height: mark.height, covers };
                  }),
                ),
              ),
            ),
          );
        },
        {
          zoom,
          marks: [
            { card: shared, selector: voteSelector },
            { card: secret, selector: markSelector },
          ],
        },
      );
    const near = await measure(1);
    const far = await measure(0.3);
    for (const [i, name] of ['stemmen', 'privé'].entries()) {
      expect(near[i]?.covers, name).toBe(false);
      expect(far[i]?.covers, name).toBe(false);
      expect(far[i]!.height, name).toBeLessThan(0.8 * near[i]!.height);
    }
  });
});

describe('the team view of the cirkel van invloed', () => {
  it('shows every column whole on a phone and on a laptop', async () => {
    const board = await realisticBoard('cirkel-van-invloed');
    for (const viewport of [PHONE, LAPTOP]) {
      const page = await open(board, 'participant', viewport);
      await page.locator('[data-testid="team-view-toggle"]').click();
      await page.locator('[data-testid="team-view-row"]').first().waitFor();
      const cells = await page.evaluate(() => {
        const panel = document.querySelector('[data-testid="team-view"]')!.getBoundingClientRect();
        return Array.from(document.querySelectorAll('.team-chart th, .team-chart td')).map(
          (cell) => {
            const rect = cell.getBoundingClientRect();
            return {
              text: cell.textContent,
              cut: cell.scrollWidth > cell.clientWidth + 1,
              outside: rect.right > panel.right + 0.5 || rect.right > window.innerWidth,
            };
          },
        );
      });
      expect(cells.length).toBe(3 * 7);
      expect(cells.filter((cell) => cell.cut || cell.outside)).toEqual([]);
    }
  });
});
