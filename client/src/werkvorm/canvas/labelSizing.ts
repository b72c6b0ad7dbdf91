/**
 * Zone labels and headings that stay readable when the board is zoomed out: their font size grows
 * as the zoom shrinks (down to a minimum size on screen), but never beyond what fits their zone.
 * Pure CSS: the canvas sets one custom property, the inverse zoom, on the background; without it
 * (a small preview) every text keeps its base size.
 */
import type { Zone } from '@werkbord/shared';

/** The custom property the canvas sets to 1 / zoom. */
export const INVERSE_ZOOM_PROPERTY = '--werkvorm-inverse-zoom';
/** Smallest on-screen size of a zone label and of a heading (title, owner name), in pixels. */
export const MIN_SCREEN_LABEL = 14;
export const MIN_SCREEN_HEADING = 16;
/** Smallest on-screen size of a text that grows (a zone's question), and how far it may grow. */
export const MIN_SCREEN_HINT = 13;
export const HINT_GROWTH = 1.5;
/** A heading may grow to twice its size; beyond that it would run into its neighbours. */
const HEADING_GROWTH = 2;
/** Average glyph width of the sans-serif font, in em: enough to estimate a text's width. */
const CHAR_WIDTH_EM = 0.55;
/** Room kept between a label and its zone's edge. */
const EDGE_ROOM = 24;

/** The CSS font size: `base` at full zoom, at least `minScreen` pixels on screen, at most `cap`. */
export function growingFontSize(base: number, cap: number, minScreen: number): string {
  const limit = Math.max(base, cap);
  return `min(${round(limit)}px, max(${base}px, calc(${minScreen}px * var(${INVERSE_ZOOM_PROPERTY}, 0))))`;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

function textWidthEm(text: string): number {
  return Math.max(1, text.length) * CHAR_WIDTH_EM;
}

/** The width of a circle of radius r at depth d below its top. */
function chordAt(r: number, depth: number): number {
  const fromCentre = r - Math.max(0, Math.min(depth, 2 * r));
  return 2 * Math.sqrt(Math.max(0, r * r - fromCentre * fromCentre));
}

/**
 * The largest font size at which `text` still fits its zone where the layout puts it: inside the
 * zone's top (the label is vertically centred on `labelAt`) and within its width there.
 */
export function zoneLabelCap(zone: Zone, text: string): number {
  switch (zone.kind) {
    case 'rect':
    case 'lane': {
      const height = 1.8 * (zone.labelAt.y - zone.y);
      const width = (zone.x + zone.w - zone.labelAt.x - EDGE_ROOM) / textWidthEm(text);
      return Math.max(0, Math.min(height, width));
    }
    case 'circle': {
      const depth = zone.labelAt.y - (zone.cy - zone.r);
      const arc = circleLabelArc(zone);
      if (arc) {
        // Curved along the top, inside the edge: as long as that arc, no thicker than its depth.
        const length = Math.PI * arc.r * RING_LABEL_SPAN;
        return Math.max(0, Math.min(1.8 * depth, length / textWidthEm(text)));
      }
      // The width at the label's upper half, where the circle is narrowest.
      const width = (chordAt(zone.r, depth / 2) - EDGE_ROOM) / textWidthEm(text);
      return Math.max(0, Math.min(1.8 * depth, width));
    }
    case 'ring': {
      // Curved along the ring's middle (see `ringLabelArc`): as long as that arc, as thick as the ring.
      const { r } = ringLabelArc(zone);
      const length = Math.PI * r * RING_LABEL_SPAN;
      return Math.max(0, Math.min(0.55 * (zone.outer - zone.inner), length / textWidthEm(text)));
    }
  }
}

/** The share of a ring's upper half its label may take. */
const RING_LABEL_SPAN = 0.7;

/**
 * The arc a ring's label is written along: the upper half of the circle through the ring's
 * middle, left to right, so the text reads upright and follows the ring.
 */
export function ringLabelArc(zone: Extract<Zone, { kind: 'ring' }>): { r: number; path: string } {
  return upperArc(zone.cx, zone.cy, (zone.inner + zone.outer) / 2);
}

/**
 * A circle labelled near its top edge (not in its middle) has its label curved along that edge,
 * through the label's point; a label in the middle (the initiative) stays straight: `null`.
 */
export function circleLabelArc(
  zone: Extract<Zone, { kind: 'circle' }>,
): { r: number; path: string } | null {
  const r = zone.cy - zone.labelAt.y;
  return r > zone.r / 2 ? upperArc(zone.cx, zone.cy, r) : null;
}

function upperArc(cx: number, cy: number, r: number): { r: number; path: string } {
  return { r, path: `M ${cx - r} ${cy} A ${r} ${r} 0 0 1 ${cx + r} ${cy}` };
}

/** The cap of a heading of this base size. */
export function headingCap(base: number): number {
  return HEADING_GROWTH * base;
}
