/**
 * Anoniem schrijven on a schaalvraag, in Chromium: on a board made anonymous each person's marker
 * shows no name and no colour of theirs, and is owned by an id that is not the user id everyone
 * sees in presence, yet its owner moves it and nobody else can; when the begeleider switches a
 * board to anonymous in the settings, the markers already there lose name and colour on every
 * screen and stay their owners' own. The harvest names nobody.
 */
import { Markers } from '@werkbord/shared';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBoardAs, type OpenBoard } from '../helpers/boardPage.js';
import { launchChromium } from '../helpers/browser.js';
import { createBoard, type TestBoard } from '../helpers/boards.js';
import { layoutOf, onScale, placeWithTool, sameValue } from '../helpers/scaleBoards.js';
import { removeTestDataDirs, startTestServer, type TestServer } from '../helpers/testServer.js';
import { dragCard } from '../helpers/werkvormPage.js';
import { fileURLToPath } from 'node:url';

const CLIENT_DIR = fileURLToPath(new URL('../../client/dist', import.meta.url));
const GREY = Markers.ANONYMOUS_MARKER_COLOUR;

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

const settings = { thema: 'Wijkgericht werken', doel: 'Elke bewoner kent ons', rondes: [] };
const scale = layoutOf('schaalvraag', settings).meters[0]!;

async function twoPeople(anonymous: boolean) {
  const board = await createBoard(server.httpUrl, 'Teamdag', 'schaalvraag', settings, {
    anonymous,
  });
  const url = (role: keyof TestBoard['tokens']) =>
    `${server.httpUrl}/b/${board.boardId}?t=${board.tokens[role]}`;
  const anna = await openBoardAs(browser, url('facilitator'), 'Anna');
  const bram = await openBoardAs(browser, url('participant'), 'Bram');
  opened.push(anna, bram);
  return { board, anna: anna.page, bram: bram.page };
}

/** A marker's props and whether its owner is the page's user id, as this page has it. */
function markerOn(page: Page, id: string) {
  return page.evaluate((id) => {
    const editor = window.__werkbordEditor!;
    const shape = editor.getShape(id as never);
    const props = shape?.props as { owner: string; author: string; colour: string } | undefined;
    return props && { ...props, ownerIsUserId: props.owner === editor.user.getId() };
  }, id);
}

/** The texts the page draws on its markers. */
function markerTexts(page: Page) {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('.tl-shape[data-shape-type="werkbord-markering"]')).map(
      (shape) => shape.textContent ?? '',
    ),
  );
}

async function harvestText(board: TestBoard): Promise<string> {
  const base = `${server.httpUrl}/api/boards/${board.boardId}/harvest?t=${board.tokens.viewer}`;
  const json = await (await fetch(base)).text();
  const markdown = await (await fetch(`${base}&format=markdown`)).text();
  return json + markdown;
}

describe('markers on an anonymous schaalvraag', () => {
  it('show no name or colour, belong to no user id, and are still only their owner’s', async () => {
    const { board, anna, bram } = await twoPeople(true);
    const bramMarker = await placeWithTool(bram, onScale(scale, 7), 'nu');
    const annaMarker = await placeWithTool(anna, onScale(scale, 3), 'nu');
    expect(await sameValue([anna, bram], bramMarker, 'nu:7')).toBe('7');
    expect(await sameValue([anna, bram], annaMarker, 'nu:3')).toBe('3');
    expect(await markerOn(bram, bramMarker)).toMatchObject({
      author: '',
      colour: GREY,
      ownerIsUserId: false,
    });
    expect(await markerTexts(anna)).toHaveLength(2);
    expect((await markerTexts(anna)).join(' ')).not.toMatch(/Anna|Bram/);
    // Each finds their own among the grey: it says "Jij", the others "Anoniem".
    await expect.poll(async () => (await markerTexts(bram)).sort()).toEqual(['3Anoniem', '7Jij']);

    // Bram moves his own again; Anna's does not move for him.
    await placeWithTool(bram, onScale(scale, 9), 'nu');
    expect(await sameValue([anna, bram], bramMarker, 'nu:9')).toBe('9');
    await dragCard(bram, annaMarker, onScale(scale, 10));
    expect(await sameValue([anna, bram], annaMarker, 'nu:3')).toBe('3');

    const text = await harvestText(board);
    expect(text).not.toMatch(/Anna|Bram/);
    expect(text).toContain('"value":9');
  });

  it('lose name and colour on every screen when the begeleider switches it on, and stay their owners’', async () => {
    const { board, anna, bram } = await twoPeople(false);
    const bramMarker = await placeWithTool(bram, onScale(scale, 6), 'nu');
    expect(await sameValue([anna, bram], bramMarker, 'nu:6')).toBe('6');
    expect(await markerOn(anna, bramMarker)).toMatchObject({ author: 'Bram' });
    await expect.poll(async () => (await markerTexts(anna)).join(' ')).toContain('Bram');

    await anna.locator('[data-testid="open-settings"]').click();
    await anna.locator('[data-testid="anonymous-switch"]').check();
    await anna.locator('[data-testid="settings-save"]').click();
    for (const page of [anna, bram]) {
      await expect
        .poll(() => markerOn(page, bramMarker))
        .toMatchObject({ author: '', colour: GREY, ownerIsUserId: false });
      await expect.poll(async () => (await markerTexts(page)).join(' ')).not.toContain('Bram');
    }
    // Still Bram's: his page moves it, and every page sees it there.
    await placeWithTool(bram, onScale(scale, 8), 'nu');
    expect(await sameValue([anna, bram], bramMarker, 'nu:8')).toBe('8');
    await expect.poll(() => harvestText(board)).not.toContain('Bram');
  });
});
