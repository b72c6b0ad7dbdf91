/**
 * WCAG 2.1 AA by axe-core in Chromium: the home page (with "Mijn borden"), the comparison of two
 * boards, every werkvorm's board with realistic
 * content and every dialog, for the begeleider and the deelnemer. No serious or critical
 * violation may remain. One page per werkvorm and role; the dialogs open one after another on it:
 * the settings (which differ per werkvorm) on every board, the others, which do not, on one.
 * Every finding (of any impact) is written to tests/artifacts/axe/ for the record.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, blocking, type AxeFinding } from '../helpers/axe.js';
import { launchChromium, openRecordedPage } from '../helpers/browser.js';
import { LAPTOP, openBoardAs, type OpenBoard } from '../helpers/boardPage.js';
import { createBoard } from '../helpers/boards.js';
import {
  REALISTIC_SETTINGS,
  REALISTIC_WERKVORMEN,
  fillRealisticBoard,
  type RealisticWerkvorm,
} from '../helpers/realisticBoards.js';
import { removeTestDataDirs, startTestServer, type TestServer } from '../helpers/testServer.js';

const CLIENT_DIR = fileURLToPath(new URL('../../client/dist', import.meta.url));
const ARTIFACTS = fileURLToPath(new URL('../artifacts/axe', import.meta.url));

let server: TestServer;
let browser: Browser;
/** Every finding per place, for the artifact. */
const record: Record<string, AxeFinding[]> = {};

beforeAll(async () => {
  server = await startTestServer({ WERKBORD_CLIENT_DIR: CLIENT_DIR });
  browser = await launchChromium();
});

afterAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(`${ARTIFACTS}/findings.json`, JSON.stringify(record, null, 2));
  await browser?.close();
  await server?.close();
  removeTestDataDirs();
});

/** Checks one place and keeps its findings; returns the blocking ones. */
async function check(place: string, page: Page, within?: string): Promise<string[]> {
  const findings = await axeViolations(page, within);
  record[place] = findings;
  return blocking(findings).map((line) => `${place}: ${line}`);
}

const testId = (id: string) => `[data-testid="${id}"]`;

/** Opens a dialog by its button, checks it, closes it with Escape. */
async function checkDialog(
  page: Page,
  place: string,
  open: () => Promise<void>,
  dialog: string,
): Promise<string[]> {
  await open();
  await page.locator(dialog).first().waitFor();
  const found = await check(place, page, dialog);
  await page.keyboard.press('Escape');
  await page.locator(dialog).first().waitFor({ state: 'hidden' });
  return found;
}

const click = (page: Page, id: string) => () => page.locator(testId(id)).click();

/** The dialogs either role can open: name, momentopnamen (panel, viewer), export, shortcuts. */
async function everyonesDialogs(page: Page, prefix: string): Promise<string[]> {
  const found: string[] = [];
  // "Verplaats naar…" appears with one selected card.
  await page.evaluate(() => {
    const editor = window.__werkbordEditor!;
    const card = editor
      .getCurrentPageShapes()
      .find((shape) => (shape.type as string) === 'werkbord-kaart')!;
    editor.select(card.id);
  });
  await page.locator(testId('card-move')).waitFor();
  found.push(...(await check(`${prefix} verplaats naar`, page, testId('card-move'))));
  await page.evaluate(() => window.__werkbordEditor!.selectNone());
  await page.locator(testId('participants-toggle')).click();
  found.push(...(await check(`${prefix} participants`, page, testId('participants-panel'))));
  found.push(
    ...(await checkDialog(
      page,
      `${prefix} name`,
      click(page, 'change-name'),
      testId('name-dialog'),
    )),
  );

  await page.locator(testId('snapshots-toggle')).click();
  await page.locator(testId('snapshot-item')).first().waitFor();
  found.push(...(await check(`${prefix} momentopnamen`, page, testId('snapshots-panel'))));
  await page.locator(testId('snapshot-view-0')).click();
  await page
    .locator(`${testId('snapshot-viewer')} [data-shape-type]`)
    .first()
    .waitFor();
  found.push(...(await check(`${prefix} momentopname viewer`, page, testId('snapshot-viewer'))));
  await page.keyboard.press('Escape');
  await page.locator(testId('snapshot-viewer')).waitFor({ state: 'detached' });
  if (await page.locator(testId('snapshots-panel')).isVisible()) {
    await page.locator(testId('snapshots-close')).click();
  }

  found.push(
    ...(await checkDialog(
      page,
      `${prefix} export`,
      click(page, 'export-menu'),
      '.export-menu__list',
    )),
  );
  found.push(
    ...(await checkDialog(
      page,
      `${prefix} sneltoetsen`,
      async () => {
        await page.locator('.tl-canvas').click({ position: { x: 5, y: 200 } });
        await page.keyboard.press('Control+Alt+/');
      },
      '.tlui-dialog__content',
    )),
  );
  return found;
}

/** The werkvorm whose board also gets the dialogs that are the same on every board. */
const ALL_DIALOGS_ON: RealisticWerkvorm = 'klaag-en-jubelmuur';

