/**
 * The report in Chromium: a historielijn whose cards were written by Ayşe, Łukasz, Αλέξανδρος,
 * Олена and محمد, downloaded as PDF, Markdown and CSV by a begeleider in New York while someone
 * who wrote nothing is connected. pdftotext (poppler-utils) reads the PDF back: every name
 * exactly, the Deelnemers are the authors, dates the Dutch way in the browser's time zone, the
 * settings on page 1 and no page of empty rows. The font comes from our own origin, and only when
 * a PDF is made.
 */
import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import {
  DEFAULT_SHAPE_PROPS,
  findZone,
  Historielijn,
  ShapeType,
  zoneBounds,
} from '@werkbord/shared';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LAPTOP, openBoardAs, waitForEditor, waitForStatus } from '../helpers/boardPage.js';
import { launchChromium } from '../helpers/browser.js';
import { createBoard, type TestBoard } from '../helpers/boards.js';
import { shapeRecord, type TestRecord } from '../helpers/records.js';
import { destroyClients, syncedClient } from '../helpers/syncClients.js';
import { removeTestDataDirs, startTestServer, type TestServer } from '../helpers/testServer.js';

const run = promisify(execFile);
const CLIENT_DIR = fileURLToPath(new URL('../../client/dist', import.meta.url));
const ARTIFACTS = fileURLToPath(new URL('../artifacts', import.meta.url));

const settings: Historielijn.HistorielijnSettings = {
  period: { from: { year: 2015, month: null }, to: { year: 2021, month: null } },
  purpose: 'volgende-fase',
  thema: 'Samen verder',
};
const layout = Historielijn.historielijn.layout(settings);
const axis = zoneBounds(findZone(layout, Historielijn.TIJDBALK_ZONE_ID)!);

/** Names of this field: Turkish, Polish, Greek, Cyrillic, and Moroccan-Dutch in Arabic script. */
const AUTHORS = {
  ayse: 'Ayşe Yıldız',
  lukasz: 'Łukasz Wróbel',
  emre: 'Emre Çelik',
  alexandros: 'Αλέξανδρος Παπαδόπουλος',
  olena: 'Олена Коваленко',
  mohamed: 'محمد العلوي',
};

/** An anekdote on the tijdbalk at `date` (ISO), written by `author`, `row` of 0–1 down the axis. */
function anekdote(
  id: string,
  date: string,
  title: string,
  author: string,
  row: number,
): TestRecord {
  const period = {
    kind: 'point',
    at: { year: Number(date.slice(0, 4)), month: Number(date.slice(5)) || null },
  } as const;
  const record = shapeRecord(
    id,
    ShapeType.Anekdote,
    { x: Historielijn.xForDate(period, layout), y: axis.y + 100 + row * (axis.h - 280) },
    { ...DEFAULT_SHAPE_PROPS.anekdote, title, story: `Verteld door ${author}.`, date },
  );
  return { ...record, props: { ...(record.props as object), author } };
}

const records: TestRecord[] = [
  anekdote('a1', '2016', `Start met ${AUTHORS.ayse}`, AUTHORS.ayse, 0),
  anekdote('a2', '2018-06', 'Verhuizing naar de Brug', AUTHORS.lukasz, 0.5),
  anekdote('a3', '2020-03', 'ĞÜŞİÖÇ ğüşıöç: de lockdown', AUTHORS.emre, 0),
  anekdote('a4', '2019', 'Nieuwe wijkmanager', AUTHORS.alexandros, 1),
  anekdote('a5', '2017', 'Het buurtfeest', AUTHORS.olena, 0.5),
  anekdote('a6', '2021-02', 'Iftar in de buurt', AUTHORS.mohamed, 1),
];

let server: TestServer;
let browser: Browser;
let board: TestBoard;
let context: BrowserContext;
let bea: Page;
const requests: string[] = [];
const closing: BrowserContext[] = [];

