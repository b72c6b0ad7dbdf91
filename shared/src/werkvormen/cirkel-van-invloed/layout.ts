/**
 * The cirkel van invloed's background: a collecting area (phase 1, "everything that takes your
 * time"), the reflectie zone, and one pair of nested circles per owner in a grid, filled row by row.
 *
 * The first generation has the collecting area across the top, reflectie beside it and a grid
 * three pairs wide below them, so adding an owner never moves a pair. The landscape generation
 * puts the collecting area and reflectie in a column on the left and chooses the grid's columns
 * for the number of owners so the whole board fills a wide screen (six people: three by two); a
 * pair that moves when owners are added takes its cards along (`relayoutCirkel`).
 */
import type { Bounds } from '../../cards/BoardCard.js';
import {
  layoutBounds,
  textMark,
  type CircleZone,
  type Layout,
  type Mark,
  type RectZone,
  type RingZone,
  type Zone,
} from '../Layout.js';
import { LayoutVersion, layoutVersionOf } from '../layoutVersion.js';
import { reflectieHeight, reflectieMarks, reflectieZone } from '../reflectie.js';
import type { CirkelSettings } from './settings.js';
import { REFLECTION, ZONE_LABELS } from './texts.js';

export interface CirclePair {
  ownerId: string;
  name: string;
  cx: number;
  cy: number;
  /** The grid cell of the pair: a card in it but outside both circles is "buiten" for this owner. */
  cell: Bounds;
}

export interface CirkelLayout extends Layout {
  pairs: readonly CirclePair[];
  invloedRadius: number;
  betrokkenheidRadius: number;
}

export const VERZAMEL_ZONE_ID = 'verzamelen';
export const Area = {
  Invloed: 'invloed',
  Betrokkenheid: 'betrokkenheid',
  Buiten: 'buiten',
} as const;
export type Area = (typeof Area)[keyof typeof Area];

/** Cards in the inner circle turn blue, in the outer light blue: the split shows from afar. */
export const AREA_COLORS = { invloed: 'blue', betrokkenheid: 'light-blue' } as const;

/** A grid of pairs: where it starts, its cells, and the two radii. */
interface PairGrid {
  x: number;
  y: number;
  columns: number;
  cellW: number;
  cellH: number;
  invloed: number;
  betrokkenheid: number;
}

/** The first generation. */
const COLUMNS = 3;
const CELL = 1200;
const INVLOED_RADIUS = 300;
const BETROKKENHEID_RADIUS = 520;
const VERZAMEL_HEIGHT = 900;
const GRID_Y = VERZAMEL_HEIGHT + 200;

/** Landscape: a pair's cell holds its two circles and the name above them. */
const CELL_W = 900;
const CELL_H = 960;
const LANDSCAPE_INVLOED = 250;
const LANDSCAPE_BETROKKENHEID = 430;
const SIDE_W = 1200;
const SIDE_GAP = 80;
/** The side column is at least this high, so collecting and reflectie have room with few pairs. */
const MIN_SIDE_H = 1920;
/** The aspect of the screen the landscape grid is shaped for (a 16:9 screen less the chrome). */
const SCREEN_ASPECT = 2.2;

/** The zone id of an owner's circle. */
export function areaZoneId(ownerId: string, area: 'invloed' | 'betrokkenheid'): string {
  return `${ownerId}:${area}`;
}

function pairAt(grid: PairGrid, index: number, ownerId: string, name: string): CirclePair {
  const x = grid.x + (index % grid.columns) * grid.cellW;
  const y = grid.y + Math.floor(index / grid.columns) * grid.cellH;
  // The circles sit low in the cell: the owner's name goes above them.
  const cy = y + grid.cellH - grid.cellW / 2;
  return {
    ownerId,
    name,
    cx: x + grid.cellW / 2,
    cy,
    cell: { x, y, w: grid.cellW, h: grid.cellH },
  };
}

function pairZones(pair: CirclePair, grid: PairGrid): Zone[] {
  const invloed: CircleZone = {
    id: areaZoneId(pair.ownerId, 'invloed'),
    kind: 'circle',
    cx: pair.cx,
    cy: pair.cy,
    r: grid.invloed,
    label: ZONE_LABELS.invloed,
    labelAt: { x: pair.cx, y: pair.cy - grid.invloed + 44 },
    color: AREA_COLORS.invloed,
  };
  const betrokkenheid: RingZone = {
    id: areaZoneId(pair.ownerId, 'betrokkenheid'),
    kind: 'ring',
    cx: pair.cx,
    cy: pair.cy,
    inner: grid.invloed,
    outer: grid.betrokkenheid,
    label: ZONE_LABELS.betrokkenheid,
    labelAt: { x: pair.cx, y: pair.cy - grid.betrokkenheid + 44 },
    color: AREA_COLORS.betrokkenheid,
  };
  return [invloed, betrokkenheid];
}

