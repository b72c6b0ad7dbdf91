/**
 * The werkvormen whose meaning is the zone a card lies in, each as a real board in Chromium with
 * two people: a begeleider (Anna) and a deelnemer (Bram) write and move kaarten, both pages give
 * every card the same meaning, and the harvest (JSON, CSV, Markdown; the progressiecirkel's also
 * as the PDF report) has them where they lie. The progressiecirkel's "laaghangend fruit" is a mark
 * anyone switches on a card, seen by everyone and carried in the harvest per circle.
 */
import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import {
  findWerkvorm,
  type HoeWerkteHetHier,
  type Layout,
  type MeerdereStemmen,
  type Progressiecirkel,
  type TweeKeerTweeVragen,
} from '@werkbord/shared';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, blocking } from '../helpers/axe.js';
import { launchChromium } from '../helpers/browser.js';
import { closeAfterEach, openBoardAs, type OpenBoard } from '../helpers/boardPage.js';
import { createBoard, type TestBoard } from '../helpers/boards.js';
import { removeTestDataDirs, startTestServer, type TestServer } from '../helpers/testServer.js';
import {
  dragCard,
  fetchHarvest,
  placeCard,
  waitForPlacement,
  waitForShape,
  zonePoint,
} from '../helpers/werkvormPage.js';

const run = promisify(execFile);
const CLIENT_DIR = fileURLToPath(new URL('../../client/dist', import.meta.url));
const ARTIFACTS = fileURLToPath(new URL('../artifacts', import.meta.url));
const KAART = 'werkbord-kaart';
const FRUIT = 'laaghangend-fruit';

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

function layoutOf(werkvorm: string, settings: unknown): Layout {
  const definition = findWerkvorm(werkvorm);
  if (!definition) throw new Error(`no werkvorm ${werkvorm}`);
  return definition.layout(settings);
}

/** The begeleider Anna and the deelnemer Bram on a new board of `werkvorm`. */
async function twoPeople(werkvorm: string, settings: unknown) {
  const board = await createBoard(server.httpUrl, 'Teamdag', werkvorm, settings);
  const url = (role: keyof TestBoard['tokens']) =>
    `${server.httpUrl}/b/${board.boardId}?t=${board.tokens[role]}`;
  const anna = await openBoardAs(browser, url('facilitator'), 'Anna');
  const bram = await openBoardAs(browser, url('participant'), 'Bram');
  opened.push(anna, bram);
  return { board, url, anna: anna.page, bram: bram.page };
}

/** Both pages show the card in `zone` with the same label; returns that label. */
async function sameMeaning(pages: Page[], id: string, zone: string): Promise<string> {
  const labels = new Set<string>();
  for (const page of pages) {
    await waitForShape(page, id);
    labels.add((await waitForPlacement(page, id, zone)).label);
  }
  expect(labels.size).toBe(1);
  return [...labels][0]!;
}

/** The harvest as text from the API: Markdown, or one table as CSV (`text()` drops its BOM). */
async function harvestText(board: TestBoard, query: string): Promise<string> {
  const response = await fetch(
    `${server.httpUrl}/api/boards/${board.boardId}/harvest?t=${board.tokens.viewer}${query}`,
  );
  expect(response.status).toBe(200);
  return response.text();
}

