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
import type { Energiemeter, Markers, Schaalvraag } from '@werkbord/shared';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBoardAs, type OpenBoard } from '../helpers/boardPage.js';
import { launchChromium } from '../helpers/browser.js';
import { createBoard, type TestBoard } from '../helpers/boards.js';
import {
  layoutOf,
  markerCount,
  onScale,
  openScaleView,
  placeWithTool,
  sameValue,
} from '../helpers/scaleBoards.js';
import { removeTestDataDirs, startTestServer, type TestServer } from '../helpers/testServer.js';
import { dragCard, fetchHarvest } from '../helpers/werkvormPage.js';

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
