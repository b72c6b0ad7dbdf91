/**
 * The stakeholdermap's background: the initiative in a centre circle, concentric rings around it,
 * the reflectie zone to the right. The outer radius is fixed, so the map keeps its size on the
 * screen; more rings make each ring narrower. The landscape generation sizes the map to its cards
 * (a ring about as wide as a stakeholder card) and puts the thema above reflectie, beside the map,
 * so the whole board fits a wide screen at a zoom where names and relations read.
 */
import type { Localized } from '../../i18n.js';
import {
  layoutBounds,
  textMark,
  type CircleZone,
  type Layout,
  type Mark,
  type Point,
  type RingZone,
} from '../Layout.js';
import { LayoutVersion, layoutVersionOf } from '../layoutVersion.js';
import { reflectieHeight, reflectieMarks, reflectieZone } from '../reflectie.js';
import type { StakeholdermapSettings } from './settings.js';
import { DEFAULT_INITIATIVE, REFLECTION, RING_LABELS } from './texts.js';

export interface StakeholdermapLayout extends Layout {
  centre: Point;
  /** Radius of the centre circle: ring 1 starts there. */
  centreRadius: number;
  /** Outer radius of each ring, ring 1 first. */
  ringRadii: readonly number[];
  /** The name in the centre, in both languages (the default when none is set). */
  initiative: Localized;
}

export const CENTRE_ZONE_ID = 'centrum';
interface MapGeometry {
  centreRadius: number;
  outerRadius: number;
  margin: number;
}

const GEOMETRY: Record<LayoutVersion, MapGeometry> = {
  [LayoutVersion.Original]: { centreRadius: 280, outerRadius: 1700, margin: 200 },
  [LayoutVersion.Landscape]: { centreRadius: 200, outerRadius: 820, margin: 40 },
};
/** Landscape: the column right of the map with the thema on top and reflectie below it. */
const COLUMN_GAP = 140;
const COLUMN_WIDTH = 900;
const COLUMN_TITLE_ROOM = 110;

/** The zone id of ring `n` (1-based). */
export function ringZoneId(n: number): string {
  return `ring-${n}`;
}

export function stakeholdermapLayout(settings: StakeholdermapSettings): StakeholdermapLayout {
  const version = layoutVersionOf(settings);
  const { centreRadius, outerRadius, margin } = GEOMETRY[version];
  const centre = { x: 0, y: 0 };
  const width = (outerRadius - centreRadius) / settings.rings;
  const ringRadii = Array.from(
    { length: settings.rings },
    (_, i) => centreRadius + (i + 1) * width,
  );
  const name = settings.initiative.trim();
  const initiative = name ? { nl: name, en: name } : DEFAULT_INITIATIVE;
  const centreZone: CircleZone = {
    id: CENTRE_ZONE_ID,
    kind: 'circle',
    cx: centre.x,
    cy: centre.y,
    r: centreRadius,
    label: initiative,
    labelAt: centre,
    color: null,
  };
  const rings: RingZone[] = ringRadii.map((outer, i) => ({
    id: ringZoneId(i + 1),
    kind: 'ring',
    cx: centre.x,
    cy: centre.y,
    inner: outer - width,
    outer,
    label: RING_LABELS[i] as Localized,
    labelAt: { x: centre.x, y: centre.y - outer + 48 },
    color: null,
  }));
  const landscape = version === LayoutVersion.Landscape;
  const columnX = outerRadius + COLUMN_GAP;
  const reflectie = reflectieZone(
    landscape
      ? {
          x: columnX,
          y: -outerRadius + COLUMN_TITLE_ROOM,
          w: COLUMN_WIDTH,
          h: 2 * outerRadius - COLUMN_TITLE_ROOM,
        }
      : { x: outerRadius + 200, y: -outerRadius, w: 1600, h: reflectieHeight(REFLECTION.length) },
  );
  const zones = [centreZone, ...rings, reflectie];
  const marks: Mark[] = reflectieMarks(reflectie, REFLECTION);
  if (settings.thema.trim()) {
    marks.unshift(
      textMark(
        landscape
          ? { x: columnX, y: -outerRadius + 30 }
          : { x: -outerRadius, y: -outerRadius - 80 },
        { nl: settings.thema, en: settings.thema },
        'xl',
        'start',
      ),
    );
  }
  return {
    zones,
    marks,
    bounds: layoutBounds(zones, marks, margin),
    centre,
    centreRadius,
    ringRadii,
    initiative,
  };
}
