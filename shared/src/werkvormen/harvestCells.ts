/**
 * Harvest cells for people: JSON and CSV keep the ISO forms (`2017-03`, `2026-12-03T13:05:00Z`),
 * which machines read; Markdown and the PDF show them the way a Dutch report writes them
 * ("maart 2017", "3 december 2026, 14:05"), in a time zone the caller chooses.
 */
import { formatPeriod, monthName, parsePeriod } from '../cards/period.js';
import type { Language } from '../i18n.js';
import { cellText, type HarvestCell, type HarvestColumn } from './Harvest.js';

/** Where the server writes times when the reader's own zone is not known (`tz` on the API). */
export const DEFAULT_TIME_ZONE = 'Europe/Amsterdam';

/** Whether `zone` is an IANA time zone this runtime knows ("Europe/Amsterdam", "UTC"). */
export function isTimeZone(zone: string): boolean {
  if (zone.length === 0 || zone.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const partsFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar parts of a moment in a time zone (numbers, 24-hour clock). */
function partsIn(ms: number, timeZone: string) {
  let format = partsFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      hourCycle: 'h23',
    });
    partsFormats.set(timeZone, format);
  }
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(ms)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return parts as Record<'year' | 'month' | 'day' | 'hour' | 'minute', number>;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** "3 december 2026" / "3 December 2026" in `timeZone`. */
export function formatDate(ms: number, language: Language, timeZone: string): string {
  const { year, month, day } = partsIn(ms, timeZone);
  return `${day} ${monthName(month, language)} ${year}`;
}

/** "3 december 2026, 14:05" / "3 December 2026, 14:05" in `timeZone`. */
export function formatDateTime(ms: number, language: Language, timeZone: string): string {
  const { hour, minute } = partsIn(ms, timeZone);
  return `${formatDate(ms, language, timeZone)}, ${pad2(hour)}:${pad2(minute)}`;
}

/**
 * A cell as a report shows it: a period column's ISO period as "maart 2017", a time column's ISO
 * time as "3 december 2026, 14:05"; anything else (or what does not read as one) as it is.
 */
export function displayCell(
  cell: HarvestCell,
  column: HarvestColumn | undefined,
  language: Language,
  timeZone: string,
): string {
  const text = cellText(cell, language);
  if (text === '' || column?.format === undefined) return text;
  if (column.format === 'period') {
    const period = parsePeriod(text);
    return period ? formatPeriod(period, language) : text;
  }
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? text : formatDateTime(ms, language, timeZone);
}
