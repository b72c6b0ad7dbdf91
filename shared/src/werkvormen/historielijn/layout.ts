/**
 * The historielijn's background: a horizontal tijdbalk at y = 0 with the anecdote band around it,
 * the "volgorde van toetreding" lane below, and the reflectie zone below that (the first
 * generation) or beside the tijdbalk (landscape: the board then fills a wide screen, so ten years
 * of anecdotes read on a projector at "Alles in beeld").
 *
 * Time maps linearly to x, counted in months (see `period.ts`). A month or year covers an interval
 * `[start, end)`; a point card sits centred on its interval, a range card spans it edge to edge,
 * so ticks are drawn at interval boundaries and their labels in the middle of each interval.
 */
import {
  monthName,
  periodEnd,
  periodStart,
  pointEnd,
  pointFromMonthIndex,
  pointStart,
  type Period,
  type PeriodPoint,
} from '../../cards/period.js';
import type { Localized } from '../../i18n.js';
import { layoutBounds, textMark, type Layout, type Mark, type RectZone } from '../Layout.js';
import { LayoutVersion, layoutVersionOf } from '../layoutVersion.js';
import { reflectieHeight, reflectieMarks, reflectieZone } from '../reflectie.js';
import { PURPOSE_LABELS, type HistorielijnSettings } from './settings.js';
import { REFLECTION, ZONE_LABELS } from './texts.js';

/** The geometry the historielijn's helpers need besides the drawing. */
export interface HistorielijnLayout extends Layout {
  axis: {
    y: number;
    x0: number;
    x1: number;
    /** First month on the axis and the month after the last (month counts). */
    startMonth: number;
    endMonth: number;
    pxPerMonth: number;
  };
  /** The date precision of a card that does not give its own: months for short periods. */
  precision: 'month' | 'year';
  /** Anecdote cards are stacked in rows from `cardGap` away from the axis up to `band`. */
  band: number;
  cardGap: number;
}

/**
 * Scale: 20 px a month (240 a year) fits a card per year side by side. Short periods are
 * stretched to a minimum length; long ones squeezed to a maximum, so the whole line still fits
 * a screen at a zoom where labels (then thinned out) can be read.
 */
const PX_PER_MONTH = 20;
const MIN_AXIS_LENGTH = 2400;
const MAX_AXIS_LENGTH = 6000;
/** Periods up to three years are shown, and dated, in months. */
const MONTHS_MODE_LIMIT = 36;
const BAND = 640;
const CARD_GAP = 64;
const LANE_GAP = 80;
const LANE_HEIGHT = 260;
/** Landscape: reflectie to the right of the axis, as high as the band and the lane. */
const REFLECTIE_GAP = 160;
const REFLECTIE_WIDTH = 1000;
/** Room around everything that "Alles in beeld" keeps, per generation. */
const MARGIN: Record<LayoutVersion, number> = {
  [LayoutVersion.Original]: 200,
  [LayoutVersion.Landscape]: 40,
};
const TICK = 16;
const MIN_YEAR_LABEL_GAP = 110;
const MIN_MONTH_LABEL_GAP = 64;

export const TIJDBALK_ZONE_ID = 'tijdbalk';
export const TOETREDING_ZONE_ID = 'toetreding';

/** The x of a month count (fractions allowed). */
export function xForMonth(month: number, layout: HistorielijnLayout): number {
  return layout.axis.x0 + (month - layout.axis.startMonth) * layout.axis.pxPerMonth;
}

/** The month count at an x (a fraction). */
export function monthAtX(x: number, layout: HistorielijnLayout): number {
  return layout.axis.startMonth + (x - layout.axis.x0) / layout.axis.pxPerMonth;
}

/** Where a period lies on the axis: from the start of its first month to the end of its last. */
export function spanForPeriod(period: Period, layout: HistorielijnLayout) {
  return { x0: xForMonth(periodStart(period), layout), x1: xForMonth(periodEnd(period), layout) };
}

/** The x a card with this date is centred on. */
export function xForDate(period: Period, layout: HistorielijnLayout): number {
  const span = spanForPeriod(period, layout);
  return (span.x0 + span.x1) / 2;
}

/** The month (or year) at an x, kept within the period of the axis. */
export function dateForX(
  x: number,
  layout: HistorielijnLayout,
  precision: 'month' | 'year' = layout.precision,
): PeriodPoint {
  const month = Math.floor(monthAtX(x, layout) + 1e-9);
  const clamped = Math.min(Math.max(month, layout.axis.startMonth), layout.axis.endMonth - 1);
  return pointFromMonthIndex(clamped, precision);
}

/** Where a card of width `w` with this date goes: centred on a point, spanning a range. */
export function placeOnAxis(period: Period, w: number, layout: HistorielijnLayout) {
  if (period.kind === 'range') {
    const span = spanForPeriod(period, layout);
    return { x: span.x0, w: span.x1 - span.x0 };
  }
  return { x: xForDate(period, layout) - w / 2, w };
}

/** The smallest step from `steps` that keeps labels `minGap` apart. */
function labelStep(steps: readonly number[], unitPx: number, minGap: number): number {
  return steps.find((step) => step * unitPx >= minGap) ?? (steps[steps.length - 1] as number);
}

