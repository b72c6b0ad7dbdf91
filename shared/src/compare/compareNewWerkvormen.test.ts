/**
 * Borden vergelijken for the werkvormen of issue 13: every one compares without a crash and lists
 * what differs (cards per zone, only on one board, elsewhere); the schaalvraag and the energiemeter
 * compare where each group stands on its scales (median and spread), and their people's markers
 * are not matched as cards.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SHAPE_PROPS, ShapeType } from '../cards/shapeProps.js';
import * as Markers from '../markers/index.js';
import { cellText } from '../werkvormen/Harvest.js';
import { findZone, type Layout, type Point } from '../werkvormen/Layout.js';
import { findWerkvorm } from '../werkvormen/registry.js';
import type { Werkvorm } from '../werkvormen/Werkvorm.js';
import type { BoardComparison } from './BoardComparison.js';
import { compareBoards } from './compareBoards.js';

const NEW = [
  'schaalvraag',
  'energiemeter',
  'progressiecirkel',
  'hoe-werkte-het-hier',
  '2x2-vragen',
  'meerdere-stemmen',
] as const;

function centreOf(layout: Layout, zoneId: string): Point {
  const zone = findZone(layout, zoneId)!;
  switch (zone.kind) {
    case 'rect':
    case 'lane':
      return { x: zone.x + zone.w / 2, y: zone.y + zone.h / 2 };
    case 'circle':
      return { x: zone.cx, y: zone.cy };
    case 'ring':
      return { x: zone.cx + (zone.inner + zone.outer) / 2, y: zone.cy };
  }
}

function record(id: string, type: string, at: Point, props: Record<string, unknown>) {
  const { w, h } = props as { w: number; h: number };
  return {
    id: `shape:${id}`,
    typeName: 'shape',
    type,
    x: at.x - w / 2,
    y: at.y - h / 2,
    rotation: 0,
    parentId: 'page:page',
    props,
    meta: {},
  };
}
const kaart = (id: string, text: string, at: Point) =>
  record(id, ShapeType.Kaart, at, { ...DEFAULT_SHAPE_PROPS.kaart, w: 100, h: 100, text });

function marker(meter: Markers.Meter, owner: string, value: number, slot: number) {
  const at = { x: Markers.columnCentreX(meter, value), y: Markers.slotCentreY(meter, slot) };
  return record(`${owner}-${meter.id}`, ShapeType.Markering, at, {
    ...DEFAULT_SHAPE_PROPS.markering,
    owner,
    author: owner,
    colour: '#1864ab',
    meter: meter.id,
  });
}

const tableRows = (comparison: BoardComparison, id: string) =>
  comparison.tables
    .find((table) => table.id === id)
    ?.rows.map((row) => row.map((cell) => cellText(cell, 'nl')));

/** Two teams' boards of `id`: a card both wrote (in other zones), one each, and markers. */
function compared(id: string) {
  const werkvorm = findWerkvorm(id) as Werkvorm;
  const settings = werkvorm.settings.defaults();
  const layout = werkvorm.layout(settings);
  const zones = layout.zones.filter((zone) => !zone.hidden);
  const first = zones[0]!.id;
  const second = (zones[1] ?? zones[0])!.id;
  const meters = (layout as Partial<Markers.ScaleLayout>).meters ?? [];
  const markersOf = (values: readonly number[]) =>
    meters.flatMap((meter) => values.map((value, i) => marker(meter, `p${i}`, value, i)));

  const a = {
    title: 'Team Noord',
    settings,
    records: [
      kaart('a1', 'Korte lijnen met de wijk', centreOf(layout, first)),
      kaart('a2', 'Alleen bij Noord', centreOf(layout, first)),
      ...markersOf([2, 4, 6]),
    ],
  };
  const b = {
    title: 'Team Zuid',
    settings,
    records: [
      kaart('b1', 'korte lijnen met de wijk.', centreOf(layout, second)),
      kaart('b2', 'Alleen bij Zuid', centreOf(layout, second)),
      ...markersOf([7, 8, 9, 9]),
    ],
  };
  return { comparison: compareBoards(werkvorm, a, b), zones, first, second, meters };
}

describe.each(NEW)('comparing two boards of %s', (id) => {
  const { comparison, zones, first, second } = compared(id);

  it('lists the cards only one board has, and counts cards, not markers', () => {
    expect(comparison.boards.map((board) => board.cards)).toEqual([2, 2]);
    expect(tableRows(comparison, 'alleen-a')?.map((row) => row[0])).toEqual(['Alleen bij Noord']);
    expect(tableRows(comparison, 'alleen-b')?.map((row) => row[0])).toEqual(['Alleen bij Zuid']);
    expect(comparison.findings[0]?.text.nl ?? '').not.toBe('');
    // Only zones people see: a scale's columns are no zone of their own.
    const zoneNames = tableRows(comparison, 'zones')?.map((row) => row[0]) ?? [];
    expect(zoneNames.length).toBeGreaterThan(0);
    expect(zoneNames.length).toBeLessThanOrEqual(zones.length + 1);
    if (first !== second) {
      expect(tableRows(comparison, 'elders')?.map((row) => row[0])).toEqual([
        'Korte lijnen met de wijk',
      ]);
    }
  });
});

describe.each(['schaalvraag', 'energiemeter'])('comparing two boards of %s', (id) => {
  const { comparison, meters } = compared(id);

  it('compares each scale by median and spread', () => {
    const rows = tableRows(comparison, Markers.SCALES_TABLE) ?? [];
    expect(rows).toHaveLength(meters.length * 2);
    expect(rows[0]?.slice(1)).toEqual(['Team Noord', 'Nu', '3', '4', '2–6 (4)']);
    expect(rows[1]?.slice(1)).toEqual(['Team Zuid', 'Nu', '4', '8,5', '7–9 (2)']);
    expect(comparison.tables[0]?.id).toBe(Markers.SCALES_TABLE);
    expect(comparison.findings[0]?.text.nl).toContain('mediaan 4 bij Team Noord (2–6)');
    expect(comparison.findings[0]?.text.nl).toContain('8,5 bij Team Zuid (7–9)');
  });
});
