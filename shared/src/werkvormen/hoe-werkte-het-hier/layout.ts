/**
 * The background of "Hoe werkte het hier?": the example across the top (its scenes, as the owner
 * tells them), below it the two columns of the flipover (ikzelf | de context en anderen), and
 * reflectie beside all three. Sized like the klaag- en jubelmuur: two dozen kaarten a column, the
 * whole board readable on a projector at "Alles in beeld".
 */
import { layoutBounds, type Layout, type Mark } from '../Layout.js';
import { reflectieMarks, reflectieZone } from '../reflectie.js';
import { hintMark, labelledRect, themaMarks } from '../zoneBoard.js';
import type { HoeWerkteHetHierSettings } from './settings.js';
import { REFLECTION, zoneTexts } from './texts.js';

export const HoeWerkteZone = {
  Voorbeeld: 'voorbeeld',
  Ikzelf: 'ikzelf',
  Context: 'context',
} as const;
export type HoeWerkteZone = (typeof HoeWerkteZone)[keyof typeof HoeWerkteZone];

/** The colours cards take: the story neutral-violet, the two columns clearly apart. */
export const ZONE_COLORS = { voorbeeld: 'violet', ikzelf: 'blue', context: 'green' } as const;

/** A column holds six kaarten across and four down. */
const COLUMN_W = 1400;
const COLUMN_H = 1080;
const VOORBEELD_H = 560;
const GAP = 80;
const REFLECTIE_W = 800;

export function hoeWerkteHetHierLayout(settings: HoeWerkteHetHierSettings): Layout {
  const texts = zoneTexts(settings.eigenaar);
  const width = 2 * COLUMN_W + GAP;
  const columnsY = VOORBEELD_H + GAP;
  const zones = [
    labelledRect(
      'voorbeeld',
      { x: 0, y: 0, w: width, h: VOORBEELD_H },
      texts.voorbeeld,
      ZONE_COLORS.voorbeeld,
    ),
    labelledRect(
      'ikzelf',
      { x: 0, y: columnsY, w: COLUMN_W, h: COLUMN_H },
      texts.ikzelf,
      ZONE_COLORS.ikzelf,
    ),
    labelledRect(
      'context',
      { x: COLUMN_W + GAP, y: columnsY, w: COLUMN_W, h: COLUMN_H },
      texts.context,
      ZONE_COLORS.context,
    ),
  ];
  const reflectie = reflectieZone({ x: width + GAP, y: 0, w: REFLECTIE_W, h: columnsY + COLUMN_H });
  const marks: Mark[] = [
    ...themaMarks(settings.thema),
    ...zones.map((zone) => hintMark(zone, texts[zone.id as HoeWerkteZone].hint)),
    ...reflectieMarks(reflectie, REFLECTION),
  ];
  const all = [...zones, reflectie];
  return { zones: all, marks, bounds: layoutBounds(all, marks, 40) };
}
