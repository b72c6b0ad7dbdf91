/**
 * The klaag- en jubelmuur's background: the two walls side by side, the ambition below them, and
 * reflectie below everything (the first generation) or beside it (landscape, sized so thirty
 * kaarten read on a projector at "Alles in beeld").
 */
import { layoutBounds, textMark, type Layout, type Mark, type RectZone } from '../Layout.js';
import { LayoutVersion, layoutVersionOf } from '../layoutVersion.js';
import { reflectieHeight, reflectieMarks, reflectieZone } from '../reflectie.js';
import type { KlaagEnJubelmuurSettings } from './settings.js';
import { REFLECTION, ZONE_TEXTS } from './texts.js';

export const WallZone = {
  Klaagmuur: 'klaagmuur',
  Jubelmuur: 'jubelmuur',
  Ambitie: 'ambitie',
} as const;
export type WallZone = (typeof WallZone)[keyof typeof WallZone];

/** Zone colours: cards take them, so a card's wall shows at a glance and on a projector. */
export const WALL_COLORS = { klaagmuur: 'red', jubelmuur: 'green', ambitie: 'blue' } as const;

interface WallGeometry {
  wallW: number;
  wallH: number;
  gap: number;
  ambitieH: number;
  /** Where reflectie goes; beside the walls it is `reflectieW` wide and as high as they are. */
  reflectie: { at: 'below' } | { at: 'right'; w: number };
  /** Room around everything that "Alles in beeld" keeps. */
  margin: number;
}

/**
 * Landscape: a wall holds six kaarten across and four down (24, two per person for a group of
 * twelve), and the whole board is about 4100 × 1750 page units, which fits a 1920 × 1080 screen
 * at a zoom where a kaart's text is still 12 px tall.
 */
const GEOMETRY: Record<LayoutVersion, WallGeometry> = {
  [LayoutVersion.Original]: {
    wallW: 1800,
    wallH: 1300,
    gap: 100,
    ambitieH: 600,
    reflectie: { at: 'below' },
    margin: 200,
  },
  [LayoutVersion.Landscape]: {
    wallW: 1500,
    wallH: 1080,
    gap: 80,
    ambitieH: 460,
    reflectie: { at: 'right', w: 800 },
    margin: 40,
  },
};

function zone(id: WallZone, x: number, y: number, w: number, h: number): RectZone {
  return {
    id,
    kind: 'rect',
    x,
    y,
    w,
    h,
    label: ZONE_TEXTS[id].label,
    labelAt: { x: x + 24, y: y + 48 },
    color: WALL_COLORS[id],
  };
}

export function klaagEnJubelmuurLayout(settings: KlaagEnJubelmuurSettings): Layout {
  const {
    wallW,
    wallH,
    gap,
    ambitieH,
    reflectie: side,
    margin,
  } = GEOMETRY[layoutVersionOf(settings)];
  const width = 2 * wallW + gap;
  const walls = [
    zone('klaagmuur', 0, 0, wallW, wallH),
    zone('jubelmuur', wallW + gap, 0, wallW, wallH),
    zone('ambitie', 0, wallH + gap, width, ambitieH),
  ];
  const reflectie = reflectieZone(
    side.at === 'right'
      ? { x: width + gap, y: 0, w: side.w, h: wallH + gap + ambitieH }
      : { x: 0, y: wallH + ambitieH + 2 * gap, w: width, h: reflectieHeight(REFLECTION.length) },
  );
  const zones = [...walls, reflectie];
  const marks: Mark[] = [
    ...walls.map((wall) =>
      textMark(
        { x: wall.x + 24, y: wall.y + 96 },
        ZONE_TEXTS[wall.id as WallZone].hint,
        'm',
        'start',
        true,
      ),
    ),
    ...reflectieMarks(reflectie, REFLECTION),
  ];
  if (settings.thema.trim()) {
    marks.unshift(
      textMark({ x: 0, y: -80 }, { nl: settings.thema, en: settings.thema }, 'xl', 'start'),
    );
  }
  return { zones, marks, bounds: layoutBounds(zones, marks, margin) };
}
