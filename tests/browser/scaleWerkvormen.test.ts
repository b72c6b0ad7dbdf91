/**
 * The werkvormen where each person places their own marker, as real boards in Chromium: the
 * begeleider Anna and the deelnemer Bram each place theirs with the Markering tool, both pages
 * show both markers at the same values, neither can move the other's, "Verdeling" shows median
 * and spread, the begeleider fixes the markers as a ronde (the scale empties, the ronde stays
 * faded below it), and the harvest (JSON, Markdown, CSV, PDF) has every marker with its person,
 * per ronde, the median and spread and a chart.
 */
import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import {
  DEFAULT_SHAPE_PROPS,
  type Energiemeter,
  findWerkvorm,
  findZone,
  Markers,
  newMemberKey,
  type Point,
  presenceIdForKey,
  type Schaalvraag,
  ShapeType,
  zoneBounds,
} from '@werkbord/shared';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, blocking } from '../helpers/axe.js';
import { openBoardAs, type OpenBoard } from '../helpers/boardPage.js';
import { launchChromium } from '../helpers/browser.js';
import { createBoard, type TestBoard } from '../helpers/boards.js';
import { fitWholeBoard, measureReadability } from '../helpers/readability.js';
import { shapeRecord } from '../helpers/records.js';
import { destroyClients, syncedClient } from '../helpers/syncClients.js';
import { removeTestDataDirs, startTestServer, type TestServer } from '../helpers/testServer.js';
import { waitFor } from '../helpers/waitFor.js';
import { dragCard, fetchHarvest, waitForPlacement } from '../helpers/werkvormPage.js';

const run = promisify(execFile);
const CLIENT_DIR = fileURLToPath(new URL('../../client/dist', import.meta.url));
const ARTIFACTS = fileURLToPath(new URL('../artifacts', import.meta.url));

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

/** The begeleider Anna and the deelnemer Bram on a new board. */
async function twoPeople(werkvorm: string, settings: unknown) {
  const board = await createBoard(server.httpUrl, 'Teamdag', werkvorm, settings);
  const url = (role: keyof TestBoard['tokens']) =>
    `${server.httpUrl}/b/${board.boardId}?t=${board.tokens[role]}`;
  const anna = await openBoardAs(browser, url('facilitator'), 'Anna');
  const bram = await openBoardAs(browser, url('participant'), 'Bram');
  opened.push(anna, bram);
  return { board, anna: anna.page, bram: bram.page };
}

function layoutOf(werkvorm: string, settings: unknown): Markers.ScaleLayout {
  const found = findWerkvorm(werkvorm)!;
  const checked = found.settings.validate(settings);
  if (!checked.ok) throw new Error('settings');
  return found.layout(checked.value) as Markers.ScaleLayout;
}

/** A point on a meter's column of `value`, in its band of markers. */
function onScale(meter: Markers.Meter, value: number): Point {
  return { x: Markers.columnCentreX(meter, value), y: Markers.slotCentreY(meter, 2) };
}

/** Places this person's marker with the toolbar's tool at `point`; returns its shape id. */
async function placeWithTool(page: Page, point: Point, meter: string): Promise<string> {
  await page.locator('[data-testid="tools.werkbord-markering"]').click();
  const target = await page.evaluate((point) => {
    const editor = window.__werkbordEditor!;
    editor.centerOnPoint(point);
    return editor.pageToScreen(point);
  }, point);
  await page.mouse.click(target.x, target.y);
  const id = await page.waitForFunction((meter) => {
    const editor = window.__werkbordEditor!;
    const mine = editor
      .getCurrentPageShapes()
      .find(
        (shape) =>
          (shape.type as string) === 'werkbord-markering' &&
          (shape.props as { owner: string; meter: string }).owner === editor.user.getId() &&
          (shape.props as { meter: string }).meter === meter,
      );
    return mine?.id ?? false;
  }, meter);
  return (await id.jsonValue()) as string;
}

/** Both pages show the marker at `zone`; returns the value they show on it. */
async function sameValue(pages: Page[], id: string, zone: string): Promise<string> {
  const seen = [];
  for (const page of pages) seen.push((await waitForPlacement(page, id, zone)).label);
  expect(new Set(seen).size).toBe(1);
  return seen[0]!;
}

async function markerCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      window
        .__werkbordEditor!.getCurrentPageShapes()
        .filter((shape) => (shape.type as string) === 'werkbord-markering').length,
  );
}