/** The number of columns that makes `count` cells plus the side column fit a wide screen best. */
export function landscapeColumns(count: number): number {
  let best = 1;
  let bestScale = 0;
  for (let rows = 1; rows <= Math.max(1, count); rows++) {
    const columns = Math.ceil(Math.max(1, count) / rows);
    const w = SIDE_W + SIDE_GAP + columns * CELL_W;
    const h = Math.max(rows * CELL_H, MIN_SIDE_H);
    const scale = Math.min(SCREEN_ASPECT / w, 1 / h);
    if (scale > bestScale + 1e-12) {
      best = columns;
      bestScale = scale;
    }
  }
  return best;
}

/** The first generation: collecting across the top, reflectie beside it, three pairs a row. */
function originalZones(width: number): { verzamelen: RectZone; reflectie: RectZone } {
  return {
    verzamelen: verzamelZone({ x: 0, y: 0, w: width, h: VERZAMEL_HEIGHT }),
    reflectie: reflectieZone({
      x: width + 200,
      y: 0,
      w: 1600,
      h: reflectieHeight(REFLECTION.length),
    }),
  };
}

/** Landscape: collecting on top of reflectie in a column left of the grid, as high as the grid. */
function landscapeZones(gridH: number): { verzamelen: RectZone; reflectie: RectZone } {
  const h = Math.max(gridH, MIN_SIDE_H);
  const verzamelH = Math.round(h * 0.58);
  return {
    verzamelen: verzamelZone({ x: 0, y: 0, w: SIDE_W, h: verzamelH }),
    reflectie: reflectieZone({
      x: 0,
      y: verzamelH + SIDE_GAP,
      w: SIDE_W,
      h: h - verzamelH - SIDE_GAP,
    }),
  };
}

function verzamelZone(bounds: Bounds): RectZone {
  return {
    id: VERZAMEL_ZONE_ID,
    kind: 'rect',
    ...bounds,
    label: ZONE_LABELS.verzamelen,
    labelAt: { x: bounds.x + 24, y: bounds.y + 48 },
    color: null,
  };
}

export function cirkelLayout(settings: CirkelSettings): CirkelLayout {
  const landscape = layoutVersionOf(settings) === LayoutVersion.Landscape;
  const count = settings.owners.length;
  const grid: PairGrid = landscape
    ? {
        x: SIDE_W + SIDE_GAP,
        y: 0,
        columns: landscapeColumns(count),
        cellW: CELL_W,
        cellH: CELL_H,
        invloed: LANDSCAPE_INVLOED,
        betrokkenheid: LANDSCAPE_BETROKKENHEID,
      }
    : {
        x: 0,
        y: GRID_Y,
        columns: COLUMNS,
        cellW: CELL,
        cellH: CELL,
        invloed: INVLOED_RADIUS,
        betrokkenheid: BETROKKENHEID_RADIUS,
      };
  const rows = Math.ceil(Math.max(1, count) / grid.columns);
  const { verzamelen, reflectie } = landscape
    ? landscapeZones(rows * grid.cellH)
    : originalZones(COLUMNS * CELL);
  const pairs = settings.owners.map((owner, i) => pairAt(grid, i, owner.id, owner.name));
  const perPair = pairs.map((pair) => pairZones(pair, grid));
  const zones = [verzamelen, reflectie, ...perPair.flat()];
  const marks: Mark[] = [
    ...pairs.map((pair) =>
      textMark(
        { x: pair.cx, y: pair.cy - grid.betrokkenheid - 40 },
        { nl: pair.name, en: pair.name },
        'l',
      ),
    ),
    ...reflectieMarks(reflectie, REFLECTION),
  ];
  if (settings.thema.trim()) {
    marks.unshift(
      textMark({ x: 0, y: -80 }, { nl: settings.thema, en: settings.thema }, 'xl', 'start'),
    );
  }
  return {
    zones,
    marks,
    bounds: layoutBounds(zones, marks, landscape ? 40 : 200),
    // A person's two circles are one part: their cell, with their name above it.
    groups: pairs.map((pair, i) => ({
      id: `pair:${pair.ownerId}`,
      label: { nl: pair.name, en: pair.name },
      bounds: pair.cell,
      zoneIds: (perPair[i] ?? []).map((zone) => zone.id),
    })),
    pairs,
    invloedRadius: grid.invloed,
    betrokkenheidRadius: grid.betrokkenheid,
  };
}
