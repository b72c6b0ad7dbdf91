/**
 * The begeleider's tools in Chromium with three people (Anna leads, Bram and Carla take part): the
 * timer agrees across screens, "iedereen naar mij" moves the others' view, the lock makes the
 * board read-only for participants, a rondje starts with whoever the begeleider picks and moves on
 * when the speaker says "ik pas", private cards stay with their writer until onthullen (the
 * begeleider sees how many each person has), and a voting round ends with totals.
 */
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser.js';
import { openBoardAs, type OpenBoard } from '../helpers/boardPage.js';
import { createBoard, type TestBoard } from '../helpers/boards.js';
import { removeTestDataDirs, startTestServer, type TestServer } from '../helpers/testServer.js';
import { placeCard, waitForShape, zonePoint } from '../helpers/werkvormPage.js';
import { KlaagEnJubelmuur } from '@werkbord/shared';

const CLIENT_DIR = fileURLToPath(new URL('../../client/dist', import.meta.url));

let server: TestServer;
let browser: Browser;
let anna: Page;
let bram: Page;
let carla: Page;
let board: TestBoard;
const opened: OpenBoard[] = [];

beforeAll(async () => {
  server = await startTestServer({ WERKBORD_CLIENT_DIR: CLIENT_DIR });
  browser = await launchChromium();
  board = await createBoard(server.httpUrl, 'Teamoverleg', 'klaag-en-jubelmuur');
  const url = (token: string) => `${server.httpUrl}/b/${board.boardId}?t=${token}`;
  for (const [token, name] of [
    [board.tokens.facilitator, 'Anna'],
    [board.tokens.participant, 'Bram'],
    [board.tokens.participant, 'Carla'],
  ] as const) {
    opened.push(await openBoardAs(browser, url(token), name));
  }
  [anna, bram, carla] = opened.map((board) => board.page) as [Page, Page, Page];
  // Everyone sees everyone before the begeleider starts.
  for (const page of [anna, bram, carla]) {
    await page.waitForFunction(
      () =>
        document
          .querySelector('[data-testid="participants-toggle"]')
          ?.getAttribute('data-count') === '3',
    );
  }
});

afterAll(async () => {
  for (const board of opened) await board.context.close();
  await browser?.close();
  await server?.close();
  removeTestDataDirs();
});

const remainingMs = async (page: Page) =>
  Number(await page.locator('[data-testid="timer-remaining"]').getAttribute('data-remaining-ms'));

