/**
 * The cirkel van invloed's background: a collecting area at the top (phase 1, "everything that
 * takes your time"), the reflectie zone beside it, and below them one pair of nested circles per
 * owner in a grid of fixed width, filled row by row, so adding an owner never moves a pair.
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

const COLUMNS = 3;
const CELL = 1200;
const INVLOED_RADIUS = 300;
const BETROKKENHEID_RADIUS = 520;
const VERZAMEL_HEIGHT = 900;
const GRID_Y = VERZAMEL_HEIGHT + 200;

/** The zone id of an owner's circle. */
export function areaZoneId(ownerId: string, area: 'invloed' | 'betrokkenheid'): string {
  return `${ownerId}:${area}`;
}

function pairAt(index: number, ownerId: string, name: string): CirclePair {
  const x = (index % COLUMNS) * CELL;
  const y = GRID_Y + Math.floor(index / COLUMNS) * CELL;
  return { ownerId, name, cx: x + CELL / 2, cy: y + CELL / 2, cell: { x, y, w: CELL, h: CELL } };
}

function pairZones(pair: CirclePair): Zone[] {
  const invloed: CircleZone = {
    id: areaZoneId(pair.ownerId, 'invloed'),
    kind: 'circle',
    cx: pair.cx,
    cy: pair.cy,
    r: INVLOED_RADIUS,
    label: ZONE_LABELS.invloed,
    labelAt: { x: pair.cx, y: pair.cy - INVLOED_RADIUS + 44 },
    color: AREA_COLORS.invloed,
  };
  const betrokkenheid: RingZone = {
    id: areaZoneId(pair.ownerId, 'betrokkenheid'),
    kind: 'ring',
    cx: pair.cx,
    cy: pair.cy,
    inner: INVLOED_RADIUS,
    outer: BETROKKENHEID_RADIUS,
    label: ZONE_LABELS.betrokkenheid,
    labelAt: { x: pair.cx, y: pair.cy - BETROKKENHEID_RADIUS + 44 },
    color: AREA_COLORS.betrokkenheid,
  };
  return [invloed, betrokkenheid];
}

export function cirkelLayout(settings: CirkelSettings): CirkelLayout {
  const width = COLUMNS * CELL;
  const verzamelen: RectZone = {
    id: VERZAMEL_ZONE_ID,
    kind: 'rect',
    x: 0,
    y: 0,
    w: width,
    h: VERZAMEL_HEIGHT,
    label: ZONE_LABELS.verzamelen,
    labelAt: { x: 24, y: 48 },
    color: null,
  };
  const reflectie = reflectieZone({
    x: width + 200,
    y: 0,
    w: 1600,
    h: reflectieHeight(REFLECTION.length),
  });
  const pairs = settings.owners.map((owner, i) => pairAt(i, owner.id, owner.name));
  const zones = [verzamelen, reflectie, ...pairs.flatMap(pairZones)];
  const marks: Mark[] = [
    ...pairs.map((pair) =>
      textMark(
        { x: pair.cx, y: pair.cy - BETROKKENHEID_RADIUS - 40 },
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
    bounds: layoutBounds(zones, marks, 200),
    pairs,
    invloedRadius: INVLOED_RADIUS,
    betrokkenheidRadius: BETROKKENHEID_RADIUS,
  };
}
