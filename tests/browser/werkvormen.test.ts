/**
 * Each werkvorm as a real board in Chromium: two people place and move cards, both pages show the
 * same meaning for every card, the harvest endpoint returns them where they lie, the facilitator
 * leads the steps and changes settings, and a participant cannot.
 */
import { fileURLToPath } from 'node:url';
import {
  CirkelVanInvloed,
  Historielijn,
  KlaagEnJubelmuur,
  Stakeholdermap,
  type Point,
} from '@werkbord/shared';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser.js';
import { closeAfterEach, openBoardAs, type OpenBoard } from '../helpers/boardPage.js';
import { createBoard, type TestBoard } from '../helpers/boards.js';
import { removeTestDataDirs, startTestServer, type TestServer } from '../helpers/testServer.js';
import {
  dragCard,
  fetchHarvest,
  placeCard,
  shapeProp,
  waitForPlacement,
  waitForShape,
  zonePoint,
} from '../helpers/werkvormPage.js';

const CLIENT_DIR = fileURLToPath(new URL('../../client/dist', import.meta.url));

let server: TestServer;
let browser: Browser;
const opened: OpenBoard[] = [];

beforeAll(async () => {
  server = await startTestServer({ WERKBORD_CLIENT_DIR: CLIENT_DIR });
  browser = await launchChromium();
});

closeAfterEach(opened);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  removeTestDataDirs();
});

/** The facilitator Anna and the participant Bram on a new board. */
async function twoPeople(werkvorm: string, settings: unknown) {
  const board = await createBoard(server.httpUrl, 'Werkvorm', werkvorm, settings);
  const url = (role: keyof TestBoard['tokens']) =>
    `${server.httpUrl}/b/${board.boardId}?t=${board.tokens[role]}`;
  const anna = await openBoardAs(browser, url('facilitator'), 'Anna');
  const bram = await openBoardAs(browser, url('participant'), 'Bram');
  opened.push(anna, bram);
  return { board, anna: anna.page, bram: bram.page };
}

/** Both pages show the card in `zone` with the same label; returns that label. */
async function sameMeaning(pages: OpenBoard['page'][], id: string, zone: string) {
  const seen = [];
  for (const page of pages) {
    await waitForShape(page, id);
    seen.push(await waitForPlacement(page, id, zone));
  }
  expect(new Set(seen.map((s) => s.label)).size).toBe(1);
  return seen[0]!.label;
}

