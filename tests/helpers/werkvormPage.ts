/**
 * Werkvorm boards in Chromium: create one with settings, put cards at places of its layout (with
 * the editor or with the mouse), and read back what each person's page says a card means.
 */
import { findZone, zoneBounds, type Layout, type Point } from '@werkbord/shared';
import type { Page } from 'playwright-core';
import type { TestBoard } from './boards.js';

/**
 * A point well inside a zone, moved by `offset`: a rectangle's or circle's middle, or the
 * middle of a ring's band straight below its centre.
 */
export function zonePoint(layout: Layout, id: string, offset: Point = { x: 0, y: 0 }): Point {
  const zone = findZone(layout, id);
  if (!zone) throw new Error(`no zone ${id}`);
  if (zone.kind === 'ring') {
    return { x: zone.cx + offset.x, y: zone.cy + (zone.inner + zone.outer) / 2 + offset.y };
  }
  const bounds = zoneBounds(zone);
  return { x: bounds.x + bounds.w / 2 + offset.x, y: bounds.y + bounds.h / 2 + offset.y };
}

/** Creates a card centred at `centre` through the editor; returns its shape id. */
export async function placeCard(
  page: Page,
  type: string,
  centre: Point,
  props: Record<string, unknown>,
): Promise<string> {
  return page.evaluate(
    ({ type, centre, props }) => {
      const editor = window.__werkbordEditor!;
      const id = `shape:${type}-${Math.random().toString(36).slice(2, 10)}`;
      editor.createShape({ id, type, x: 0, y: 0, props } as never);
      const bounds = editor.getShapePageBounds(id as never)!;
      editor.updateShape({
        id,
        type,
        x: centre.x - bounds.w / 2,
        y: centre.y - bounds.h / 2,
      } as never);
      return id;
    },
    { type, centre, props },
  );
}

/** Drags a card with the mouse so its centre lands on `target` (page coordinates). */
export async function dragCard(page: Page, id: string, target: Point): Promise<void> {
  const { from, to } = await page.evaluate(
    ({ id, target }) => {
      const editor = window.__werkbordEditor!;
      const bounds = editor.getShapePageBounds(id as never)!;
      // Grab the card near its top edge (its placement text, not an input).
      const grab = { x: bounds.x + bounds.w / 2, y: bounds.y + 12 };
      const drop = { x: target.x, y: target.y - bounds.h / 2 + 12 };
      // Both points on screen: frame them together.
      const left = Math.min(grab.x, drop.x) - bounds.w;
      const top = Math.min(grab.y, drop.y) - bounds.h;
      const right = Math.max(grab.x, drop.x) + bounds.w;
      const bottom = Math.max(grab.y, drop.y) + bounds.h;
      editor.zoomToBounds({ x: left, y: top, w: right - left, h: bottom - top }, { targetZoom: 1 });
      return { from: editor.pageToScreen(grab), to: editor.pageToScreen(drop) };
    },
    { id, target },
  );
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + (to.x - from.x) / 2, from.y + (to.y - from.y) / 2, { steps: 8 });
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.mouse.up();
}

/** The zone and label each person's page shows on a card, once it shows `zone`. */
export async function waitForPlacement(
  page: Page,
  id: string,
  zone: string,
): Promise<{ zone: string; label: string }> {
  const card = page.locator(`[data-shape-id="${id}"] [data-zone]`);
  await page.waitForFunction(
    ({ id, zone }) =>
      document.querySelector(`[data-shape-id="${id}"] [data-zone]`)?.getAttribute('data-zone') ===
      zone,
    { id, zone },
  );
  const label = await page
    .locator(`[data-shape-id="${id}"] [data-testid="card-placement"]`)
    .innerText();
  return { zone: (await card.getAttribute('data-zone')) ?? '', label: label.trim() };
}

/** A prop of a shape as this page's store has it. */
export async function shapeProp(page: Page, id: string, prop: string): Promise<unknown> {
  return page.evaluate(
    ({ id, prop }) =>
      (window.__werkbordEditor!.getShape(id as never)?.props as Record<string, unknown>)?.[prop],
    { id, prop },
  );
}

/** Waits until this page's store has a shape (synced from someone else). */
export async function waitForShape(page: Page, id: string): Promise<void> {
  await page.waitForFunction((id) => !!window.__werkbordEditor?.getShape(id as never), id);
}

export async function fetchHarvest<R>(httpUrl: string, board: TestBoard): Promise<R> {
  const response = await fetch(
    `${httpUrl}/api/boards/${board.boardId}/harvest?t=${board.tokens.viewer}`,
  );
  if (response.status !== 200) throw new Error(`harvest → ${response.status}`);
  return ((await response.json()) as { result: R }).result;
}
