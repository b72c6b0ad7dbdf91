/** The klaag- en jubelmuur's background: the two walls side by side, the ambition below, reflectie. */
import { layoutBounds, textMark, type Layout, type Mark, type RectZone } from '../Layout.js';
import { reflectieHeight, reflectieMarks, reflectieZone } from '../reflectie.js';
import type { ThemaSettings } from '../SettingsSchema.js';
import { REFLECTION, ZONE_TEXTS } from './texts.js';

export const WallZone = {
  Klaagmuur: 'klaagmuur',
  Jubelmuur: 'jubelmuur',
  Ambitie: 'ambitie',
} as const;
export type WallZone = (typeof WallZone)[keyof typeof WallZone];

/** Zone colours: cards take them, so a card's wall shows at a glance and on a projector. */
export const WALL_COLORS = { klaagmuur: 'red', jubelmuur: 'green', ambitie: 'blue' } as const;

const WALL_W = 1800;
const WALL_H = 1300;
const GAP = 100;
const AMBITIE_H = 600;

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

export function klaagEnJubelmuurLayout(settings: ThemaSettings): Layout {
  const width = 2 * WALL_W + GAP;
  const walls = [
    zone('klaagmuur', 0, 0, WALL_W, WALL_H),
    zone('jubelmuur', WALL_W + GAP, 0, WALL_W, WALL_H),
    zone('ambitie', 0, WALL_H + GAP, width, AMBITIE_H),
  ];
  const reflectie = reflectieZone({
    x: 0,
    y: WALL_H + AMBITIE_H + 2 * GAP,
    w: width,
    h: reflectieHeight(REFLECTION.length),
  });
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
  return { zones, marks, bounds: layoutBounds(zones, marks, 200) };
}
