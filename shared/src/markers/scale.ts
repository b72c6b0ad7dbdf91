/**
 * A scale on which every person places their own marker (the schaalvraag's 0–10, an energiemeter's
 * topics): its geometry, its zones and its drawing. A marker's value is its column along the
 * scale; which scale it is on is its own `meter` prop, so a marker dragged off its scale keeps its
 * meaning and its owner's client puts it back (`stacking.ts`).
 *
 * Above the axis stand the markers of now, stacked upwards per value, so each column reads as a
 * bar of the distribution. Below the axis the ronde compared with is drawn faded (`pin` marks), in
 * the same columns: then and now one above the other.
 */
import { cardCentre, type BoardCard, type Bounds, type MarkeringCard } from '../cards/BoardCard.js';
import { CARD_SIZE } from '../cards/shapeProps.js';
import type { Localized } from '../i18n.js';
import {
  textMark,
  type Layout,
  type Mark,
  type RectZone,
  type ZoneGroup,
} from '../werkvormen/Layout.js';
import type { Placement } from '../werkvormen/Werkvorm.js';

/** The whole values of every scale. */
export const SCALE_MIN = 0;
export const SCALE_MAX = 10;
export const SCALE_VALUES: readonly number[] = Array.from(
  { length: SCALE_MAX - SCALE_MIN + 1 },
  (_, i) => SCALE_MIN + i,
);

/** How many markers stand in a column before the column grows past the band. */
export interface ScaleSize {
  liveSlots: number;
  /** Faded markers of the compared ronde drawn per column; more show as "+n". */
  ghostSlots: number;
}

/** One column per value, wide enough for a marker and a gap. */
export const COLUMN_W = 300;
/** A marker's place in a stack: its height and a gap. */
export const SLOT_H = CARD_SIZE.markering.h + 12;
/** Room between the axis and the lowest marker. */
const AXIS_GAP = 16;
/** A faded marker of an earlier ronde: lower than a live one, so the two never look alike. */
export const PIN = { w: CARD_SIZE.markering.w, h: 52, slot: 60 } as const;
/** From the top of a meter: its title, then the band of markers. */
const TITLE_Y = 40;
const BAND_TOP = 80;
/** Below the axis: the numbers, the words at the ends, then the compared ronde. */
const NUMBER_Y = 56;
const CAPTION_Y = 120;
const GHOST_LABEL_Y = 184;
const GHOST_TOP = 216;

/** A scale on the board, in page coordinates. */
export interface Meter {
  id: string;
  label: Localized;
  /** The left edge of the column of `SCALE_MIN`. */
  x: number;
  /** The top of the meter (its title). */
  top: number;
  /** The axis the markers stand on. */
  axisY: number;
  /** The bottom of the meter, below the compared ronde. */
  bottom: number;
  size: ScaleSize;
  /** What the ends stand for ("nog niets bereikt", "vol"). */
  minLabel: Localized;
  maxLabel: Localized;
}

/** A layout with scales: the schaalvraag's, the energiemeter's. */
export interface ScaleLayout extends Layout {
  meters: readonly Meter[];
}

/** The width of every scale: one column per value. */
export const SCALE_W = SCALE_VALUES.length * COLUMN_W;

/** A meter whose top-left corner is at (`x`, `top`). */
export function meterAt(
  x: number,
  top: number,
  fields: Pick<Meter, 'id' | 'label' | 'minLabel' | 'maxLabel' | 'size'>,
): Meter {
  const axisY = top + BAND_TOP + fields.size.liveSlots * SLOT_H + AXIS_GAP;
  const bottom = axisY + GHOST_TOP + fields.size.ghostSlots * PIN.slot;
  return { ...fields, x, top, axisY, bottom };
}

export function meterBounds(meter: Meter): Bounds {
  return { x: meter.x, y: meter.top, w: SCALE_W, h: meter.bottom - meter.top };
}

/** The value of the column `x` lies in; beyond the ends, the end's value. */
export function valueAt(meter: Meter, x: number): number {
  const column = Math.floor((x - meter.x) / COLUMN_W);
  return Math.min(SCALE_MAX, Math.max(SCALE_MIN, SCALE_MIN + column));
}

/** The middle of a value's column. */
export function columnCentreX(meter: Meter, value: number): number {
  return meter.x + (value - SCALE_MIN + 0.5) * COLUMN_W;
}

/** The middle of the `slot`th marker standing in a column (0 stands on the axis). */
export function slotCentreY(meter: Meter, slot: number): number {
  return meter.axisY - AXIS_GAP - (slot + 0.5) * SLOT_H;
}

/** The slot a marker centred at `y` stands in (may be negative below the axis, or past the band). */
export function slotAt(meter: Meter, y: number): number {
  return Math.round((meter.axisY - AXIS_GAP - y) / SLOT_H - 0.5) || 0; // never -0
}

/** The zone of a value's column: `nu:6`. */
export function valueZoneId(meterId: string, value: number): string {
  return `${meterId}:${value}`;
}

/** Names a value: "6" on a board with one scale, "Het project: 6" with several. */
function valueLabel(meter: Meter, value: number, named: boolean): Localized {
  return named
    ? { nl: `${meter.label.nl}: ${value}`, en: `${meter.label.en}: ${value}` }
    : { nl: String(value), en: String(value) };
}

/**
 * The columns of a meter as zones: hidden (the marks draw the scale), but a card lying in one is
 * there, and "Verplaats naar…" can move a marker to any value without a mouse. `named` when the
 * board has more than one scale, so a zone's name says which.
 */
