/**
 * Reusing and comparing boards in Chromium: the begeleider makes "Nieuw bord van dit bord" with
 * the prepared cards and gets its three links; both boards are in "Mijn borden" on the home page
 * (this browser's localStorage only); ticking them there opens the comparison, which shows both
 * boards and what differs. A browser without the boards in its list cannot compare them. The
 * other two sources: empty, and from a momentopname.
 */
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser.js';
import { openBoardAs, waitForEditor } from '../helpers/boardPage.js';
import { createBoard, type TestBoard, tokenOf } from '../helpers/boards.js';
import { fillRealisticBoard, REALISTIC_SETTINGS } from '../helpers/realisticBoards.js';
import { removeTestDataDirs, startTestServer, type TestServer } from '../helpers/testServer.js';

const CLIENT_DIR = fileURLToPath(new URL('../../client/dist', import.meta.url));
const WIDE = { width: 1440, height: 900 };

let server: TestServer;
let browser: Browser;
let source: TestBoard;
let anna: BrowserContext;
let page: Page;
const contexts: BrowserContext[] = [];
/** The new board's links, as the dialog showed them. */
let links: Record<'facilitator' | 'participant' | 'viewer', string>;

beforeAll(async () => {
  server = await startTestServer({ WERKBORD_CLIENT_DIR: CLIENT_DIR });
  browser = await launchChromium();
  source = await createBoard(
    server.httpUrl,
    'Teamdag Noord',
    'stakeholdermap',
    REALISTIC_SETTINGS.stakeholdermap,
  );
  const opened = await openBoardAs(
    browser,
    `${server.httpUrl}/b/${source.boardId}?t=${source.tokens.facilitator}`,
    'Anna',
    WIDE,
  );
  ({ context: anna, page } = opened);
  contexts.push(anna);
  await fillRealisticBoard(page, 'stakeholdermap');
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await server?.close();
  removeTestDataDirs();
});

/** The stakeholders' names on an open board, sorted. */
const stakeholders = (on: Page) =>
  on.evaluate(() =>
    window
      .__werkbordEditor!.getCurrentPageShapes()
      .filter((shape) => (shape.type as string) === 'werkbord-stakeholder')
      .map((shape) => (shape.props as { name: string }).name)
      .sort(),
  );

describe('Nieuw bord van dit bord', () => {
  it('makes a board with the prepared cards and shows its three links', async () => {
    await page.locator('[data-testid="new-board-from-board"]').click();
    const dialog = page.locator('[data-testid="new-board-dialog"]');
    await dialog.waitFor();
    // No momentopname yet: that source cannot be chosen, and says why.
    expect(await dialog.locator('[data-testid="new-board-source-snapshot"]').isDisabled()).toBe(
      true,
    );
    expect(await dialog.locator('[data-testid="new-board-title"]').inputValue()).toBe(
      'Teamdag Noord',
    );
    await dialog.locator('[data-testid="new-board-title"]').fill('Teamdag Zuid');
    await dialog.locator('[data-testid="new-board-source-prepared"]').check();
    await dialog.locator('[data-testid="new-board-submit"]').click();
    await dialog.locator('[data-testid="board-links"]').waitFor();
    links = {
      facilitator: await dialog.locator('[data-testid="link-facilitator-url"]').inputValue(),
      participant: await dialog.locator('[data-testid="link-participant-url"]').inputValue(),
      viewer: await dialog.locator('[data-testid="link-viewer-url"]').inputValue(),
    };
    for (const link of Object.values(links)) {
      expect(link).toMatch(new RegExp(`^${server.httpUrl}/b/[\\w-]{22}\\?t=`));
      expect(link).not.toContain(source.boardId);
    }
    // The new board opens in another tab: this board stays open.
    expect(await dialog.locator('[data-testid="open-as-facilitator"]').getAttribute('target')).toBe(
      '_blank',
    );
    await dialog.locator('[data-testid="create-another"]').click();
    await dialog.waitFor({ state: 'detached' });

    // A deelnemer of the new board finds the stakeholders where they were, without writers.
    const bram = await openBoardAs(browser, links.participant, 'Bram', WIDE);
    contexts.push(bram.context);
    await expect.poll(() => stakeholders(bram.page)).toEqual(await stakeholders(page));
    const authors = await bram.page.evaluate(() =>
      window
        .__werkbordEditor!.getCurrentPageShapes()
        .filter((shape) => (shape.type as string) === 'werkbord-stakeholder')
        .map((shape) => (shape.props as { author: string }).author),
    );
    expect(new Set(authors)).toEqual(new Set(['']));
    expect(await bram.page.locator('[data-testid="board-title"]').textContent()).toBe(
      'Teamdag Zuid',
    );
  });
});