/** The contrast ratio of the mark's text on its chip, on card `id` (WCAG's formula). */
async function markContrast(page: Page, id: string): Promise<number> {
  return page.evaluate((id) => {
    const chip = document.querySelector(`[data-shape-id="${id}"] [data-mark]`)!;
    const style = getComputedStyle(chip);
    const channels = (css: string) => (css.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const luminance = (css: string) => {
      const [r, g, b] = channels(css).map((v) => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const [a, b] = [luminance(style.color), luminance(style.backgroundColor)].sort((x, y) => y - x);
    return (a! + 0.05) / (b! + 0.05);
  }, id);
}

async function select(page: Page, id: string): Promise<void> {
  await page.evaluate((id) => {
    window.__werkbordEditor!.select(id as never);
  }, id);
}

describe('progressiecirkel', () => {
  const settings = { thema: 'Resultaten van de buurtaanpak' };
  const layout = layoutOf('progressiecirkel', settings);

  it('two people fill both circles; laaghangend fruit marked by one is seen by all and harvested per circle, also in the PDF', async () => {
    const { board, url, anna, bram } = await twoPeople('progressiecirkel', settings);
    const contact = await placeCard(bram, KAART, zonePoint(layout, 'bereikt', { x: -120, y: 0 }), {
      text: 'Goed contact met de wijkraad',
    });
    // At the top of the ring (zonePoint gives its bottom), so it comes first in reading order.
    const ringTop = zonePoint(layout, 'nog-te-boeken', { x: 0, y: -1500 });
    const avond = await placeCard(anna, KAART, ringTop, {
      text: 'Elke maand een buurtavond',
    });
    const stilte = await placeCard(bram, KAART, zonePoint(layout, 'bereikt', { x: 120, y: 0 }), {
      text: 'Vaker een stilte laten vallen',
    });
    expect(await sameMeaning([anna, bram], contact, 'bereikt')).toBe('al bereikt');
    expect(await sameMeaning([anna, bram], avond, 'nog-te-boeken')).toBe('nog te boeken');
    // Not achieved yet after all: Bram drags it out to the ring.
    await dragCard(bram, stilte, zonePoint(layout, 'nog-te-boeken'));
    await sameMeaning([bram, anna], stilte, 'nog-te-boeken');

    // Bram marks Anna's card as laaghangend fruit; everyone sees it on the card.
    await select(bram, avond);
    const toggle = bram.locator(`[data-testid="card-mark-toggle"][data-mark="${FRUIT}"]`);
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    // The switch passes axe (WCAG 2.1 AA); the mark on the card reads at 4.5:1 at least.
    expect(blocking(await axeViolations(bram, '[data-testid="card-move"]'))).toEqual([]);
    expect(await markContrast(bram, avond)).toBeGreaterThanOrEqual(4.5);
    const viewer = await openBoardAs(browser, url('viewer'), 'Chaimae');
    opened.push(viewer);
    for (const page of [anna, bram, viewer.page]) {
      await page
        .locator(`[data-shape-id="${avond}"] [data-testid="card-marks"] [data-mark="${FRUIT}"]`)
        .waitFor();
    }
    // A meekijker sees the mark but cannot switch it.
    await select(viewer.page, avond);
    expect(await viewer.page.locator('[data-testid="card-mark-toggle"]').count()).toBe(0);

    type Result = Progressiecirkel.ProgressiecirkelResult;
    const fruitPerCircle = async () => {
      const result = await fetchHarvest<Result>(server.httpUrl, board);
      return {
        bereikt: result.bereikt.map((c) => [c.text, c.laaghangendFruit]),
        nogTeBoeken: result.nogTeBoeken.map((c) => [c.text, c.laaghangendFruit]),
      };
    };
    await expect.poll(fruitPerCircle).toEqual({
      bereikt: [['Goed contact met de wijkraad', false]],
      nogTeBoeken: [
        ['Elke maand een buurtavond', true],
        ['Vaker een stilte laten vallen', false],
      ],
    });
    const csv = await harvestText(board, '&format=csv&table=progressie');
    expect(csv).toContain('nog te boeken,Elke maand een buurtavond,ja,Anna\r\n');
    expect(csv).toContain('al bereikt,Goed contact met de wijkraad,,Bram\r\n');
    const markdown = await harvestText(board, '&format=markdown');
    expect(markdown).toContain('**Onderwerp:** Resultaten van de buurtaanpak');
    expect(markdown).toContain('## Laaghangend fruit');
    expect(markdown).toContain('| nog te boeken | Elke maand een buurtavond | Anna |');

    // The begeleider's PDF report has the mark in its tables.
    await anna.locator('[data-testid="export-menu"]').click();
    const started = anna.waitForEvent('download', { timeout: 60_000 });
    await anna.locator('[data-testid="export-pdf"]').click();
    const pdf = await readFile(await (await started).path());
    await mkdir(ARTIFACTS, { recursive: true });
    const file = join(ARTIFACTS, 'progressiecirkel.pdf');
    await writeFile(file, pdf);
    const text = (await run('pdftotext', ['-enc', 'UTF-8', file, '-'])).stdout;
    expect(text).toContain('Laaghangend fruit');
    expect(text).toContain('Elke maand een buurtavond');
    expect(text).toContain('Werkvorm: Progressiecirkel');

    // A screen reader hears the mark with the card.
    expect(
      await anna.evaluate((id) => {
        const editor = window.__werkbordEditor!;
        const shape = editor.getShape(id as never)!;
        return editor.getShapeUtil(shape).getAriaDescriptor(shape);
      }, avond),
    ).toBe(
      'Kaart ‘Elke maand een buurtavond’, in Nog te boeken progressie, gemarkeerd als laaghangend fruit',
    );

    // Switched off again by the begeleider without a mouse: Tab from "Verplaats naar…", Space.
    await select(anna, avond);
    await anna.locator('[data-testid="card-move-select"]').focus();
    await anna.keyboard.press('Tab');
    expect(await anna.evaluate(() => document.activeElement?.getAttribute('data-mark'))).toBe(
      FRUIT,
    );
    await anna.keyboard.press('Space');
    await bram
      .locator(`[data-shape-id="${avond}"] [data-testid="card-marks"]`)
      .waitFor({ state: 'detached' });
    await expect
      .poll(async () => (await fetchHarvest<Result>(server.httpUrl, board)).laaghangendFruit)
      .toEqual([]);
  });
});

describe('hoe werkte het hier?', () => {
  const settings = { thema: 'De huiswerkklas', eigenaar: 'Bram' };
  const layout = layoutOf('hoe-werkte-het-hier', settings);

  it('the example and the two columns fill up from two pages, in the source’s time boxes, and are harvested', async () => {
    const { board, anna, bram } = await twoPeople('hoe-werkte-het-hier', settings);
    const minutes = () => bram.locator('.steps-panel__minutes').innerText();
    const seen = [await minutes()];
    for (let step = 1; step < 4; step++) {
      await anna.locator('[data-testid="step-next"]').click();
      await bram.waitForFunction(
        (step) =>
          document.querySelector('[data-testid="step-title"]')?.getAttribute('data-step-index') ===
          String(step),
        step,
      );
      seen.push(await minutes());
    }
    expect(seen.map((text) => text.replace(/\D/g, ''))).toEqual(['5', '10', '10', '5']);

    const scene = await placeCard(bram, KAART, zonePoint(layout, 'voorbeeld'), {
      text: 'Start met drie kinderen',
    });
    const vraag = await placeCard(anna, KAART, zonePoint(layout, 'ikzelf', { x: -200, y: 0 }), {
      text: 'Doorgevraagd bij de juf',
    });
    const ruimte = await placeCard(bram, KAART, zonePoint(layout, 'ikzelf', { x: 200, y: 0 }), {
      text: 'De bibliotheek gaf ruimte',
    });
    expect(await sameMeaning([anna, bram], scene, 'voorbeeld')).toBe('voorbeeld');
    expect(await sameMeaning([anna, bram], vraag, 'ikzelf')).toBe('ikzelf');
    // The owner corrects: the room was the library's doing, not theirs.
    await dragCard(bram, ruimte, zonePoint(layout, 'context'));
    expect(await sameMeaning([bram, anna], ruimte, 'context')).toBe('context en anderen');

    type Result = HoeWerkteHetHier.HoeWerkteHetHierResult;
    const harvest = await fetchHarvest<Result>(server.httpUrl, board);
    expect(harvest.eigenaar).toBe('Bram');
    expect(harvest.voorbeeld.map((c) => [c.text, c.author])).toEqual([
      ['Start met drie kinderen', 'Bram'],
    ]);
    expect(harvest.ikzelf.map((c) => c.text)).toEqual(['Doorgevraagd bij de juf']);
    expect(harvest.context.map((c) => c.text)).toEqual(['De bibliotheek gaf ruimte']);
    const csv = await harvestText(board, '&format=csv&table=succesfactoren&lang=en');
    expect(csv).toBe(
      'Column,No.,Text,Author\r\nmyself,1,Doorgevraagd bij de juf,Anna\r\n' +
        'context and others,1,De bibliotheek gaf ruimte,Bram\r\n',
    );
    const markdown = await harvestText(board, '&format=markdown');
    expect(markdown).toContain('**Voorbeeldeigenaar:** Bram');
    expect(markdown).toContain('| ikzelf | 1 | Doorgevraagd bij de juf | Anna |');
  });
});

describe('2x2 vragen', () => {
  const settings = { thema: 'Verlenging van de pilot', partner: 'de wethouder' };
  const layout = layoutOf('2x2-vragen', settings);

  it('cards answer the question they lie in for both people; "Verplaats naar…" reaches each question; the actions are harvested in order', async () => {
    const { board, anna, bram } = await twoPeople('2x2-vragen', settings);
    const belang = await placeCard(anna, KAART, zonePoint(layout, 'belang'), {
      text: 'Gezinnen vallen niet tussen wal en schip',
    });
    const eerst = await placeCard(bram, KAART, zonePoint(layout, 'actie', { x: -300, y: -100 }), {
      text: 'Eerst de cijfers op een rij',
    });
    const daarna = await placeCard(bram, KAART, zonePoint(layout, 'resultaat'), {
      text: 'Afspraak met de beleidsadviseur',
    });
    expect(await sameMeaning([anna, bram], belang, 'belang')).toBe('belang');
    expect(await sameMeaning([anna, bram], daarna, 'resultaat')).toBe('resultaat');

    // Not a result but an action: Bram moves it with "Verplaats naar…", the list of questions.
    await select(bram, daarna);
    const list = bram.locator('[data-testid="card-move-select"]');
    expect(await list.locator('option:not([disabled])').allInnerTexts()).toEqual([
      '1. Belang',
      '2. Resultaat',
      '3. Condities en competenties',
      '4. Actie',
      'Reflectie',
    ]);
    await list.selectOption('actie');
    expect(await sameMeaning([bram, anna], daarna, 'actie')).toBe('actie');
    await sameMeaning([anna], eerst, 'actie');

    type Result = TweeKeerTweeVragen.TweeKeerTweeResult;
    await expect
      .poll(async () =>
        (await fetchHarvest<Result>(server.httpUrl, board)).vragen.map((vraag) => [
          vraag.id,
          vraag.cards.map((card) => card.text),
        ]),
      )
      .toEqual([
        ['belang', ['Gezinnen vallen niet tussen wal en schip']],
        ['resultaat', []],
        ['condities', []],
        ['actie', ['Eerst de cijfers op een rij', 'Afspraak met de beleidsadviseur']],
      ]);
    const csv = await harvestText(board, '&format=csv&table=vragen');
    expect(csv).toContain('actie,1,Eerst de cijfers op een rij,Bram\r\n');
    expect(csv).toContain('actie,2,Afspraak met de beleidsadviseur,Bram\r\n');
    const markdown = await harvestText(board, '&format=markdown');
    expect(markdown).toContain('**Gesprekspartner:** de wethouder');
    expect(markdown).toContain('| belang | 1 | Gezinnen vallen niet tussen wal en schip | Anna |');
  });
});

describe('meerdere stemmen', () => {
  const settings = { thema: 'Eén toegang voor alle jeugdhulp' };
  const layout = layoutOf('meerdere-stemmen', settings);

  it('two people speak for the four voices; a card moved to another voice changes for both; "Ga naar" has each voice; the harvest has them', async () => {
    const { board, anna, bram } = await twoPeople('meerdere-stemmen', settings);
    const betalen = await placeCard(bram, KAART, zonePoint(layout, 'dwarskijkers'), {
      text: 'Wie betaalt dit straks?',
    });
    const gezicht = await placeCard(anna, KAART, zonePoint(layout, 'dromers'), {
      text: 'Eén gezicht voor elk gezin',
    });
    const privacy = await placeCard(bram, KAART, zonePoint(layout, 'enthousiastelingen'), {
      text: 'Privacy van gezinnen',
    });
    const huisartsen = await placeCard(anna, KAART, zonePoint(layout, 'vervolg'), {
      text: 'Eerst in gesprek met de huisartsen',
    });
    expect(await sameMeaning([anna, bram], betalen, 'dwarskijkers')).toBe('dwarskijkers');
    expect(await sameMeaning([anna, bram], gezicht, 'dromers')).toBe('dromers');
    expect(await sameMeaning([anna, bram], huisartsen, 'vervolg')).toBe('proces en draagvlak');
    // That is a warning, not enthusiasm: Anna drags it over.
    await sameMeaning([anna], privacy, 'enthousiastelingen');
    await dragCard(anna, privacy, zonePoint(layout, 'waarschuwers'));
    expect(await sameMeaning([anna, bram], privacy, 'waarschuwers')).toBe('waarschuwers');

    await anna.locator('[data-testid="focus-menu"]').click();
    for (const voice of ['dwarskijkers', 'dromers', 'waarschuwers', 'enthousiastelingen']) {
      await anna.locator(`[data-testid="focus-view-${voice}"]`).waitFor();
    }

    type Result = MeerdereStemmen.MeerdereStemmenResult;
    const harvest = await fetchHarvest<Result>(server.httpUrl, board);
    expect(harvest.stemmen.map((stem) => [stem.id, stem.cards.map((card) => card.text)])).toEqual([
      ['dwarskijkers', ['Wie betaalt dit straks?']],
      ['dromers', ['Eén gezicht voor elk gezin']],
      ['waarschuwers', ['Privacy van gezinnen']],
      ['enthousiastelingen', []],
    ]);
    expect(harvest.vervolg.map((card) => [card.text, card.author])).toEqual([
      ['Eerst in gesprek met de huisartsen', 'Anna'],
    ]);
    const csv = await harvestText(board, '&format=csv&table=geluiden');
    expect(csv).toContain('waarschuwers,1,Privacy van gezinnen,Bram\r\n');
    const markdown = await harvestText(board, '&format=markdown&lang=en');
    expect(markdown).toContain('## Process and support');
    expect(markdown).toContain('| contrarians | 1 | Wie betaalt dit straks? | Bram |');
  });
});