describe('facilitating a session', () => {
  it('the timer shows the same remaining time on every screen', async () => {
    await anna.locator('[data-testid="timer-minutes-input"]').fill('2');
    await anna.locator('[data-testid="timer-start"]').click();
    for (const page of [bram, carla]) {
      await page.locator('[data-testid="timer"][data-status="running"]').waitFor();
    }
    const shown = (page: Page) => page.locator('[data-testid="timer-remaining"]').innerText();
    // Screens re-render as the shown second turns; read all three at once, away from a turn.
    await expect
      .poll(async () => new Set(await Promise.all([anna, bram, carla].map(shown))).size)
      .toBe(1);
    const readings = await Promise.all([anna, bram, carla].map(remainingMs));
    expect(Math.max(...readings) - Math.min(...readings)).toBeLessThan(1000);
    expect(Math.min(...readings)).toBeGreaterThan(100_000);
    expect(Math.max(...readings)).toBeLessThanOrEqual(120_000);

    await anna.locator('[data-testid="timer-pause"]').click();
    await bram.locator('[data-testid="timer"][data-status="paused"]').waitFor();
  });

  it('iedereen naar mij brings the participants to the begeleider’s view', async () => {
    const centre = (page: Page) =>
      page.evaluate(() => {
        const { center } = window.__werkbordEditor!.getViewportPageBounds();
        return { x: center.x, y: center.y };
      });
    await anna.evaluate(() => {
      window.__werkbordEditor!.setCamera({ x: -3000, y: -2000, z: 0.5 });
    });
    const target = await centre(anna);
    await anna.locator('[data-testid="follow-me"]').click();
    for (const page of [bram, carla]) {
      await expect
        .poll(
          async () => {
            const seen = await centre(page);
            return Math.hypot(seen.x - target.x, seen.y - target.y);
          },
          { timeout: 5000 },
        )
        .toBeLessThan(50);
    }
    await anna.locator('[data-testid="follow-me-release"]').click();
  });

  it('a locked board is read-only for participants until the begeleider unlocks it', async () => {
    const readonly = (page: Page) => page.evaluate(() => window.__werkbordEditor!.getIsReadonly());
    await anna.locator('[data-testid="board-lock-toggle"]').click();
    await bram.locator('[data-testid="board-locked-notice"]').waitFor();
    await expect.poll(() => readonly(bram)).toBe(true);
    expect(await readonly(anna)).toBe(false);
    await anna.locator('[data-testid="board-lock-toggle"]').click();
    await bram.locator('[data-testid="board-locked-notice"]').waitFor({ state: 'detached' });
    await expect.poll(() => readonly(bram)).toBe(false);
  });

  it('a rondje starts with whoever the begeleider picks, and moves on when the speaker passes, and when the begeleider says volgende', async () => {
    const speaker = (page: Page) =>
      page.locator('[data-testid="round-current"]').getAttribute('data-user-id');
    const own = (page: Page) =>
      page.evaluate(() => window.__werkbordEditor!.user.getRecordId() as string);
    const ids = new Map<string, Page>();
    for (const page of [anna, bram, carla]) ids.set(await own(page), page);

    await anna.locator('[data-testid="round-setup"]').click();
    await anna.locator('[data-testid="round-setup-dialog"]').waitFor();
    // Not the begeleider (first in her own list) but Carla starts.
    await anna.locator('[data-testid="round-starter"]').selectOption(await own(carla));
    expect(await anna.locator('[data-testid="round-setup-order"] li').first().innerText()).toBe(
      'Carla',
    );
    await anna.locator('[data-testid="round-start"]').click();
    for (const page of [anna, bram, carla]) {
      await page.locator('[data-testid="round-panel"]').waitFor();
    }

    const first = await speaker(anna);
    expect(first).toBe(await own(carla));
    expect(await speaker(bram)).toBe(first);
    // The speaker passes on their own screen; everyone sees the turn move on.
    const firstPage = ids.get(first ?? '');
    expect(firstPage).toBeDefined();
    await firstPage!.locator('[data-testid="round-pass"]').click();
    await expect.poll(() => speaker(carla)).not.toBe(first);
    const second = await speaker(carla);
    expect(await speaker(anna)).toBe(second);
    expect(await anna.locator('.round-panel__person[data-passed="true"]').count()).toBe(1);

    await anna.locator('[data-testid="round-next"]').click();
    await expect.poll(() => speaker(bram)).not.toBe(second);
    await anna.locator('[data-testid="round-stop"]').click();
    await bram.locator('[data-testid="round-panel"]').waitFor({ state: 'detached' });
  });

  const layout = KlaagEnJubelmuur.klaagEnJubelmuur.layout({ thema: '' });
  const cardsWithText = (page: Page, text: string) =>
    page.evaluate(
      (text) =>
        window
          .__werkbordEditor!.getCurrentPageShapes()
          .filter((shape) => (shape.props as { text?: string }).text === text).length,
      text,
    );

  it('private cards stay with their writer until onthullen, then everyone has them once', async () => {
    const shared = await placeCard(anna, 'werkbord-kaart', zonePoint(layout, 'jubelmuur'), {
      text: 'Voor iedereen',
    });
    await waitForShape(carla, shared);
    await anna.locator('[data-testid="private-writing-toggle"]').click();
    await bram.locator('[data-testid="private-writing-notice"][data-active="true"]').waitFor();
    const secret = await placeCard(bram, 'werkbord-kaart', zonePoint(layout, 'klaagmuur'), {
      text: 'Geheim van Bram',
    });
    await bram.locator(`[data-testid="private-card-mark"][data-shape-id="${secret}"]`).waitFor();
    // An edit of a card on the shared board still reaches everyone; the private card must not.
    await bram.evaluate((id) => {
      window.__werkbordEditor!.updateShape({
        id: id as never,
        type: 'werkbord-kaart',
        props: { text: 'Voor iedereen, bijgewerkt' },
      } as never);
    }, shared);
    await expect.poll(() => cardsWithText(carla, 'Voor iedereen, bijgewerkt')).toBe(1);
    await carla.waitForTimeout(1000);
    expect(await cardsWithText(carla, 'Geheim van Bram')).toBe(0);
    expect(await cardsWithText(anna, 'Geheim van Bram')).toBe(0);

    // The begeleider sees how many, per person, before onthullen; never what they say.
    const total = anna.locator('[data-testid="private-count-total"]');
    await expect.poll(() => total.getAttribute('data-count')).toBe('1');
    await total.click();
    const countOf = (name: string) =>
      anna
        .locator('[data-testid="participant"]', { hasText: name })
        .locator('[data-testid="participant-private-count"]')
        .getAttribute('data-count');
    expect(await countOf('Bram')).toBe('1');
    expect(await countOf('Carla')).toBe('0');
    expect(await anna.locator('[data-testid="participants-panel"]').innerText()).not.toContain(
      'Geheim',
    );
    // Not for the deelnemers.
    expect(await bram.locator('[data-testid="private-count-total"]').count()).toBe(0);
    await anna.locator('[data-testid="participants-close"]').click();

    await anna.locator('[data-testid="private-reveal"]').click();
    for (const page of [anna, carla]) await waitForShape(page, secret);
    await expect.poll(() => bram.locator('[data-testid="private-card-mark"]').count()).toBe(0);
    for (const page of [anna, bram, carla]) {
      expect(await cardsWithText(page, 'Geheim van Bram')).toBe(1);
    }
    const author = await carla.evaluate(
      (id) => (window.__werkbordEditor!.getShape(id as never)!.props as { author: string }).author,
      secret,
    );
    expect(author).toBe('Bram');
  });

  it('a voting round: dots up to the limit, totals for everyone at close, sorted in the harvest', async () => {
    const first = await placeCard(bram, 'werkbord-kaart', zonePoint(layout, 'ambitie'), {
      text: 'Vaste ontmoetingsplek',
    });
    const second = await placeCard(
      carla,
      'werkbord-kaart',
      zonePoint(layout, 'ambitie', { x: 400, y: 0 }),
      {
        text: 'Samen koken',
      },
    );
    for (const page of [anna, bram, carla]) {
      await waitForShape(page, first);
      await waitForShape(page, second);
      // Both cards on screen, as people look at what they vote on.
      await page.evaluate(
        (ids) => {
          const editor = window.__werkbordEditor!;
          editor.select(...(ids as never[]));
          editor.zoomToSelection();
          editor.selectNone();
        },
        [first, second],
      );
    }
    await anna.locator('[data-testid="voting-open"]').click();
    await anna.locator('[data-testid="voting-dialog"]').waitFor();
    await anna.locator('[data-testid="voting-dots-input"]').fill('2');
    await anna.locator('[data-testid="voting-start"]').click();

    const on = (page: Page, id: string, testId: string) =>
      page.locator(`.card-overlay__card[data-shape-id="${id}"] [data-testid="${testId}"]`);
    const remaining = (page: Page) =>
      page.locator('[data-testid="voting-remaining"]').getAttribute('data-remaining');
    await expect.poll(() => remaining(bram)).toBe('2');
    await on(bram, first, 'vote-add').click();
    await expect.poll(() => remaining(bram)).toBe('1');
    await on(bram, first, 'vote-add').click();
    await expect.poll(() => remaining(bram)).toBe('0');
    expect(await on(bram, second, 'vote-add').isDisabled()).toBe(true);
    await on(carla, first, 'vote-add').click();
    await expect.poll(() => remaining(carla)).toBe('1');
    await on(carla, second, 'vote-add').click();
    await expect.poll(() => remaining(carla)).toBe('0');

    await anna.locator('[data-testid="voting-close"]').click();
    for (const page of [anna, bram, carla]) {
      await expect.poll(() => on(page, first, 'vote-total').getAttribute('data-count')).toBe('3');
      await expect.poll(() => on(page, second, 'vote-total').getAttribute('data-count')).toBe('1');
    }
    const response = await fetch(
      `${server.httpUrl}/api/boards/${board.boardId}/harvest?t=${board.tokens.viewer}`,
    );
    const { votes } = (await response.json()) as { votes: { text: string; count: number }[] };
    expect(votes.map((vote) => [vote.text, vote.count])).toEqual([
      ['Vaste ontmoetingsplek', 3],
      ['Samen koken', 1],
    ]);
  });
});