describe('Mijn borden and comparing two boards', () => {
  it('lists this browser’s boards and compares the two ticked', async () => {
    // Team Zuid's begeleider changes the new board: one stakeholder out, another in.
    const zuid = await anna.newPage();
    await zuid.goto(links.facilitator);
    await waitForEditor(zuid);
    await expect.poll(async () => (await stakeholders(zuid)).length).toBeGreaterThan(0);
    const dropped = (await stakeholders(zuid))[0]!;
    await zuid.evaluate((name) => {
      const editor = window.__werkbordEditor!;
      const shape = editor
        .getCurrentPageShapes()
        .find((s) => (s.props as { name?: string }).name === name)!;
      editor.updateShape({
        id: shape.id,
        type: shape.type,
        props: { name: 'Voedselbank Zuid' },
      } as never);
    }, dropped);
    await expect.poll(() => stakeholders(zuid)).toContain('Voedselbank Zuid');
    await zuid.waitForTimeout(300); // the binding writes at most every 50 ms
    await zuid.close();

    const home = await anna.newPage();
    await home.goto(server.httpUrl);
    const list = home.locator('[data-testid="my-boards"]');
    await list.waitFor();
    const titles = await list.locator('[data-testid="my-board-open"]').allTextContents();
    expect(titles.sort()).toEqual(['Teamdag Noord', 'Teamdag Zuid']);
    // The list lives in this browser: its keys name the boards and hold their begeleider links.
    const stored = await home.evaluate(() =>
      Object.keys(localStorage).filter((key) => key.startsWith('werkbord.myBoard.')),
    );
    expect(stored.sort()).toEqual(
      [source.boardId, new URL(links.facilitator).pathname.split('/')[2]]
        .map((id) => `werkbord.myBoard.${id}`)
        .sort(),
    );

    const compare = home.locator('[data-testid="my-boards-compare"]');
    expect(await compare.isDisabled()).toBe(true);
    for (const box of await list.locator('[data-testid="my-board-choose"]').all())
      await box.check();
    await compare.click();
    await home.waitForURL(/\/vergelijk\?a=[\w-]{22}&b=[\w-]{22}$/);
    expect(home.url()).not.toContain(tokenOf(links.facilitator));

    const view = home.locator('[data-testid="compare"]');
    await view.waitFor();
    expect(await view.locator('[data-testid="compare-board"]').count()).toBe(2);
    const findings = await view.locator('[data-testid="compare-findings"] li').allTextContents();
    expect(findings.join('\n')).toContain(`noemt ${dropped}`);
    expect(findings.join('\n')).toContain('Alleen Teamdag Zuid noemt Voedselbank Zuid.');
    const onlyZuid = view.locator('[data-table^="stakeholders-alleen"]', {
      hasText: 'Voedselbank Zuid',
    });
    expect(await onlyZuid.count()).toBe(1);
    // Both boards are drawn, each by its own layout, the cards in the page's language.
    const zuidBoard = view.locator('[data-testid="compare-board"]', { hasText: 'Teamdag Zuid' });
    const drawnTitles = () =>
      zuidBoard
        .locator('[data-testid="card-stakeholder"] .werkbord-card__title')
        .evaluateAll((titles) => titles.map((title) => title.textContent?.replace(/\u00ad/g, '')));
    await expect.poll(drawnTitles).toContain('Voedselbank Zuid');
    expect((await drawnTitles()).length).toBe((await stakeholders(page)).length);
    expect(await zuidBoard.locator('.werkbord-card__tag').allTextContents()).toContain(
      'kans voor een linkje',
    );
    await home.close();
  });

  it('a browser without both boards in its list cannot compare them, and says why', async () => {
    const context = await browser.newContext({ viewport: WIDE });
    contexts.push(context);
    const stranger = await context.newPage();
    const zuidId = new URL(links.facilitator).pathname.split('/')[2]!;
    await stranger.goto(`${server.httpUrl}/vergelijk?a=${source.boardId}&b=${zuidId}`);
    const message = stranger.locator('[data-testid="error-message"]');
    await message.waitFor();
    expect(await message.textContent()).toContain('staat niet in Mijn borden');
  });
});

describe('Nieuw bord van dit bord, empty or from a momentopname', () => {
  /** Makes a new board through the dialog; its stakeholders, as its harvest reads them. */
  async function newBoard(source: 'empty' | 'snapshot'): Promise<string[]> {
    await page.locator('[data-testid="new-board-from-board"]').click();
    const dialog = page.locator('[data-testid="new-board-dialog"]');
    await dialog.locator(`[data-testid="new-board-source-${source}"]`).check();
    await dialog.locator('[data-testid="new-board-submit"]').click();
    const viewer = await dialog.locator('[data-testid="link-viewer-url"]').inputValue();
    await dialog.locator('[data-testid="create-another"]').click();
    const url = new URL(viewer);
    const boardId = url.pathname.split('/')[2];
    const response = await fetch(`${server.httpUrl}/api/boards/${boardId}/harvest${url.search}`);
    const harvest = (await response.json()) as { result: { stakeholders: { name: string }[] } };
    return harvest.result.stakeholders.map((s) => s.name).sort();
  }

  it('empty has the werkvorm without cards; a momentopname gives the board as it was', async () => {
    expect(await newBoard('empty')).toEqual([]);
    await page.locator('[data-testid="snapshots-toggle"]').click();
    await page.locator('[data-testid="snapshot-name"]').fill('Voor de pauze');
    await page.locator('[data-testid="snapshot-create"]').click();
    await page.locator('[data-testid="snapshot-item"]').first().waitFor();
    await page.locator('[data-testid="snapshots-close"]').click();
    const then = await stakeholders(page);
    // After the momentopname one stakeholder goes; the new board still has it.
    await page.evaluate(() => {
      const editor = window.__werkbordEditor!;
      const shape = editor
        .getCurrentPageShapes()
        .find((s) => (s.type as string) === 'werkbord-stakeholder')!;
      editor.deleteShapes([shape.id]);
    });
    await expect.poll(async () => (await stakeholders(page)).length).toBe(then.length - 1);
    expect(await newBoard('snapshot')).toEqual(then);
  });
});
