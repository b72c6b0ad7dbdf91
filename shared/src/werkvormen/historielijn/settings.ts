/** Settings of the historielijn: the period of the tijdbalk, the purpose, the thema. */
import { MAX_YEAR, MIN_YEAR, isValidPoint, pointEnd, pointStart } from '../../cards/period.js';
import type { PeriodPoint } from '../../cards/period.js';
import type { Localized } from '../../i18n.js';
import {
  THEMA_FIELD,
  THEMA_MAX_LENGTH,
  asRecord,
  readText,
  settingsResult,
  type SettingsError,
  type SettingsSchema,
} from '../SettingsSchema.js';
import {
  CURRENT_LAYOUT_VERSION,
  LEGACY_LAYOUT,
  readLayoutVersion,
  type VersionedLayout,
} from '../layoutVersion.js';

/** Why the group makes the historielijn (`002:2772-2776`). */
export const HistorielijnPurpose = {
  Evalueren: 'evalueren',
  PasOpDePlaats: 'pas-op-de-plaats',
  VolgendeFase: 'volgende-fase',
} as const;
export type HistorielijnPurpose = (typeof HistorielijnPurpose)[keyof typeof HistorielijnPurpose];

export const PURPOSE_LABELS: Record<HistorielijnPurpose, Localized> = {
  evalueren: { nl: 'Een periode evalueren', en: 'Evaluate a period' },
  'pas-op-de-plaats': { nl: 'Een pas op de plaats maken', en: 'Pause and take stock' },
  'volgende-fase': { nl: 'Een volgende fase voorbereiden', en: 'Prepare the next phase' },
};

export interface HistorielijnSettings extends VersionedLayout {
  /** The tijdbalk runs from the start of `from` to the end of `to`. */
  period: { from: PeriodPoint; to: PeriodPoint };
  purpose: HistorielijnPurpose;
  thema: string;
}

/** The longest tijdbalk: a working life is plenty, and the labels stay readable. */
export const MAX_PERIOD_YEARS = 60;

const PERIOD_LABEL: Localized = { nl: 'Periode', en: 'Period' };

function readPoint(value: unknown): PeriodPoint | null {
  const record = asRecord(value);
  if (!record) return null;
  // A form may leave the month out rather than send null: both mean "the whole year".
  const point = { year: record.year as number, month: (record.month ?? null) as number | null };
  return isValidPoint(point) ? point : null;
}

function readPeriod(value: unknown, errors: SettingsError[]) {
  const record = asRecord(value);
  const from = readPoint(record?.from);
  const to = readPoint(record?.to);
  const refuse = (nl: string, en: string) => {
    errors.push({ field: 'period', message: { nl, en } });
    return null;
  };
  if (!from || !to) {
    return refuse(
      `Kies een begin en een eind: een jaar (${MIN_YEAR}–${MAX_YEAR}) en eventueel een maand.`,
      `Choose a start and an end: a year (${MIN_YEAR}–${MAX_YEAR}) and optionally a month.`,
    );
  }
  if (pointStart(from) >= pointStart(to)) {
    return refuse('Het begin moet vóór het eind liggen.', 'The start must come before the end.');
  }
  if (pointEnd(to) - pointStart(from) > MAX_PERIOD_YEARS * 12) {
    return refuse(
      `De periode mag hoogstens ${MAX_PERIOD_YEARS} jaar zijn.`,
      `The period can be at most ${MAX_PERIOD_YEARS} years.`,
    );
  }
  return { from, to };
}

function validate(input: unknown) {
  const record = asRecord(input) ?? {};
  const errors: SettingsError[] = [];
  const period = readPeriod(record.period, errors);
  const purpose = record.purpose as HistorielijnPurpose;
  if (!Object.keys(PURPOSE_LABELS).includes(purpose)) {
    errors.push({
      field: 'purpose',
      message: { nl: 'Kies een van de drie doelen.', en: 'Choose one of the three purposes.' },
    });
  }
  const thema = readText(record, 'thema', THEMA_MAX_LENGTH, THEMA_FIELD.label, errors);
  return settingsResult<HistorielijnSettings>(
    {
      period: period ?? { from: { year: 0, month: null }, to: { year: 0, month: null } },
      purpose,
      thema,
      layoutVersion: readLayoutVersion(record, errors),
    },
    errors,
  );
}

export const historielijnSettings: SettingsSchema<HistorielijnSettings> = {
  defaults: (now = new Date()) => ({
    period: { from: { year: 2011, month: null }, to: { year: now.getFullYear(), month: null } },
    purpose: 'evalueren',
    thema: '',
    layoutVersion: CURRENT_LAYOUT_VERSION,
  }),
  validate,
  legacy: LEGACY_LAYOUT,
  fields: [
    {
      key: 'period',
      kind: 'period',
      label: PERIOD_LABEL,
      help: {
        nl: 'Van wanneer tot wanneer loopt de tijdbalk? Een maand kiezen mag.',
        en: 'From when to when does the timeline run? Choosing a month is optional.',
      },
      minYear: MIN_YEAR,
      maxYear: MAX_YEAR,
    },
    {
      key: 'purpose',
      kind: 'select',
      label: { nl: 'Doel', en: 'Purpose' },
      options: Object.entries(PURPOSE_LABELS).map(([value, label]) => ({ value, label })),
    },
    THEMA_FIELD,
  ],
};
