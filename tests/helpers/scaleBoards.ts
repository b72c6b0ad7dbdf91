/**
 * Boards with scales in Chromium (schaalvraag, energiemeter): a person's marker placed with the
 * Markering tool, what each page shows on it, "Verdeling", and a realistic schaalvraag (eight
 * people's markers written by their own sockets, last time's ronde, twenty kaarten).
 */
import {
  DEFAULT_SHAPE_PROPS,
  findWerkvorm,
  findZone,
  Markers,
  newMemberKey,
  type Point,
  presenceIdForKey,
  ShapeType,
  zoneBounds,
} from '@werkbord/shared';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { createBoard, type TestBoard } from './boards.js';
import { shapeRecord } from './records.js';
import { destroyClients, syncedClient } from './syncClients.js';
import type { TestServer } from './testServer.js';
import { waitFor } from './waitFor.js';
import { waitForPlacement } from './werkvormPage.js';

/** The layout of a werkvorm with scales for these settings. */
export function layoutOf(werkvorm: string, settings: unknown): Markers.ScaleLayout {
  const found = findWerkvorm(werkvorm)!;
  const checked = found.settings.validate(settings);
  if (!checked.ok) throw new Error('settings');
  return found.layout(checked.value) as Markers.ScaleLayout;
}

/** A point on a meter's column of `value`, in its band of markers. */
export function onScale(meter: Markers.Meter, value: number): Point {
  return { x: Markers.columnCentreX(meter, value), y: Markers.slotCentreY(meter, 2) };
}

/** Places this person's marker with the toolbar's tool at `point`; returns its shape id. */
export async function placeWithTool(page: Page, point: Point, meter: string): Promise<string> {
  await page.locator('[data-testid="tools.werkbord-markering"]').click();
  const target = await page.evaluate((point) => {
    const editor = window.__werkbordEditor!;
    editor.centerOnPoint(point);
    return editor.pageToScreen(point);
  }, point);
  await page.mouse.click(target.x, target.y);
  // The tool selects the marker it placed: on an anonymous board its owner is not the user id.
  const id = await page.waitForFunction((meter) => {
    const editor = window.__werkbordEditor!;
    const mine = editor
      .getSelectedShapes()
      .find(
        (shape) =>
          (shape.type as string) === 'werkbord-markering' &&
          (shape.props as { meter: string }).meter === meter,
      );
    return mine?.id ?? false;
  }, meter);
  return (await id.jsonValue()) as string;
}

/** Both pages show the marker at `zone`; returns the value they show on it. */
export async function sameValue(pages: Page[], id: string, zone: string): Promise<string> {
  const seen = [];
  for (const page of pages) seen.push((await waitForPlacement(page, id, zone)).label);
  expect(new Set(seen).size).toBe(1);
  return seen[0]!;
}

export async function markerCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      window
        .__werkbordEditor!.getCurrentPageShapes()
        .filter((shape) => (shape.type as string) === 'werkbord-markering').length,
  );
}

/** Opens "Verdeling" and waits for its panel. */
export async function openScaleView(page: Page) {
  await page.locator('[data-testid="scale-view-toggle"]').click();
  await page.locator('[data-testid="scale-view"]').waitFor();
}

export const PEOPLE = ['Anna', 'Bram', 'Chaimae', 'Daan', 'Esra', 'Fleur', 'Gijs', 'Hamza'];
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
export async function realisticSchaalvraag(server: TestServer): Promise<TestBoard> {
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
    // One person's socket at a time: each provider listens for the process's exit.
    await waitFor(`${name}'s marker`, () => writer.records.has(record.id));
    person.destroy();
  }
  await waitFor('every marker and kaart', () => writer.records.map.size >= 28);
  destroyClients();
  return board;
}

/** On-screen sizes (px) of the markers' names and values, and of the scale's numbers. */
export async function markerSizes(page: Page) {
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
