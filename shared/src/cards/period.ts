/**
 * The date of an anekdote: a year, a month, or a range between two of those. Stored in shape props
 * as a short ISO-like string (`2015`, `2015-03`, `2015-03/2016`), typed in by people in any of the
 * forms they write on paper ("maart 2015", "mrt 2015 – jun 2016", "2015-2017").
 *
 * Time is counted in months (`year * 12 + month - 1`) so that the tijdbalk can map it linearly.
 */
import type { Language, Localized } from '../i18n.js';

/** A year (`month: null`, the whole year) or one month of it (`month` 1–12). */
export interface PeriodPoint {
  year: number;
  month: number | null;
}

/** A point in time, or a range from the start of `from` to the end of `to`. */
export type Period =
  | { kind: 'point'; at: PeriodPoint }
  | { kind: 'range'; from: PeriodPoint; to: PeriodPoint };

/** Years we accept: four digits, so "15" is never mistaken for 2015 or 1915. */
export const MIN_YEAR = 1000;
export const MAX_YEAR = 9999;

const MONTHS_NL = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
] as const;
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
const SHORT_NL = [
  'jan',
  'feb',
  'mrt',
  'apr',
  'mei',
  'jun',
  'jul',
  'aug',
  'sep',
  'okt',
  'nov',
  'dec',
];
const SHORT_EN = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

/** The name of month 1–12, long ("maart") or short ("mrt"). */
export function monthName(month: number, language: Language, style: 'long' | 'short' = 'long') {
  const names =
    style === 'long'
      ? language === 'nl'
        ? MONTHS_NL
        : MONTHS_EN
      : language === 'nl'
        ? SHORT_NL
        : SHORT_EN;
  return names[month - 1] ?? String(month);
}

/** The first month of a point, as a month count. */
export function pointStart(point: PeriodPoint): number {
  return point.year * 12 + (point.month ?? 1) - 1;
}

/** The month after the last month of a point (exclusive end). */
export function pointEnd(point: PeriodPoint): number {
  return point.month === null ? point.year * 12 + 12 : pointStart(point) + 1;
}

/** The point of a month count, at month (or year) precision. */
export function pointFromMonthIndex(index: number, precision: 'month' | 'year'): PeriodPoint {
  const year = Math.floor(index / 12);
  return { year, month: precision === 'year' ? null : index - year * 12 + 1 };
}

/** First month of a period (month count). */
export function periodStart(period: Period): number {
  return pointStart(period.kind === 'point' ? period.at : period.from);
}

/** Exclusive end month of a period (month count). */
export function periodEnd(period: Period): number {
  return pointEnd(period.kind === 'point' ? period.at : period.to);
}

/** A range, or a point when both ends are the same; `null` when `to` ends before `from` starts. */
export function makeRange(from: PeriodPoint, to: PeriodPoint): Period | null {
  if (from.year === to.year && from.month === to.month) return { kind: 'point', at: from };
  if (pointEnd(to) <= pointStart(from)) return null;
  return { kind: 'range', from, to };
}

/** Chronological order: by start, then the shorter first. */
export function comparePeriods(a: Period, b: Period): number {
  return periodStart(a) - periodStart(b) || periodEnd(a) - periodEnd(b);
}

export function isValidPoint(point: PeriodPoint): boolean {
  return (
    Number.isInteger(point.year) &&
    point.year >= MIN_YEAR &&
    point.year <= MAX_YEAR &&
    (point.month === null ||
      (Number.isInteger(point.month) && point.month >= 1 && point.month <= 12))
  );
}

function pad2(n: number) {
  return n < 10 ? `0${n}` : String(n);
}

function pointToIso(point: PeriodPoint) {
  return point.month === null ? String(point.year) : `${point.year}-${pad2(point.month)}`;
}

/** The canonical stored form: `2015`, `2015-03`, `2015-03/2016`. */
export function periodToIso(period: Period): string {
  return period.kind === 'point'
    ? pointToIso(period.at)
    : `${pointToIso(period.from)}/${pointToIso(period.to)}`;
}

/** A point for people: "2015", "maart 2015" / "March 2015" (or "mrt 2015" short). */
export function formatPoint(
  point: PeriodPoint,
  language: Language,
  style: 'long' | 'short' = 'long',
): string {
  return point.month === null
    ? String(point.year)
    : `${monthName(point.month, language, style)} ${point.year}`;
}

/** A period for people: "maart 2015", "2015 – 2017". */
export function formatPeriod(
  period: Period,
  language: Language,
  style: 'long' | 'short' = 'long',
): string {
  return period.kind === 'point'
    ? formatPoint(period.at, language, style)
    : `${formatPoint(period.from, language, style)} – ${formatPoint(period.to, language, style)}`;
}

/** A period in both interface languages, for labels. */
export function localizePeriod(period: Period, style: 'long' | 'short' = 'long'): Localized {
  return { nl: formatPeriod(period, 'nl', style), en: formatPeriod(period, 'en', style) };
}

/** A month name in Dutch or English, full or abbreviated (at least three letters, or "mrt"). */
function parseMonthName(word: string): number | null {
  const token = word.replace(/\.$/, '');
  if (token.length < 3) return null;
  for (let i = 0; i < 12; i++) {
    const nl = MONTHS_NL[i] as string;
    const en = (MONTHS_EN[i] as string).toLowerCase();
    if (nl.startsWith(token) || en.startsWith(token) || SHORT_NL[i] === token) return i + 1;
  }
  return null;
}

function point(year: number, month: number | null): PeriodPoint | null {
  const result = { year, month };
  return isValidPoint(result) ? result : null;
}

/** One point in any accepted form; the input is already trimmed and lower-cased. */
function parsePoint(text: string): PeriodPoint | null {
  let match = /^(\d{4})$/.exec(text);
  if (match) return point(Number(match[1]), null);
  match = /^(\d{4})-(\d{1,2})$/.exec(text);
  if (match) return point(Number(match[1]), Number(match[2]));
  match = /^(\d{1,2})[-/.](\d{4})$/.exec(text);
  if (match) return point(Number(match[2]), Number(match[1]));
  match = /^([a-z]+\.?) (\d{4})$/.exec(text);
  if (match) {
    const month = parseMonthName(match[1] as string);
    return month === null ? null : point(Number(match[2]), month);
  }
  return null;
}

/** Separators between the two ends of a range; word forms first, since "t/m" contains "/". */
const RANGE_SEPARATORS = [' tot en met ', ' t/m ', ' tot ', ' to ', ' until ', '–', '—', '/', '-'];

/**
 * Reads a period as people write it: ISO (`2015`, `2015-03`, `2015-03/2016-06`), month/year
 * (`3/2015`), names in Dutch or English (`maart 2015`, `Mar 2015`), ranges with `–`, `-`, `/`,
 * `tot`, `t/m`, `to`. Returns `null` for anything else, including a range that ends before it starts.
 */
export function parsePeriod(text: string): Period | null {
  const input = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (input.length === 0 || input.length > 64) return null;
  const single = parsePoint(input);
  if (single) return { kind: 'point', at: single };
  for (const separator of RANGE_SEPARATORS) {
    for (let at = input.indexOf(separator); at > 0; at = input.indexOf(separator, at + 1)) {
      const from = parsePoint(input.slice(0, at).trim());
      const to = parsePoint(input.slice(at + separator.length).trim());
      if (from && to) return makeRange(from, to);
    }
  }
  return null;
}
