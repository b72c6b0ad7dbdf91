/**
 * A board's settings written out for a report, field by field in the settings form's order:
 * "Periode: 2015 – 2020", "Doel: Een pas op de plaats maken", "Initiatief: De Brug". Read from the
 * schema's fields, so a new werkvorm's settings appear in the report without code of its own.
 */
import { localizePeriod, makeRange, type PeriodPoint } from '../cards/period.js';
import type { Localized } from '../i18n.js';
import type { HarvestSetting } from './Harvest.js';
import { asRecord, type SettingsField, type SettingsSchema } from './SettingsSchema.js';

const same = (text: string): Localized => ({ nl: text, en: text });

function describeValue(field: SettingsField, value: unknown): Localized | null {
  switch (field.kind) {
    case 'text': {
      const text = typeof value === 'string' ? value.trim() : '';
      // An empty text shows its placeholder on the board ("Ons initiatief"), so the report does too.
      return text ? same(text) : (field.placeholder ?? null);
    }
    case 'select': {
      const option = field.options.find((candidate) => candidate.value === value);
      return option ? option.label : null;
    }
    case 'number-range':
      return typeof value === 'number' ? same(String(value)) : null;
    case 'period': {
      const record = asRecord(value);
      const range = record && makeRange(record.from as PeriodPoint, record.to as PeriodPoint);
      return range ? localizePeriod(range) : null;
    }
    case 'name-list': {
      const names = (Array.isArray(value) ? value : [])
        .map((item) => asRecord(item)?.name)
        .filter((name): name is string => typeof name === 'string' && name.trim() !== '');
      return names.length > 0 ? same(names.join(', ')) : null;
    }
  }
}

/** The settings with a value, each with its (report) label; empty ones are left out. */
export function settingsSummary<S>(schema: SettingsSchema<S>, settings: S): HarvestSetting[] {
  const record = asRecord(settings) ?? {};
  const summary: HarvestSetting[] = [];
  for (const field of schema.fields) {
    const value = describeValue(field, record[field.key]);
    if (value) summary.push({ key: field.key, label: field.reportLabel ?? field.label, value });
  }
  return summary;
}
