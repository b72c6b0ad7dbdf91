/**
 * The stakeholdermap's background: the initiative in a centre circle, concentric rings around it,
 * the reflectie zone to the right. The outer radius is fixed, so the map keeps its size on the
 * screen; more rings make each ring narrower.
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
const CENTRE_RADIUS = 280;
const OUTER_RADIUS = 1700;

/** The zone id of ring `n` (1-based). */
export function ringZoneId(n: number): string {
  return `ring-${n}`;
}

export function stakeholdermapLayout(settings: StakeholdermapSettings): StakeholdermapLayout {
  const centre = { x: 0, y: 0 };
  const width = (OUTER_RADIUS - CENTRE_RADIUS) / settings.rings;
  const ringRadii = Array.from(
    { length: settings.rings },
    (_, i) => CENTRE_RADIUS + (i + 1) * width,
  );
  const name = settings.initiative.trim();
  const initiative = name ? { nl: name, en: name } : DEFAULT_INITIATIVE;
  const centreZone: CircleZone = {
    id: CENTRE_ZONE_ID,
    kind: 'circle',
    cx: centre.x,
    cy: centre.y,
    r: CENTRE_RADIUS,
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
  const reflectie = reflectieZone({
    x: OUTER_RADIUS + 200,
    y: -OUTER_RADIUS,
    w: 1600,
    h: reflectieHeight(REFLECTION.length),
  });
  const zones = [centreZone, ...rings, reflectie];
  const marks: Mark[] = reflectieMarks(reflectie, REFLECTION);
  if (settings.thema.trim()) {
    marks.unshift(
      textMark(
        { x: -OUTER_RADIUS, y: -OUTER_RADIUS - 80 },
        { nl: settings.thema, en: settings.thema },
        'xl',
        'start',
      ),
    );
  }
  return {
    zones,
    marks,
    bounds: layoutBounds(zones, marks, 200),
    centre,
    centreRadius: CENTRE_RADIUS,
    ringRadii,
    initiative,
  };
}