beforeAll(async () => {
  server = await startTestServer({ WERKBORD_CLIENT_DIR: CLIENT_DIR });
  browser = await launchChromium();
  board = await createBoard(server.httpUrl, 'Teamdag Kanaleneiland', 'historielijn', settings);
  const writer = await syncedClient(server.syncUrl, board.boardId, board.tokens.participant);
  writer.doc.transact(() => {
    writer.records.set('page:page', { id: 'page:page', typeName: 'page', name: 'Pagina 1' });
    for (const record of records) writer.records.set(record.id, record);
  });
  const url = (token: string) => `${server.httpUrl}/b/${board.boardId}?t=${token}`;
  // Bram is connected but writes nothing: he is no Deelnemer of the report.
  const bram = await openBoardAs(browser, url(board.tokens.participant), 'Bram Connected');
  closing.push(bram.context);
  // The begeleider works in New York: the report's times are in her browser's zone.
  context = await browser.newContext({ viewport: LAPTOP, timezoneId: 'America/New_York' });
  closing.push(context);
  await context.addInitScript(() => localStorage.setItem('werkbord.name', 'Bea Begeleider'));
  bea = await context.newPage();
  bea.on('request', (request) => requests.push(request.url()));
  await bea.goto(url(board.tokens.facilitator));
  await waitForEditor(bea);
  await waitForStatus(bea, 'connected');
  await bea.waitForFunction(
    (count) =>
      window
        .__werkbordEditor!.getCurrentPageShapes()
        .filter((s) => (s.type as string) === 'werkbord-anekdote').length === count,
    records.length,
  );
  await bea.locator('[data-testid="participants-toggle"][data-count="2"]').waitFor();
  destroyClients();
});

afterAll(async () => {
  for (const open of closing) await open.close();
  await browser?.close();
  await server?.close();
  removeTestDataDirs();
});

/** A download started by clicking a menu item, as bytes. */
async function download(page: Page, item: string): Promise<Buffer> {
  await page.locator('[data-testid="export-menu"]').click();
  const started = page.waitForEvent('download', { timeout: 60_000 });
  await page.locator(`[data-testid="${item}"]`).click();
  return readFile(await (await started).path());
}

describe('the PDF report', () => {
  let text: string;
  let pages: number;

  beforeAll(async () => {
    expect(requests.some((url) => /DejaVu/i.test(url))).toBe(false);
    const pdf = await download(bea, 'export-pdf');
    // Kept for people to look at (tests/artifacts is not committed).
    await mkdir(ARTIFACTS, { recursive: true });
    const file = join(ARTIFACTS, 'report.pdf');
    await writeFile(file, pdf);
    text = (await run('pdftotext', ['-enc', 'UTF-8', file, '-'])).stdout;
    const info = (await run('pdfinfo', [file])).stdout;
    pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  });

  it('writes every name exactly as typed: Latin Extended, Greek, Cyrillic', () => {
    for (const name of [
      AUTHORS.ayse,
      AUTHORS.lukasz,
      AUTHORS.emre,
      AUTHORS.alexandros,
      AUTHORS.olena,
    ])
      expect(text).toContain(name);
    expect(text).toContain('ĞÜŞİÖÇ ğüşıöç: de lockdown');
  });

  it('writes an Arabic name as written, right to left', () => {
    // The PDF holds the connected letter forms in visual order; read back and put into logical
    // order and base letters, they are the name as typed.
    const arabic = text
      .split('\n')
      .flatMap(
        (line) =>
          line.match(
            /[\u0600-\u06FF\uFB50-\uFDFF\uFE70-\uFEFF][\u0600-\u06FF\uFB50-\uFDFF\uFE70-\uFEFF ]*/g,
          ) ?? [],
      );
    expect(arabic.map((run) => run.normalize('NFKC').trim())).toContain(AUTHORS.mohamed);
  });

  it('names the card authors as Deelnemers, not whoever is connected', () => {
    const line = text.split('\n').find((candidate) => candidate.startsWith('Deelnemers:'));
    expect(line).toBeDefined();
    for (const name of [
      AUTHORS.ayse,
      AUTHORS.lukasz,
      AUTHORS.emre,
      AUTHORS.alexandros,
      AUTHORS.olena,
    ])
      expect(line).toContain(name);
    expect(line).toContain(`${AUTHORS.ayse}, ${AUTHORS.emre}, ${AUTHORS.lukasz}`);
    expect(text).not.toContain('Bram Connected');
    expect(text).not.toContain('Bea Begeleider');
  });

  it('carries the settings and writes dates the Dutch way in the browser’s time zone', () => {
    expect(text).toContain('Werkvorm: Historielijn');
    expect(text).toContain('Periode: 2015 – 2021');
    expect(text).toContain('Doel: Een volgende fase voorbereiden');
    expect(text).toContain('Thema: Samen verder');
    expect(text).toContain('maart 2020');
    expect(text).toContain('juni 2018');
    // Written at 2023-11-14T22:13:20Z: 17:13 in New York.
    expect(text).toContain('14 november 2023, 17:13');
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T|\b2020-03\b/);
  });

  it('leaves empty tables at one line instead of a page each', () => {
    expect(text).toContain('Nog niets.');
    // The board page and one page for all four tables (anekdotes, toetreding, overig, reflectie).
    expect(pages).toBe(2);
  });

  it('loaded its font from our own origin when the PDF was made', () => {
    const fonts = requests.filter((url) => /DejaVu/i.test(url));
    expect(fonts.length).toBeGreaterThan(0);
    for (const url of fonts) expect(url.startsWith(`${server.httpUrl}/assets/`)).toBe(true);
  });
});