/** The begeleider's own dialogs: rondje, doe mee, stemmen, nieuw bord van dit bord, bord verwijderen. */
async function begeleiderDialogs(page: Page, prefix: string): Promise<string[]> {
  const dialogs = [
    ['rondje', 'round-setup', 'round-setup-dialog'],
    ['doe mee', 'join-open', 'join-dialog'],
    ['stemmen', 'voting-open', 'voting-dialog'],
    ['nieuw bord van dit bord', 'new-board-from-board', 'new-board-dialog'],
    ['bord verwijderen', 'board-delete', 'board-delete-dialog'],
  ] as const;
  const found: string[] = [];
  for (const [name, open, dialog] of dialogs) {
    found.push(
      ...(await checkDialog(page, `${prefix} ${name}`, click(page, open), testId(dialog))),
    );
  }
  return found;
}

it('the home page, before and after creating a board, two boards compared, and /mee (a Doe mee code)', async () => {
  const context = await browser.newContext({ viewport: LAPTOP });
  const { page } = await openRecordedPage(context, `${server.httpUrl}/`);
  await page.locator(testId('werkvorm-historielijn')).waitFor();
  const found = await check('home', page);
  await page.locator(testId('board-title-input')).fill('Teamdag buurtteam Noord');
  await page.locator(testId('create-board-submit')).click();
  await page.locator(testId('board-links')).waitFor();
  found.push(...(await check('home links', page)));
  // Back on the home page the new board is in "Mijn borden"; ticking two opens the comparison.
  await page.locator(testId('create-another')).click();
  await page.locator(testId('board-title-input')).fill('Teamdag buurtteam Zuid');
  await page.locator(testId('create-board-submit')).click();
  await page.locator(testId('board-links')).waitFor();
  await page.reload();
  await page.locator(testId('my-boards')).waitFor();
  found.push(...(await check('home mijn borden', page)));
  for (const box of await page.locator(testId('my-board-choose')).all()) await box.check();
  await page.locator(testId('my-boards-compare')).click();
  await page.locator(testId('compare-board')).nth(1).waitFor();
  found.push(...(await check('vergelijken', page)));
  await page.goto(`${server.httpUrl}/mee`);
  await page.locator(testId('join-page')).waitFor();
  found.push(...(await check('mee', page)));
  await page.locator(testId('join-code-input')).fill('ABCDE FGHJK');
  await page.locator(testId('join-submit')).click();
  await page.locator(testId('join-page-error')).waitFor();
  found.push(...(await check('mee wrong code', page)));
  await context.close();
  expect(found).toEqual([]);
});

describe.each(REALISTIC_WERKVORMEN)('%s', (werkvorm: RealisticWerkvorm) => {
  let boards: OpenBoard[] = [];
  let begeleider: Page;
  let deelnemer: Page;

  beforeAll(async () => {
    const board = await createBoard(
      server.httpUrl,
      'Toegankelijkheid',
      werkvorm,
      REALISTIC_SETTINGS[werkvorm],
    );
    const url = (token: string) => `${server.httpUrl}/b/${board.boardId}?t=${token}`;
    // Both at once; closed when this werkvorm is done, as every open board keeps Chromium busy.
    const [anna, bram] = await Promise.all([
      openBoardAs(browser, url(board.tokens.facilitator), 'Anna'),
      openBoardAs(browser, url(board.tokens.participant), 'Bram'),
    ]);
    boards = [anna, bram];
    begeleider = anna.page;
    deelnemer = bram.page;
    await fillRealisticBoard(begeleider, werkvorm);
    if (werkvorm !== ALL_DIALOGS_ON) return;
    await begeleider.locator(testId('snapshots-toggle')).click();
    await begeleider.locator(testId('snapshot-name')).fill('Na de eerste ronde');
    await begeleider.locator(testId('snapshot-create')).click();
    await begeleider.locator(testId('snapshot-item')).first().waitFor();
    await begeleider.locator(testId('snapshots-close')).click();
  });

  afterAll(async () => {
    for (const open of boards) await open.context.close();
  });

  it('the begeleider’s board and every dialog have no serious or critical violation', async () => {
    const prefix = `${werkvorm} begeleider`;
    const found = await check(`${prefix} board`, begeleider);
    found.push(
      ...(await checkDialog(
        begeleider,
        `${prefix} settings`,
        click(begeleider, 'open-settings'),
        testId('settings-dialog'),
      )),
    );
    if (werkvorm === ALL_DIALOGS_ON) {
      found.push(...(await begeleiderDialogs(begeleider, prefix)));
      found.push(...(await everyonesDialogs(begeleider, prefix)));
    }
    expect(found).toEqual([]);
  });

  it('the deelnemer’s board and every dialog have no serious or critical violation', async () => {
    const prefix = `${werkvorm} deelnemer`;
    await deelnemer.locator('[data-shape-type]').first().waitFor();
    const found = await check(`${prefix} board`, deelnemer);
    if (werkvorm === ALL_DIALOGS_ON) found.push(...(await everyonesDialogs(deelnemer, prefix)));
    expect(found).toEqual([]);
  });
});