export function meterZones(meter: Meter, named: boolean): RectZone[] {
  return SCALE_VALUES.map((value) => ({
    id: valueZoneId(meter.id, value),
    kind: 'rect',
    x: meter.x + (value - SCALE_MIN) * COLUMN_W,
    y: meter.top + BAND_TOP,
    w: COLUMN_W,
    h: meter.axisY - meter.top - BAND_TOP,
    label: valueLabel(meter, value, named),
    labelAt: { x: columnCentreX(meter, value), y: meter.axisY + NUMBER_Y },
    color: null,
    hidden: true,
  }));
}

/** The meter as one part of the board ("Ga naar"). */
export function meterGroup(meter: Meter): ZoneGroup {
  return {
    id: `schaal:${meter.id}`,
    label: meter.label,
    bounds: meterBounds(meter),
    zoneIds: SCALE_VALUES.map((value) => valueZoneId(meter.id, value)),
  };
}

/** A marker of an earlier ronde, as the scale draws it (a `RondeMarker` is one). */
export interface EarlierMarker {
  name: string;
  colour: string;
  meter: string;
  value: number;
}

/** What is drawn below the axis: the ronde compared with, or what will be there. */
export interface Compared {
  /** "Vorige ronde · 3 maart 2026", or a hint while there is none. */
  label: Localized;
  markers: readonly EarlierMarker[];
  /** The label on a scale none of the ronde's markers stood on. */
  nobody?: Localized;
}

/** The scale drawn: title, column guides, axis, numbers, the words at its ends, the compared ronde. */
export function meterMarks(meter: Meter, compared: Compared): Mark[] {
  const right = meter.x + SCALE_W;
  const marks: Mark[] = [
    textMark({ x: meter.x, y: meter.top + TITLE_Y }, meter.label, 'l', 'start'),
    ...Array.from({ length: SCALE_VALUES.length + 1 }, (_, i): Mark => {
      const x = meter.x + i * COLUMN_W;
      return {
        kind: 'line',
        from: { x, y: meter.top + BAND_TOP },
        to: { x, y: meter.axisY },
        stroke: 'guide',
      };
    }),
    {
      kind: 'line',
      from: { x: meter.x, y: meter.axisY },
      to: { x: right, y: meter.axisY },
      stroke: 'axis',
    },
  ];
  for (const value of SCALE_VALUES) {
    const x = columnCentreX(meter, value);
    marks.push(
      { kind: 'line', from: { x, y: meter.axisY }, to: { x, y: meter.axisY + 16 }, stroke: 'tick' },
      textMark({ x, y: meter.axisY + NUMBER_Y }, { nl: String(value), en: String(value) }, 'xl'),
    );
  }
  marks.push(
    // Large enough to read from the back of the room at "Alles in beeld".
    textMark({ x: meter.x, y: meter.axisY + CAPTION_Y }, meter.minLabel, 'l', 'start', true),
    textMark({ x: right, y: meter.axisY + CAPTION_Y }, meter.maxLabel, 'l', 'end', true),
    textMark(
      { x: meter.x, y: meter.axisY + GHOST_LABEL_Y },
      (compared.markers.some((m) => m.meter === meter.id) ? null : compared.nobody) ??
        compared.label,
      'l',
      'start',
      true,
    ),
    ...ghostMarks(meter, compared.markers),
  );
  return marks;
}

/** The compared ronde's markers of this meter, hanging down from below the axis, by name. */
function ghostMarks(meter: Meter, markers: readonly EarlierMarker[]): Mark[] {
  const marks: Mark[] = [];
  for (const value of SCALE_VALUES) {
    const here = markers
      .filter((marker) => marker.meter === meter.id && marker.value === value)
      .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
    const x = columnCentreX(meter, value);
    const shown = here.length > meter.size.ghostSlots ? meter.size.ghostSlots - 1 : here.length;
    here.slice(0, shown).forEach((marker, slot) => {
      marks.push({
        kind: 'pin',
        at: { x, y: meter.axisY + GHOST_TOP + (slot + 0.5) * PIN.slot },
        w: PIN.w,
        h: PIN.h,
        colour: marker.colour,
        text: marker.name,
      });
    });
    if (shown < here.length) {
      const more = `+${here.length - shown}`;
      const y = meter.axisY + GHOST_TOP + (shown + 0.5) * PIN.slot;
      marks.push(textMark({ x, y }, { nl: more, en: more }, 'm', 'middle', true));
    }
  }
  return marks;
}

/** The meter a marker belongs to, by its own prop; `undefined` for a scale the board lacks. */
export function meterOf(card: MarkeringCard, layout: ScaleLayout): Meter | undefined {
  return layout.meters.find((meter) => meter.id === card.meter);
}

/** A marker's value, or `null` when its scale is not on the board. */
export function markerValue(card: MarkeringCard, layout: ScaleLayout): number | null {
  const meter = meterOf(card, layout);
  return meter ? valueAt(meter, cardCentre(card).x) : null;
}

const NOWHERE: Placement = { zoneId: null, label: { nl: '', en: '' }, color: null };

/** What a marker means: the value of its column on its own scale. Its colour is its person's. */
export function classifyMarker(card: MarkeringCard, layout: ScaleLayout): Placement {
  const meter = meterOf(card, layout);
  if (!meter) return NOWHERE;
  const value = valueAt(meter, cardCentre(card).x);
  return {
    zoneId: valueZoneId(meter.id, value),
    label: valueLabel(meter, value, layout.meters.length > 1),
    color: null,
    value,
  };
}

/** The markers among cards. */
export function markersOf(cards: readonly BoardCard[]): MarkeringCard[] {
  return cards.filter((card): card is MarkeringCard => card.kind === 'markering');
}
