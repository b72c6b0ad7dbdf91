/**
 * The background of a werkvorm as a few drawing primitives in page coordinates: zones (where a
 * card lies decides what it means), lines and texts. The client renders them as SVG behind the
 * cards; nothing here is a shape participants could move.
 */
import type { Bounds } from '../cards/BoardCard.js';
import type { Localized } from '../i18n.js';

export interface Point {
  x: number;
  y: number;
}

/** tldraw's colour names, so a card can take its zone's colour without translation. */
export const TLDRAW_COLORS = [
  'black',
  'grey',
  'light-violet',
  'violet',
  'blue',
  'light-blue',
  'yellow',
  'orange',
  'green',
  'light-green',
  'light-red',
  'red',
  'white',
] as const;
export type TldrawColor = (typeof TLDRAW_COLORS)[number];

interface ZoneBase {
  /** Stable within the werkvorm: `ring-2`, `jubelmuur`, `anna:invloed`. */
  id: string;
  label: Localized;
  /**
   * Where the renderer puts the label: rect and lane labels start there (left-aligned),
   * circle and ring labels are centred on it.
   */
  labelAt: Point;
  /** The colour cards take inside this zone; `null` leaves them as they are. */
  color: TldrawColor | null;
  /**
   * Not drawn, neither its area nor its label: a zone that only gives meaning, whose look the
   * layout's marks draw (a scale's value columns: "Verplaats naar…" still lists it).
   */
  hidden?: boolean;
}

/** A rectangle; a `lane` is a horizontal band along an axis, drawn lighter and labelled at its start. */
export interface RectZone extends ZoneBase, Bounds {
  kind: 'rect' | 'lane';
}

export interface CircleZone extends ZoneBase {
  kind: 'circle';
  cx: number;
  cy: number;
  r: number;
}

/** The band between two concentric circles: `inner ≤ distance < outer`. */
export interface RingZone extends ZoneBase {
  kind: 'ring';
  cx: number;
  cy: number;
  inner: number;
  outer: number;
}

export type Zone = RectZone | CircleZone | RingZone;

/** Line weights: the main axis, a tick, a faint guide. */
export type Stroke = 'axis' | 'tick' | 'guide';

/** Text sizes, as tldraw names them. */
export type TextSize = 's' | 'm' | 'l' | 'xl';

export type Mark =
  | { kind: 'line'; from: Point; to: Point; stroke: Stroke }
  | {
      kind: 'text';
      /** The anchor point; the text's baseline is centred vertically on it. */
      at: Point;
      text: Localized;
      size: TextSize;
      align: 'start' | 'middle' | 'end';
      /** Muted texts (hints, prompts) are drawn in a softer colour. */
      muted: boolean;
      /**
       * Grows when the board is zoomed out, to stay readable from the back of the room (up to
       * 1.5 times its size): a zone's question. Headings (`l`, `xl`) always grow.
       */
      grow?: boolean;
    }
  | {
      /**
       * A person's marker from an earlier ronde, drawn faded where it stood: a pill of `w` × `h`
       * centred on `at`, in the person's colour (`#rrggbb`), with their name.
       */
      kind: 'pin';
      at: Point;
      w: number;
      h: number;
      colour: string;
      text: string;
    };

/** Zones seen as one part of the board ("Ga naar", presenting): a person's pair of circles. */
export interface ZoneGroup {
  id: string;
  label: Localized;
  /** Page space: what fills the screen. */
  bounds: Bounds;
  zoneIds: readonly string[];
}

/** The background geometry of a board. Zones never overlap, so a point lies in at most one. */
export interface Layout {
  zones: readonly Zone[];
  marks: readonly Mark[];
  /** Zones that belong together as one part; a zone is in at most one group. */
  groups?: readonly ZoneGroup[];
  /**
   * A zone far wider than high (a time axis) that the board opens on, its height filling the
   * screen, instead of fitting the whole layout: the historielijn's tijdbalk.
   */
  openingBand?: string;
  /** Everything drawn, with a margin: what "zoom to fit" shows. */
  bounds: Bounds;
}

/** Whether a point lies in a zone (edges: left/top inside, right/bottom outside). */
export function zoneContains(zone: Zone, point: Point): boolean {
  switch (zone.kind) {
    case 'rect':
    case 'lane':
      return (
        point.x >= zone.x &&
        point.x < zone.x + zone.w &&
        point.y >= zone.y &&
        point.y < zone.y + zone.h
      );
    case 'circle':
      return Math.hypot(point.x - zone.cx, point.y - zone.cy) < zone.r;
    case 'ring': {
      const distance = Math.hypot(point.x - zone.cx, point.y - zone.cy);
      return distance >= zone.inner && distance < zone.outer;
    }
  }
}

/** The zone a point lies in, or `undefined`. */
export function zoneAt(layout: Layout, point: Point): Zone | undefined {
  return layout.zones.find((zone) => zoneContains(zone, point));
}

export function findZone(layout: Layout, id: string): Zone | undefined {
  return layout.zones.find((zone) => zone.id === id);
}

/** The bounds of a zone. */
export function zoneBounds(zone: Zone): Bounds {
  switch (zone.kind) {
    case 'rect':
    case 'lane':
      return { x: zone.x, y: zone.y, w: zone.w, h: zone.h };
    case 'circle':
      return { x: zone.cx - zone.r, y: zone.cy - zone.r, w: 2 * zone.r, h: 2 * zone.r };
    case 'ring':
      return {
        x: zone.cx - zone.outer,
        y: zone.cy - zone.outer,
        w: 2 * zone.outer,
        h: 2 * zone.outer,
      };
  }
}

/** The smallest rectangle around all given ones, grown by `margin` on every side. */
export function unionBounds(rects: readonly Bounds[], margin = 0): Bounds {
  if (rects.length === 0) return { x: 0, y: 0, w: 0, h: 0 };
  const x = Math.min(...rects.map((r) => r.x)) - margin;
  const y = Math.min(...rects.map((r) => r.y)) - margin;
  const right = Math.max(...rects.map((r) => r.x + r.w)) + margin;
  const bottom = Math.max(...rects.map((r) => r.y + r.h)) + margin;
  return { x, y, w: right - x, h: bottom - y };
}

/** Bounds of everything in a layout: its zones and the end points of its marks. */
export function layoutBounds(
  zones: readonly Zone[],
  marks: readonly Mark[],
  margin: number,
): Bounds {
  const markBounds = marks.map((mark): Bounds => {
    switch (mark.kind) {
      case 'line': {
        const x = Math.min(mark.from.x, mark.to.x);
        const y = Math.min(mark.from.y, mark.to.y);
        return { x, y, w: Math.abs(mark.to.x - mark.from.x), h: Math.abs(mark.to.y - mark.from.y) };
      }
      case 'text':
        return { x: mark.at.x, y: mark.at.y, w: 0, h: 0 };
      case 'pin':
        return { x: mark.at.x - mark.w / 2, y: mark.at.y - mark.h / 2, w: mark.w, h: mark.h };
    }
  });
  return unionBounds([...zones.map(zoneBounds), ...markBounds], margin);
}

/** A text mark with the common defaults. */
export function textMark(
  at: Point,
  text: Localized,
  size: TextSize = 'm',
  align: 'start' | 'middle' | 'end' = 'middle',
  muted = false,
): Mark {
  return { kind: 'text', at, text, size, align, muted };
}
