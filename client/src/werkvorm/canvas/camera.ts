/**
 * Where the camera goes when a board opens and on "Alles in beeld": pure arithmetic on bounds,
 * so it is tested without a browser. tldraw's camera maps a page point p to the screen point
 * (p + camera) · z.
 */
import { findZone, unionBounds, zoneBounds, type Bounds, type Layout } from '@werkbord/shared';
import { FONT_SIZE } from './textSizes';

/** The canvas on screen, and the screen pixels along each edge that tldraw's panels cover. */
export interface Viewport {
  w: number;
  h: number;
  insets?: Insets;
}

export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface CameraTarget {
  x: number;
  y: number;
  z: number;
}

export interface ZoomLimits {
  min: number;
  max: number;
}

/** Screen pixels kept free around what is fitted, besides the panels. */
export const FIT_INSET = 24;
/** A board opens at most at 100%: a phone and a projector see the same cards. */
export const OPENING_MAX_ZOOM = 1;
/**
 * Below this a card's title (grown to its largest when zoomed out) is too small to read: a board
 * too big to fit a small screen readably opens at this zoom on its first zone (the klaagmuur, the
 * initiative, …) instead; "Alles in beeld" shows it all.
 */
export const OPENING_MIN_ZOOM = 0.35;
/** Page units above the tijdbalk kept in view for the title. */
const TITLE_ROOM = 140;
const BAND_MARGIN = 40;
/** The smallest on-screen size of the tijdbalk's tick labels when the board opens. */
export const READABLE_LABEL_PX = 12;
/** Page units below the axis for its tick labels. */
const AXIS_LABEL_ROOM = 120;

const clamp = (value: number, { min, max }: ZoomLimits) => Math.min(Math.max(value, min), max);

/** The part of the screen to fit things into: the viewport less the panels and an inset. */
function frameOf(viewport: Viewport) {
  const insets = viewport.insets ?? { top: 0, right: 0, bottom: 0, left: 0 };
  const x = insets.left + FIT_INSET;
  const y = insets.top + FIT_INSET;
  return {
    x,
    y,
    w: Math.max(1, viewport.w - insets.right - FIT_INSET - x),
    h: Math.max(1, viewport.h - insets.bottom - FIT_INSET - y),
  };
}

/** The camera that puts page point (px, py) at screen point (sx, sy) at zoom z. */
function cameraAt(px: number, py: number, sx: number, sy: number, z: number): CameraTarget {
  return { x: sx / z - px, y: sy / z - py, z };
}

/** The camera that shows `bounds` whole and centred, within the zoom limits. */
export function fitCamera(bounds: Bounds, viewport: Viewport, limits: ZoomLimits): CameraTarget {
  const frame = frameOf(viewport);
  const z = clamp(
    Math.min(frame.w / Math.max(1, bounds.w), frame.h / Math.max(1, bounds.h)),
    limits,
  );
  return cameraAt(
    bounds.x + bounds.w / 2,
    bounds.y + bounds.h / 2,
    frame.x + frame.w / 2,
    frame.y + frame.h / 2,
    z,
  );
}

/** Everything there is to see: the layout and the cards, wherever they lie. */
export function boardBounds(layout: Layout, content: Bounds | null): Bounds {
  return content && content.w > 0 && content.h > 0
    ? unionBounds([layout.bounds, content])
    : layout.bounds;
}

/**
 * The camera on opening. A timeline is far wider than high, so fitting it whole would make its
 * ticks unreadable: a layout with an `openingBand` (the historielijn's tijdbalk) opens with the
 * height of that band (and its title)
 * filling the screen, never below a zoom where its labels stay readable, at its start; the rest
 * is a pan away. Every other layout opens whole, together with the cards already on the board,
 * unless that would make the cards specks (a phone): then readable, on its first zone.
 */
export function openingCamera(
  layout: Layout,
  content: Bounds | null,
  viewport: Viewport,
  limits: ZoomLimits,
): CameraTarget {
  const capped = { min: limits.min, max: Math.min(limits.max, OPENING_MAX_ZOOM) };
  const band = layout.openingBand ? findZone(layout, layout.openingBand) : undefined;
  if (!band || band.kind === 'circle' || band.kind === 'ring') {
    const whole = fitCamera(boardBounds(layout, content), viewport, capped);
    const first = layout.zones[0];
    if (whole.z >= OPENING_MIN_ZOOM || !first) return whole;
    const frame = frameOf(viewport);
    const z = clamp(OPENING_MIN_ZOOM, capped);
    // A circle is seen from its middle; a wall or a field from its top left, where its label is.
    if (first.kind === 'circle' || first.kind === 'ring') {
      return cameraAt(first.cx, first.cy, frame.x + frame.w / 2, frame.y + frame.h / 2, z);
    }
    const zone = zoneBounds(first);
    return cameraAt(zone.x, zone.y, frame.x, frame.y, z);
  }
  const frame = frameOf(viewport);
  const top = band.y - TITLE_ROOM;
  const bottom = band.y + band.h + BAND_MARGIN;
  const fit = frame.h / (bottom - top);
  const z = clamp(Math.max(fit, readableZoom(layout, band.y + band.h / 2)), capped);
  // A frame that cannot hold the whole band readably shows it from the top, as far down as it
  // can, but always with the axis and its labels.
  const axisBottom = band.y + band.h / 2 + AXIS_LABEL_ROOM;
  const frameTop =
    fit >= z ? (top + bottom) / 2 - frame.h / 2 / z : Math.max(top, axisBottom - frame.h / z);
  const left = band.x - BAND_MARGIN;
  const right = band.x + band.w + BAND_MARGIN;
  // The whole axis fits: centre it. Otherwise start at its beginning.
  const centred = (right - left) * z <= frame.w;
  return centred
    ? cameraAt((left + right) / 2, frameTop, frame.x + frame.w / 2, frame.y, z)
    : cameraAt(left, frameTop, frame.x, frame.y, z);
}

/** The zoom at which the smallest text just below the axis (its tick labels) is readable. */
export function readableZoom(layout: Layout, axisY: number): number {
  const sizes = layout.marks.flatMap((mark) =>
    mark.kind === 'text' && mark.at.y > axisY && mark.at.y < axisY + AXIS_LABEL_ROOM
      ? [FONT_SIZE[mark.size]]
      : [],
  );
  return sizes.length > 0 ? READABLE_LABEL_PX / Math.min(...sizes) : 0;
}

/** Whether two cameras are the same up to rounding (so "the user has not moved it"). */
export function sameCamera(a: CameraTarget, b: CameraTarget): boolean {
  return Math.abs(a.z - b.z) < 1e-6 && Math.abs(a.x - b.x) < 0.5 && Math.abs(a.y - b.y) < 0.5;
}
