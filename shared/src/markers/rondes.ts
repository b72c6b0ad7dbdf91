/**
 * Rondes: where everyone stood when the begeleider fixed the markers ("Zet de markeringen vast"),
 * kept so a later meeting sees then and now. A ronde is a measurement of the group, not a state
 * of the board: a date and each person's value per scale. It lives in the werkvorm's settings
 * (key `rondes`, kept without a form field), which only the begeleider writes and every reader of
 * the board already has: the layout draws the last ronde faded below the scale, the harvest lists
 * every ronde, and a momentopname or a copy of the board carries them along.
 */
import { cardCentre, type BoardCard } from '../cards/BoardCard.js';
import { HEX_COLOUR_PATTERN, METER_ID_PATTERN, TextLimit } from '../cards/shapeProps.js';
import { monthName } from '../cards/period.js';
import type { Localized } from '../i18n.js';
import type { SettingsError } from '../werkvormen/SettingsSchema.js';
import { markersOf, meterOf, valueAt, SCALE_MAX, SCALE_MIN, type ScaleLayout } from './scale.js';

/** One person's value in a ronde. */
export interface RondeMarker {
  /** Their user id, as on their marker. */
  owner: string;
  name: string;
  colour: string;
  meter: string;
  value: number;
}

export interface Ronde {
  /** `r1`, `r2`…: unique on the board, never reused. */
  id: string;
  /** The day it was fixed, `YYYY-MM-DD`, as the begeleider's calendar had it. */
  date: string;
  markers: RondeMarker[];
}

/** The settings key of the rondes. */
export const RONDES_KEY = 'rondes';
/** A trajectory of a meeting every six weeks for a year and a half. */
export const MAX_RONDES = 12;
/** Every person on every scale: four scales of fifty people. */
export const MAX_RONDE_MARKERS = 200;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const ID_PATTERN = /^r[0-9]{1,4}$/;

const FIELD_LABEL: Localized = { nl: 'De rondes', en: 'The rounds' };

function refused(errors: SettingsError[], why: Localized): Ronde[] {
  errors.push({
    field: RONDES_KEY,
    message: { nl: `${FIELD_LABEL.nl}: ${why.nl}`, en: `${FIELD_LABEL.en}: ${why.en}` },
  });
  return [];
}

function isDay(text: unknown): text is string {
  const match = typeof text === 'string' ? DATE_PATTERN.exec(text) : null;
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

function readMarker(value: unknown): RondeMarker | null {
  if (typeof value !== 'object' || value === null) return null;
  const m = value as Record<string, unknown>;
  const ok =
    typeof m.owner === 'string' &&
    m.owner.length > 0 &&
    m.owner.length <= TextLimit.Owner &&
    typeof m.name === 'string' &&
    m.name.length <= TextLimit.Author &&
    typeof m.colour === 'string' &&
    HEX_COLOUR_PATTERN.test(m.colour) &&
    typeof m.meter === 'string' &&
    METER_ID_PATTERN.test(m.meter) &&
    Number.isInteger(m.value) &&
    (m.value as number) >= SCALE_MIN &&
    (m.value as number) <= SCALE_MAX;
  if (!ok) return null;
  return {
    owner: m.owner as string,
    name: m.name as string,
    colour: m.colour as string,
    meter: m.meter as string,
    value: m.value as number,
  };
}

/** The rondes in settings (missing: none), or none and an error when they are malformed. */
export function readRondes(record: Record<string, unknown>, errors: SettingsError[]): Ronde[] {
  const value = record[RONDES_KEY];
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.length > MAX_RONDES) {
    return refused(errors, {
      nl: `hoogstens ${MAX_RONDES} rondes.`,
      en: `at most ${MAX_RONDES} rounds.`,
    });
  }
  const rondes: Ronde[] = [];
  for (const item of value) {
    const r = typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {};
    const markers = Array.isArray(r.markers) ? r.markers.map(readMarker) : null;
    if (
      typeof r.id !== 'string' ||
      !ID_PATTERN.test(r.id) ||
      !isDay(r.date) ||
      markers === null ||
      markers.length > MAX_RONDE_MARKERS ||
      markers.some((marker) => marker === null)
    ) {
      return refused(errors, { nl: 'een ronde is onleesbaar.', en: 'a round cannot be read.' });
    }
    rondes.push({ id: r.id, date: r.date as string, markers: markers as RondeMarker[] });
  }
  if (new Set(rondes.map((r) => r.id)).size !== rondes.length) {
    return refused(errors, {
      nl: 'twee rondes hebben dezelfde sleutel.',
      en: 'two rounds share a key.',
    });
  }
  return rondes;
}

/** Every marker on the board with its value, in name order; markers of scales the board lacks are left out. */
export function standingMarkers(cards: readonly BoardCard[], layout: ScaleLayout): RondeMarker[] {
  const standing: RondeMarker[] = [];
  for (const card of markersOf(cards)) {
    const meter = meterOf(card, layout);
    if (!meter) continue;
    standing.push({
      owner: card.owner,
      name: card.author,
      colour: card.colour,
      meter: card.meter,
      value: valueAt(meter, cardCentre(card).x),
    });
  }
  return standing.sort(
    (a, b) => a.name.localeCompare(b.name, 'nl') || (a.owner < b.owner ? -1 : 1),
  );
}

/**
 * The rondes after fixing the markers on the board on `date` (`YYYY-MM-DD`); `null` when the board
 * has `MAX_RONDES` already (the begeleider removes one first: nothing is dropped silently).
 */
export function withNewRonde(
  rondes: readonly Ronde[],
  cards: readonly BoardCard[],
  layout: ScaleLayout,
  date: string,
): Ronde[] | null {
  if (rondes.length >= MAX_RONDES) return null;
  const next = Math.max(0, ...rondes.map((r) => Number(r.id.slice(1)))) + 1;
  const markers = standingMarkers(cards, layout).slice(0, MAX_RONDE_MARKERS);
  return [...rondes, { id: `r${next}`, date, markers }];
}

/** A day as people say it: "3 maart 2026", "3 March 2026". */
export function localizeDay(date: string): Localized {
  const match = DATE_PATTERN.exec(date);
  if (!match) return { nl: date, en: date };
  const [year, month, day] = [match[1], Number(match[2]), Number(match[3])];
  return {
    nl: `${day} ${monthName(month, 'nl')} ${year}`,
    en: `${day} ${monthName(month, 'en')} ${year}`,
  };
}

/** "Ronde 2 · 3 maart 2026": the ronde's place among the board's rondes and its day. */
export function rondeLabel(rondes: readonly Ronde[], ronde: Ronde): Localized {
  const number = rondes.indexOf(ronde) + 1;
  const day = localizeDay(ronde.date);
  return { nl: `Ronde ${number} · ${day.nl}`, en: `Round ${number} · ${day.en}` };
}

/** The local calendar day of a moment (`YYYY-MM-DD`), for the ronde fixed then. */
export function dayOf(moment: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}