describe('historielijn', () => {
  const settings: Historielijn.HistorielijnSettings = {
    period: { from: { year: 2012, month: null }, to: { year: 2020, month: null } },
    purpose: 'pas-op-de-plaats',
    thema: 'Tien jaar buurtteam',
  };
  const layout = Historielijn.historielijn.layout(settings);
  const onAxis = (year: number): Point => ({
    x: Historielijn.xForDate({ kind: 'point', at: { year, month: null } }, layout),
    y: zonePoint(layout, Historielijn.TIJDBALK_ZONE_ID).y,
  });

  it('an anekdote sits at its date, dragging it changes the date for everyone, the harvest has it', async () => {
    const { board, anna, bram } = await twoPeople('historielijn', settings);
    const id = await placeCard(bram, 'werkbord-anekdote', onAxis(2014), {
      date: '2014',
      title: 'Eerste buurtfeest',
      story: 'Er kwamen tweehonderd mensen.',
    });
    expect(await sameMeaning([bram, anna], id, 'tijdbalk')).toContain('2014');

    await dragCard(bram, id, onAxis(2017));
    await anna.waitForFunction(
      (id) => (window.__werkbordEditor!.getShape(id as never)?.props as { date: string }).date,
      id,
    );
    await bram.waitForFunction(
      (id) =>
        (window.__werkbordEditor!.getShape(id as never)?.props as { date: string }).date === '2017',
      id,
    );
    await anna.waitForFunction(
      (id) =>
        (window.__werkbordEditor!.getShape(id as never)?.props as { date: string }).date === '2017',
      id,
    );
    expect(await sameMeaning([anna, bram], id, 'tijdbalk')).toContain('2017');

    const harvest = await fetchHarvest<Historielijn.HistorielijnResult>(server.httpUrl, board);
    expect(harvest.anekdotes.map((a) => [a.title, a.story, a.onAxis])).toEqual([
      ['Eerste buurtfeest', 'Er kwamen tweehonderd mensen.', true],
    ]);
    expect(harvest.anekdotes[0]?.period).toEqual({
      kind: 'point',
      at: { year: 2017, month: null },
    });
  });

  it('the anekdote tool puts a new card on the tijdbalk with the date of where it was placed', async () => {
    const { bram } = await twoPeople('historielijn', settings);
    await bram.locator('[data-testid="tools.werkbord-anekdote"]').click();
    const target = await bram.evaluate((point) => {
      const editor = window.__werkbordEditor!;
      editor.centerOnPoint(point);
      return editor.pageToScreen(point);
    }, onAxis(2016));
    await bram.mouse.click(target.x, target.y);
    const id = await bram.waitForFunction(() => {
      const card = window
        .__werkbordEditor!.getCurrentPageShapes()
        .find((shape) => (shape.type as string) === 'werkbord-anekdote');
      return card?.id ?? false;
    });
    expect(await shapeProp(bram, (await id.jsonValue()) as string, 'date')).toBe('2016');
  });

  it('the facilitator leads the steps and changes the period; a participant can do neither', async () => {
    const { anna, bram } = await twoPeople('historielijn', settings);
    const id = await placeCard(anna, 'werkbord-anekdote', onAxis(2018), {
      date: '2018',
      title: 'Nieuwe wijkmanager',
    });
    await sameMeaning([anna, bram], id, 'tijdbalk');

    expect(await bram.locator('[data-testid="open-settings"]').count()).toBe(0);
    expect(await bram.locator('[data-testid="step-next"]').count()).toBe(0);
    const stepIndex = (page: OpenBoard['page']) =>
      page.locator('[data-testid="step-title"]').getAttribute('data-step-index');
    expect(await stepIndex(bram)).toBe('0');
    await anna.locator('[data-testid="step-next"]').click();
    await bram.waitForFunction(
      () =>
        document.querySelector('[data-testid="step-title"]')?.getAttribute('data-step-index') ===
        '1',
    );

    // A longer period re-lays the tijdbalk; the card keeps its year.
    const before = await shapeProp(bram, id, 'date');
    const xBefore = await bram.evaluate(
      (id) => window.__werkbordEditor!.getShape(id as never)!.x,
      id,
    );
    await anna.locator('[data-testid="open-settings"]').click();
    await anna.locator('[data-testid="settings-dialog"]').waitFor();
    await anna.locator('[data-testid="setting-period-from-year"]').fill('2005');
    await anna.locator('[data-testid="settings-save"]').click();
    await bram.waitForFunction(
      ({ id, xBefore }) => window.__werkbordEditor!.getShape(id as never)!.x !== xBefore,
      { id, xBefore },
    );
    expect(await shapeProp(bram, id, 'date')).toBe(before);
    expect(await sameMeaning([anna, bram], id, 'tijdbalk')).toContain('2018');
  });
});

describe('klaag- en jubelmuur', () => {
  const settings = { thema: 'Samen voor de jeugd' };
  const layout = KlaagEnJubelmuur.klaagEnJubelmuur.layout(settings);

  it('cards take the meaning and colour of the wall they lie on; the harvest sorts them', async () => {
    const { board, anna, bram } = await twoPeople('klaag-en-jubelmuur', settings);
    const klacht = await placeCard(bram, 'werkbord-kaart', zonePoint(layout, 'klaagmuur'), {
      text: 'Te veel overleg',
    });
    const jubel = await placeCard(anna, 'werkbord-kaart', zonePoint(layout, 'jubelmuur'), {
      text: 'Goede sfeer in het team',
    });
    const los = await placeCard(
      bram,
      'werkbord-kaart',
      { x: -1500, y: -1500 },
      {
        text: 'Elke jongere kent een vertrouwd gezicht',
      },
    );
    expect(await sameMeaning([anna, bram], klacht, 'klaagmuur')).toMatch(/klaagmuur/i);
    expect(await sameMeaning([anna, bram], jubel, 'jubelmuur')).toMatch(/jubelmuur/i);
    await sameMeaning([anna, bram], los, '');

    await dragCard(bram, los, zonePoint(layout, 'ambitie'));
    expect(await sameMeaning([anna, bram], los, 'ambitie')).not.toBe('');

    const harvest = await fetchHarvest<KlaagEnJubelmuur.KlaagEnJubelmuurResult>(
      server.httpUrl,
      board,
    );
    expect(harvest.klaagmuur.cards.map((c) => c.text)).toEqual(['Te veel overleg']);
    expect(harvest.jubelmuur.cards.map((c) => c.text)).toEqual(['Goede sfeer in het team']);
    expect(harvest.ambitie.map((c) => c.text)).toEqual(['Elke jongere kent een vertrouwd gezicht']);
    expect(harvest.klaagmuur.cards[0]?.author).toBe('Bram');
  });
});