/** Ticks at interval boundaries and labels in interval middles, for years or months. */
function tickMarks(layout: HistorielijnLayout): Mark[] {
  const { startMonth, endMonth, pxPerMonth, y } = layout.axis;
  const marks: Mark[] = [];
  const tick = (month: number, height: number, stroke: 'tick' | 'guide') => {
    const x = xForMonth(month, layout);
    marks.push({ kind: 'line', from: { x, y: y - height }, to: { x, y: y + height }, stroke });
  };
  const label = (from: number, to: number, text: Localized, size: 's' | 'm') => {
    const mid =
      (xForMonth(Math.max(from, startMonth), layout) + xForMonth(Math.min(to, endMonth), layout)) /
      2;
    marks.push(textMark({ x: mid, y: y + (size === 'm' ? 40 : 34) }, text, size));
  };
  const firstYear = Math.floor(startMonth / 12);
  const lastYear = Math.ceil(endMonth / 12) - 1;
  if (layout.precision === 'year') {
    const step = labelStep([1, 2, 5, 10, 20], 12 * pxPerMonth, MIN_YEAR_LABEL_GAP);
    for (let year = firstYear; year <= lastYear; year++) {
      if (year * 12 > startMonth) tick(year * 12, TICK, 'tick');
      if (year % step === 0) label(year * 12, year * 12 + 12, yearText(year), 'm');
    }
  } else {
    const step = labelStep([1, 2, 3, 6], pxPerMonth, MIN_MONTH_LABEL_GAP);
    for (let month = startMonth; month < endMonth; month++) {
      const { year, month: m } = pointFromMonthIndex(month, 'month') as {
        year: number;
        month: number;
      };
      if (month > startMonth) tick(month, m === 1 ? TICK : TICK / 2, m === 1 ? 'tick' : 'guide');
      // The first label carries its year, so a period starting mid-year still says which year.
      const withYear = month === startMonth || m === 1;
      if ((m - 1) % step === 0 || month === startMonth) {
        label(month, month + 1, monthText(m, withYear ? year : null), 's');
      }
    }
  }
  tick(startMonth, TICK * 1.5, 'tick');
  tick(endMonth, TICK * 1.5, 'tick');
  return marks;
}

function yearText(year: number): Localized {
  return { nl: String(year), en: String(year) };
}

function monthText(month: number, year: number | null): Localized {
  const suffix = year === null ? '' : ` ${year}`;
  return {
    nl: `${monthName(month, 'nl', 'short')}${suffix}`,
    en: `${monthName(month, 'en', 'short')}${suffix}`,
  };
}

/** The background for the settings: axis, ticks, the anecdote band, the lane, reflectie. */
export function historielijnLayout(settings: HistorielijnSettings): HistorielijnLayout {
  const startMonth = pointStart(settings.period.from);
  const endMonth = pointEnd(settings.period.to);
  const months = endMonth - startMonth;
  const length = Math.min(Math.max(months * PX_PER_MONTH, MIN_AXIS_LENGTH), MAX_AXIS_LENGTH);
  const pxPerMonth = length / months;
  const x1 = length;
  const laneY = BAND + LANE_GAP;
  const tijdbalk: RectZone = {
    id: TIJDBALK_ZONE_ID,
    kind: 'rect',
    x: 0,
    y: -BAND,
    w: x1,
    h: 2 * BAND,
    label: ZONE_LABELS.tijdbalk,
    labelAt: { x: 24, y: -BAND + 40 },
    color: null,
  };
  const toetreding: RectZone = {
    id: TOETREDING_ZONE_ID,
    kind: 'lane',
    x: 0,
    y: laneY,
    w: x1,
    h: LANE_HEIGHT,
    label: ZONE_LABELS.toetreding,
    labelAt: { x: 24, y: laneY + 36 },
    color: null,
  };
  const version = layoutVersionOf(settings);
  const reflectie = reflectieZone(
    version === LayoutVersion.Landscape
      ? { x: x1 + REFLECTIE_GAP, y: -BAND, w: REFLECTIE_WIDTH, h: laneY + LANE_HEIGHT + BAND }
      : {
          x: 0,
          y: laneY + LANE_HEIGHT + 120,
          w: Math.min(x1, MIN_AXIS_LENGTH),
          h: reflectieHeight(REFLECTION.length),
        },
  );
  const layout: HistorielijnLayout = {
    zones: [tijdbalk, toetreding, reflectie],
    openingBand: TIJDBALK_ZONE_ID,
    marks: [],
    bounds: { x: 0, y: 0, w: 0, h: 0 },
    axis: { y: 0, x0: 0, x1, startMonth, endMonth, pxPerMonth },
    precision: months <= MONTHS_MODE_LIMIT ? 'month' : 'year',
    band: BAND,
    cardGap: CARD_GAP,
  };
  const purpose = PURPOSE_LABELS[settings.purpose];
  const title = settings.thema.trim()
    ? { nl: `${purpose.nl} · ${settings.thema}`, en: `${purpose.en} · ${settings.thema}` }
    : purpose;
  const marks: Mark[] = [
    textMark({ x: 0, y: -BAND - 60 }, title, 'xl', 'start'),
    { kind: 'line', from: { x: 0, y: 0 }, to: { x: x1, y: 0 }, stroke: 'axis' },
    ...tickMarks(layout),
    ...reflectieMarks(reflectie, REFLECTION),
  ];
  return { ...layout, marks, bounds: layoutBounds(layout.zones, marks, MARGIN[version]) };
}