/** A download started by clicking a menu item, as bytes. */
async function download(page: Page, item: string): Promise<Buffer> {
  await page.locator('[data-testid="export-menu"]').click();
  const started = page.waitForEvent('download', { timeout: 60_000 });
  await page.locator(`[data-testid="${item}"]`).click();
  return readFile(await (await started).path());
}

async function pdfText(page: Page, name: string): Promise<string> {
  const pdf = await download(page, 'export-pdf');
  await mkdir(ARTIFACTS, { recursive: true });
  const file = join(ARTIFACTS, name);
  await writeFile(file, pdf);
  return (await run('pdftotext', ['-enc', 'UTF-8', file, '-'])).stdout;
}

/** Opens "Verdeling" and waits for a chart row with `count` markers. */
async function openScaleView(page: Page) {
  await page.locator('[data-testid="scale-view-toggle"]').click();
  await page.locator('[data-testid="scale-view"]').waitFor();
}

describe('schaalvraag', () => {
  const settings = { thema: 'Wijkgericht werken', doel: 'Elke bewoner kent ons', rondes: [] };
  const layout = layoutOf('schaalvraag', settings);
  const scale = layout.meters[0]!;

  it('each places their own marker, nobody moves another’s, a ronde is fixed, and the harvest has it all', async () => {
    const { board, anna, bram } = await twoPeople('schaalvraag', settings);
    const bramMarker = await placeWithTool(bram, onScale(scale, 7), 'nu');
    const annaMarker = await placeWithTool(anna, onScale(scale, 4), 'nu');
    expect(await sameValue([anna, bram], bramMarker, 'nu:7')).toBe('7');
    expect(await sameValue([anna, bram], annaMarker, 'nu:4')).toBe('4');
    // Named and coloured like their person.
    const bramProps = await bram.evaluate(
      (id) => window.__werkbordEditor!.getShape(id as never)!.props,
      bramMarker,
    );
    expect(bramProps).toMatchObject({ author: 'Bram', meter: 'nu' });
    expect((bramProps as { colour: string }).colour).toMatch(/^#[0-9a-f]{6}$/i);

    // Without a mouse: "Verplaats naar…" offers the values of the scale, and nothing else.
    const move = bram.locator('[data-testid="card-move-select"]');
    const choices = await move.locator('option:not([disabled])').allTextContents();
    expect(choices).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    await move.selectOption('nu:2');
    expect(await sameValue([anna, bram], bramMarker, 'nu:2')).toBe('2');

    // The tool again moves the one marker, it never makes a second.
    await placeWithTool(bram, onScale(scale, 8), 'nu');
    expect(await sameValue([anna, bram], bramMarker, 'nu:8')).toBe('8');
    expect(await markerCount(anna)).toBe(2);

    // Bram cannot take Anna's marker: not selectable, not draggable, not movable by script.
    await dragCard(bram, annaMarker, onScale(scale, 9));
    expect(await bram.evaluate(() => window.__werkbordEditor!.getSelectedShapeIds())).not.toContain(
      annaMarker,
    );
    await bram.evaluate((id) => {
      const editor = window.__werkbordEditor!;
      const shape = editor.getShape(id as never)!;
      editor.updateShape({ id: shape.id, type: shape.type, x: shape.x + 1500 });
    }, annaMarker);
    // His own move afterwards arrives, and Anna's marker is still at 4 on both pages.
    await placeWithTool(bram, onScale(scale, 6), 'nu');
    expect(await sameValue([anna, bram], bramMarker, 'nu:6')).toBe('6');
    expect(await sameValue([anna, bram], annaMarker, 'nu:4')).toBe('4');

    // "Verdeling": both dots, median 5, spread 4–6.
    await openScaleView(anna);
    const now = anna.locator('[data-testid="scale-series"][data-label="Nu"]');
    await expect.poll(() => now.getAttribute('data-count')).toBe('2');
    expect(await now.getAttribute('data-median')).toBe('5');
    expect(await now.textContent()).toContain('mediaan 5 · spreiding 4–6');

    // The begeleider fixes the markers: today's ronde is kept, the scale is cleared for everyone,
    // and the ronde shows faded below the scale.
    await anna.locator('[data-testid="scale-fix"]').click();
    await anna.locator('[data-testid="scale-fix-confirm"]').click();
    await expect.poll(() => markerCount(bram)).toBe(0);
    await anna.locator('[data-testid="scale-ronde"]').waitFor();
    await bram.waitForFunction(() =>
      Array.from(document.querySelectorAll('.werkvorm-background text')).some((t) =>
        t.textContent?.startsWith('Vorige ronde · '),
      ),
    );

    // Next time Bram stands higher: then and now in the harvest.
    await placeWithTool(bram, onScale(scale, 9), 'nu');
    await expect
      .poll(async () => {
        const result = await fetchHarvest<Schaalvraag.SchaalvraagResult>(server.httpUrl, board);
        return result.scale.moments.map((m) => [m.id, m.values.map((v) => `${v.name}:${v.value}`)]);
      })
      .toEqual([
        ['r1', ['Anna:4', 'Bram:6']],
        ['nu', ['Bram:9']],
      ]);
    const harvest = await fetchHarvest<Schaalvraag.SchaalvraagResult>(server.httpUrl, board);
    expect(harvest.scale.moments[0]).toMatchObject({ median: 5, min: 4, max: 6, spread: 2 });

    // Markdown: the chart and the tables, then and now.
    const markdown = (await download(anna, 'export-harvest-md')).toString('utf8');
    expect(markdown).toContain('## Waar staan we nu?');
    expect(markdown).toContain('10 = Elke bewoner kent ons');
    expect(markdown).toMatch(/mediaan │ 5\s+│ 9/);
    expect(markdown).toMatch(/\| Ronde 1 · \d+ \w+ \d{4} \| Bram \| 6 \|/);
    expect(markdown).toContain('| Bram | 6 | 9 |');
    // CSV: the first table is every marker with its person.
    const csv = (await download(anna, 'export-harvest-csv')).toString('utf8');
    expect(csv).toContain('Ronde,Persoon,Waarde');
    expect(csv).toMatch(/Ronde 1 · [^,]+,Anna,4/);
    // PDF: the chart page and the tables.
    const text = await pdfText(anna, 'schaalvraag.pdf');
    expect(text).toContain('Oogst: Waar staan we nu?');
    expect(text).toContain('mediaan 5 · spreiding 4–6');
    expect(text).toContain('mediaan 9 · spreiding 9–9');
    expect(text).toContain('Mediaan en spreiding');
  });
});

describe('energiemeter', () => {
  const settings = {
    thema: 'Teamdag',
    onderwerpen: 'Het wijkgericht werken\nDe reorganisatie',
    rondes: [],
  };
  const layout = layoutOf('energiemeter', settings);
  const [wijk, reorganisatie] = layout.meters as [Markers.Meter, Markers.Meter];

  it('each sets their own energy per topic, the group sees the spread, and then and now are harvested', async () => {
    const { board, anna, bram } = await twoPeople('energiemeter', settings);
    const bramWijk = await placeWithTool(bram, onScale(wijk, 8), wijk.id);
    const bramReorg = await placeWithTool(bram, onScale(reorganisatie, 3), reorganisatie.id);
    const annaReorg = await placeWithTool(anna, onScale(reorganisatie, 5), reorganisatie.id);
    expect(bramWijk).not.toBe(bramReorg);
    expect(await sameValue([anna, bram], bramWijk, `${wijk.id}:8`)).toBe('8');
    expect(await sameValue([anna, bram], bramReorg, `${reorganisatie.id}:3`)).toBe('3');
    expect(await sameValue([anna, bram], annaReorg, `${reorganisatie.id}:5`)).toBe('5');

    // Dragged onto the other topic's meter, a marker keeps its own topic: its owner's page puts
    // it back on its meter, at the value where it was dropped.
    await dragCard(bram, bramReorg, onScale(wijk, 2));
    expect(await sameValue([anna, bram], bramReorg, `${reorganisatie.id}:2`)).toBe('2');
    await anna.waitForFunction(
      ({ id, top }) => window.__werkbordEditor!.getShape(id as never)!.y > top,
      { id: bramReorg, top: reorganisatie.top },
    );

    await openScaleView(bram);
    const reorgNow = bram.locator(
      `[data-chart="schaal-${reorganisatie.id}"] [data-testid="scale-series"][data-label="Nu"]`,
    );
    await expect.poll(() => reorgNow.getAttribute('data-median')).toBe('3.5');
    expect(await reorgNow.textContent()).toContain('mediaan 3,5 · spreiding 2–5');
    // A deelnemer sees the rondes, but fixes nothing.
    expect(await bram.locator('[data-testid="scale-fix"]').count()).toBe(0);

    await openScaleView(anna);
    await anna.locator('[data-testid="scale-fix"]').click();
    await anna.locator('[data-testid="scale-fix-confirm"]').click();
    await expect.poll(() => markerCount(bram)).toBe(0);
    await placeWithTool(anna, onScale(reorganisatie, 7), reorganisatie.id);

    await expect
      .poll(async () => {
        const result = await fetchHarvest<Energiemeter.EnergiemeterResult>(server.httpUrl, board);
        return result.meters.map((m) => m.moments.map((moment) => moment.values.length));
      })
      .toEqual([
        [1, 0],
        [2, 1],
      ]);
    const markdown = (await download(anna, 'export-harvest-md')).toString('utf8');
    expect(markdown).toContain('## Het wijkgericht werken');
    expect(markdown).toContain('## De reorganisatie');
    expect(markdown).toContain('| Schaal | Ronde | Persoon | Waarde |');
    const text = await pdfText(anna, 'energiemeter.pdf');
    expect(text).toContain('Oogst: De reorganisatie');
    expect(text).toContain('mediaan 3,5 · spreiding 2–5');
  });
});

const PEOPLE = ['Anna', 'Bram', 'Chaimae', 'Daan', 'Esra', 'Fleur', 'Gijs', 'Hamza'];
const COLOURS = [
  '#c92a2a',
  '#c2410c',
  '#8f5a00',
  '#4d7c0f',
  '#2b7a3b',
  '#0b7285',
  '#1864ab',
  '#5f3dc4',
];
const KAARTEN: Record<string, string[]> = {
  gelukt: [
    'Vaste inloop op dinsdag',
    'Korte lijnen met de huisarts',
    'Buurtkamer is open',
    'Nieuwe collega’s ingewerkt',
    'We kennen de sleutelfiguren',
  ],
  successen: [
    'Het straatfeest van 2024',
    'Corona-belrondes',
    'Samen met de moskee',
    'Huiswerkklas in 3 weken',
    'Wijkraad kwam met ideeën',
  ],
  'stapje-hoger': [
    'Bewoners bellen ons eerst',
    'Jongeren lopen binnen',
    'Scholen delen zorgen eerder',
    'Eén plan per gezin',
    'Geen wachtlijst meer',
  ],
  'volgende-stap': [
    'Spreekuur in de bibliotheek',
    'Wijkwandeling met de agent',
    'Flyer in vijf talen',
    'Vaste dag op de school',
    'Terugkomen over drie maanden',
  ],
};

/**
 * A schaalvraag as a group leaves it: eight people's markers (each written by their own socket
 * with their own presence key, as their browsers would), last time's ronde below the scale, and
 * twenty kaarten under the four questions.
 */
async function realisticSchaalvraag(): Promise<TestBoard> {
  const values = [6, 7, 5, 7, 8, 6, 4, 7];
  const settings = {
    thema: 'Wijkgericht werken',
    doel: 'Elke bewoner weet ons te vinden',
    rondes: [
      {
        id: 'r1',
        date: '2026-01-20',
        markers: PEOPLE.map((name, i) => ({
          owner: `oud-${i}`,
          name,
          colour: COLOURS[i]!,
          meter: 'nu',
          value: [4, 5, 4, 6, 5, 5, 3, 5][i]!,
        })),
      },
    ],
  };
  const board = await createBoard(server.httpUrl, 'Buurtteam De Brug', 'schaalvraag', settings);
  const layout = layoutOf('schaalvraag', settings);
  const scale = layout.meters[0]!;
  const writer = await syncedClient(server.syncUrl, board.boardId, board.tokens.facilitator);
  writer.doc.transact(() => {
    let n = 0;
    for (const [zone, texts] of Object.entries(KAARTEN)) {
      const b = zoneBounds(findZone(layout, zone)!);
      texts.forEach((text, i) => {
        const centre = { x: b.x + 130 + (i % 3) * 224, y: b.y + 240 + Math.floor(i / 3) * 224 };
        const record = shapeRecord(`k${n}`, ShapeType.Kaart, centre, {
          ...DEFAULT_SHAPE_PROPS.kaart,
          text,
        });
        writer.records.set(record.id, record);
        n++;
      });
    }
  });
  for (const [i, name] of PEOPLE.entries()) {
    const key = newMemberKey();
    const person = await syncedClient(server.syncUrl, board.boardId, board.tokens.participant, {
      pk: key,
    });
    const slot = values.slice(0, i).filter((value) => value === values[i]).length;
    const centre = {
      x: Markers.columnCentreX(scale, values[i]!),
      y: Markers.slotCentreY(scale, slot),
    };
    const record = shapeRecord(`marker-${i}`, ShapeType.Markering, centre, {
      ...DEFAULT_SHAPE_PROPS.markering,
      owner: presenceIdForKey(key),
      colour: COLOURS[i]!,
      meter: 'nu',
    });
    person.records.set(record.id, {
      ...record,
      props: { ...(record.props as object), author: name },
    });
  }
  await waitFor('every marker and kaart', () => writer.records.map.size >= 28);
  destroyClients();
  return board;
}

/** On-screen sizes (px) of the markers' names and values, and of the scale's numbers. */
async function markerSizes(page: Page) {
  return page.evaluate(() => {
    const editor = window.__werkbordEditor!;
    const zoom = editor.getZoomLevel();
    const onScreen = (selector: string) =>
      Array.from(document.querySelectorAll<HTMLElement>(selector))
        .map(
          (element) =>
            parseFloat(getComputedStyle(element).fontSize) *
            (element.getBoundingClientRect().height / Math.max(1, element.offsetHeight)),
        )
        .filter((size) => size > 0);
    const numbers = Array.from(
      document.querySelectorAll<SVGTextElement>('[data-testid="werkvorm-background"] text'),
    )
      .filter((text) => /^(10|[0-9])$/.test(text.textContent ?? ''))
      .map((text) => parseFloat(getComputedStyle(text).fontSize) * zoom);
    const pins = Array.from(
      document.querySelectorAll<SVGTextElement>('[data-testid="werkvorm-background"] text'),
    )
      // A faded marker of the earlier ronde: its name beside a dashed pill.
      .filter((text) => text.previousElementSibling?.getAttribute('stroke-dasharray') === '6 5')
      .map((text) => parseFloat(getComputedStyle(text).fontSize) * zoom);
    return {
      names: onScreen('.werkbord-marker__name'),
      values: onScreen('.werkbord-marker__value'),
      numbers,
      pins,
    };
  });
}

describe('a realistic schaalvraag', () => {
  it('reads on a 1920 × 1080 projector at "Alles in beeld": every marker, its value, the numbers, last time, every kaart', async () => {
    const board = await realisticSchaalvraag();
    const url = `${server.httpUrl}/b/${board.boardId}?t=${board.tokens.facilitator}`;
    const begeleider = await openBoardAs(browser, url, 'Bea', { width: 1920, height: 1080 });
    opened.push(begeleider);
    const { page } = begeleider;
    await expect.poll(() => markerCount(page)).toBe(8);
    await page.evaluate(() => document.fonts.ready);
    await fitWholeBoard(page);
    const sizes = await markerSizes(page);
    expect(sizes.names).toHaveLength(8);
    expect(Math.min(...sizes.names)).toBeGreaterThanOrEqual(12);
    expect(Math.min(...sizes.values)).toBeGreaterThanOrEqual(10);
    expect(sizes.numbers).toHaveLength(11);
    expect(Math.min(...sizes.numbers)).toBeGreaterThanOrEqual(12);
    expect(sizes.pins).toHaveLength(8);
    expect(Math.min(...sizes.pins)).toBeGreaterThanOrEqual(12);
    const cards = await measureReadability(page);
    expect(cards.titlePx.count).toBe(20);
    expect(cards.titlePx.min).toBeGreaterThanOrEqual(12);

    // The board and "Verdeling" with its chart and rondes pass axe (WCAG 2.1 AA).
    await openScaleView(page);
    await page.locator('[data-testid="scale-ronde"]').waitFor();
    expect(blocking(await axeViolations(page))).toEqual([]);
  });

  it('shows a deelnemer on a 390 × 844 phone the scale readably, and their own marker goes where they tap', async () => {
    const board = await realisticSchaalvraag();
    const url = `${server.httpUrl}/b/${board.boardId}?t=${board.tokens.participant}`;
    const phone = await openBoardAs(browser, url, 'Ilse', { width: 390, height: 844 });
    opened.push(phone);
    const { page } = phone;
    await expect.poll(() => markerCount(page)).toBe(8);
    const sizes = await markerSizes(page);
    expect(Math.min(...sizes.numbers)).toBeGreaterThanOrEqual(12);
    const scale = layoutOf('schaalvraag', { thema: '', doel: '' }).meters[0]!;
    const mine = await placeWithTool(page, onScale(scale, 5), 'nu');
    expect((await waitForPlacement(page, mine, 'nu:5')).label).toBe('5');
    const after = await markerSizes(page);
    expect(Math.min(...after.names)).toBeGreaterThanOrEqual(12);
    await openScaleView(page);
    expect(blocking(await axeViolations(page))).toEqual([]);
  });
});