describe('stakeholdermap', () => {
  const settings = { initiative: 'De Brug', rings: 3, thema: '' };
  const layout = Stakeholdermap.stakeholdermap.layout(settings);

  it('a stakeholder moved across a ring boundary changes ring for everyone; relations are harvested', async () => {
    const { board, anna, bram } = await twoPeople('stakeholdermap', settings);
    const wijkteam = await placeCard(bram, 'werkbord-stakeholder', zonePoint(layout, 'ring-1'), {
      name: 'Wijkteam',
      belangen: 'Vroeg signaleren',
      tags: ['kans-voor-linkje'],
    });
    const gemeente = await placeCard(anna, 'werkbord-stakeholder', zonePoint(layout, 'ring-3'), {
      name: 'Gemeente',
      belangen: 'Minder dure zorg',
      tags: [],
    });
    expect(await sameMeaning([anna, bram], wijkteam, 'ring-1')).toContain('1');
    await dragCard(bram, wijkteam, zonePoint(layout, 'ring-2'));
    expect(await sameMeaning([anna, bram], wijkteam, 'ring-2')).toContain('2');

    await bram.evaluate(
      ({ from, to }) => {
        window.__werkbordEditor!.select(from as never, to as never);
      },
      { from: wijkteam, to: gemeente },
    );
    await bram.locator('[data-testid="relatie-verbind"]').click();
    const relation = await anna.waitForFunction(() => {
      const line = window
        .__werkbordEditor!.getCurrentPageShapes()
        .find((shape) => (shape.type as string) === 'werkbord-relatie');
      return line?.id ?? false;
    });
    const relationId = (await relation.jsonValue()) as string;
    await anna.evaluate((id) => {
      window.__werkbordEditor!.select(id as never);
    }, relationId);
    await anna.locator('[data-testid="relatie-strength-aandacht-nodig"]').click();
    await bram.waitForFunction(
      (id) =>
        (window.__werkbordEditor!.getShape(id as never)?.props as { strength: string })
          ?.strength === 'aandacht-nodig',
      relationId,
    );

    const harvest = await fetchHarvest<Stakeholdermap.StakeholdermapResult>(server.httpUrl, board);
    expect(harvest.initiative).toBe('De Brug');
    expect(harvest.stakeholders.map((s) => [s.name, s.ring, s.belangen, s.tags])).toEqual([
      ['Wijkteam', 2, 'Vroeg signaleren', ['kans-voor-linkje']],
      ['Gemeente', 3, 'Minder dure zorg', []],
    ]);
    expect(harvest.relations.map((r) => [r.fromName, r.toName, r.strength])).toEqual([
      ['Wijkteam', 'Gemeente', 'aandacht-nodig'],
    ]);
  });
});

describe('cirkel van invloed en betrokkenheid', () => {
  const settings = {
    thema: 'Werkdruk',
    owners: [
      { id: 'anna', name: 'Anna' },
      { id: 'bram', name: 'Bram' },
    ],
  };
  const layout = CirkelVanInvloed.cirkelVanInvloed.layout(settings);

  it('each person sorts cards in their own circles; the team view and the harvest count them', async () => {
    const { board, anna, bram } = await twoPeople('cirkel-van-invloed', settings);
    const planning = await placeCard(bram, 'werkbord-kaart', zonePoint(layout, 'bram:invloed'), {
      text: 'Eigen planning',
    });
    const beleid = await placeCard(bram, 'werkbord-kaart', zonePoint(layout, 'bram:invloed'), {
      text: 'Beleid van de gemeente',
    });
    const overleg = await placeCard(anna, 'werkbord-kaart', zonePoint(layout, 'anna:invloed'), {
      text: 'Teamoverleg',
    });
    await sameMeaning([anna, bram], planning, 'bram:invloed');
    await sameMeaning([anna, bram], overleg, 'anna:invloed');
    await dragCard(bram, beleid, zonePoint(layout, 'bram:betrokkenheid'));
    await sameMeaning([anna, bram], beleid, 'bram:betrokkenheid');

    await anna.locator('[data-testid="team-view-toggle"]').click();
    const row = anna.locator('[data-testid="team-view-row"][data-owner="bram"]');
    await expect.poll(() => row.getAttribute('data-invloed')).toBe('1');
    await expect.poll(() => row.getAttribute('data-betrokkenheid')).toBe('1');

    const harvest = await fetchHarvest<CirkelVanInvloed.CirkelResult>(server.httpUrl, board);
    const bramCircles = harvest.owners.find((owner) => owner.name === 'Bram');
    expect(bramCircles?.invloed.map((c) => c.text)).toEqual(['Eigen planning']);
    expect(bramCircles?.betrokkenheid.map((c) => c.text)).toEqual(['Beleid van de gemeente']);
    expect(harvest.comparison.map((c) => [c.name, c.invloed, c.betrokkenheid])).toEqual([
      ['Anna', 1, 0],
      ['Bram', 1, 1],
    ]);
  });
});