describe('the harvest downloads', () => {
  it('Markdown writes dates the Dutch way in the browser’s time zone', async () => {
    const markdown = (await download(bea, 'export-harvest-md')).toString('utf8');
    expect(markdown).toContain('**Periode:** 2015 – 2021');
    expect(markdown).toContain(`| maart 2020 | ĞÜŞİÖÇ ğüşıöç: de lockdown |`);
    expect(markdown).toContain('14 november 2023, 17:13');
    expect(markdown).toContain('_Nog niets._');
  });

  it('CSV keeps ISO dates, and is offered for Dutch Excel with semicolons', async () => {
    const comma = (await download(bea, 'export-harvest-csv')).toString('utf8');
    expect(comma.startsWith('\uFEFFDatum,Titel,Verhaal,Auteur,Geschreven op\r\n')).toBe(true);
    expect(comma).toContain('2020-03,ĞÜŞİÖÇ ğüşıöç: de lockdown,');

    await bea.locator('[data-testid="export-menu"]').click();
    const toggle = bea.locator('[data-testid="export-csv-semicolon"]');
    expect(await toggle.getAttribute('aria-checked')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-checked')).toBe('true');
    const started = bea.waitForEvent('download', { timeout: 60_000 });
    await bea.locator('[data-testid="export-harvest-csv"]').click();
    const semicolon = (await readFile(await (await started).path())).toString('utf8');
    expect(semicolon.startsWith('\uFEFFDatum;Titel;Verhaal;Auteur;Geschreven op\r\n')).toBe(true);
    expect(semicolon).toContain(
      `2020-03;ĞÜŞİÖÇ ğüşıöç: de lockdown;Verteld door ${AUTHORS.emre}.;`,
    );
  });
});

describe('comparing momentopnamen', () => {
  async function save(name: string, count: number) {
    await bea.locator('[data-testid="snapshot-name"]').fill(name);
    await bea.locator('[data-testid="snapshot-create"]').click();
    await expect.poll(() => bea.locator('[data-testid="snapshot-item"]').count()).toBe(count);
  }

  it('names the anekdote dragged along the tijdbalk, from 2019 to 2021', async () => {
    await bea.locator('[data-testid="snapshots-toggle"]').click();
    await bea.locator('[data-testid="snapshots-panel"]').waitFor();
    await save('Voor de pauze', 1);
    await bea.evaluate(
      (x) => {
        const editor = window.__werkbordEditor!;
        const bounds = editor.getShapePageBounds('shape:a4' as never)!;
        editor.updateShape({
          id: 'shape:a4',
          type: 'werkbord-anekdote',
          x: x - bounds.w / 2,
        } as never);
      },
      Historielijn.xForDate({ kind: 'point', at: { year: 2021, month: null } }, layout),
    );
    // The snapshot is made on the server: wait until the move is stored there.
    await expect
      .poll(async () => {
        const response = await fetch(
          `${server.httpUrl}/api/boards/${board.boardId}/harvest?t=${board.tokens.viewer}`,
        );
        const harvest = (await response.json()) as { result: Historielijn.HistorielijnResult };
        return harvest.result.anekdotes.find((a) => a.id === 'shape:a4')?.period;
      })
      .toEqual({ kind: 'point', at: { year: 2021, month: null } });
    await save('Na de pauze', 2);

    await bea.locator('[data-testid="snapshot-select-0"]').check();
    await bea.locator('[data-testid="snapshot-select-1"]').check();
    await bea.locator('[data-testid="snapshot-compare"]').click();
    const moved = bea.locator('[data-testid="snapshot-compare-moved"]');
    await moved.waitFor();
    expect(await moved.innerText()).toContain('“Nieuwe wijkmanager”: van 2019 naar 2021');
    expect(await bea.locator('[data-testid="snapshot-compare-added"]').innerText()).toBe(
      '0 kaarten erbij',
    );
  });
});
