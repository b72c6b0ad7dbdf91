/** Settings of the schaalvraag: the thema, what the 10 stands for, and the fixed rondes (kept). */
import { readRondes, RONDES_KEY, type Ronde } from '../../markers/rondes.js';
import {
  THEMA_FIELD,
  THEMA_SETTINGS,
  asRecord,
  readText,
  settingsResult,
  type SettingsError,
  type SettingsField,
  type SettingsSchema,
  type ThemaSettings,
} from '../SettingsSchema.js';
import { SCALE_TEXTS } from './texts.js';

export interface SchaalvraagSettings extends ThemaSettings {
  /** What the 10 stands for; empty shows the general words. */
  doel: string;
  /** Where everyone stood each time the begeleider fixed the markers, oldest first. */
  rondes: Ronde[];
}

export const DOEL_MAX_LENGTH = 80;

const DOEL_FIELD: SettingsField = {
  key: 'doel',
  kind: 'text',
  maxLength: DOEL_MAX_LENGTH,
  multiline: false,
  label: { nl: 'De 10 staat voor', en: 'The 10 stands for' },
  reportLabel: { nl: 'De 10', en: 'The 10' },
  placeholder: SCALE_TEXTS.max,
  help: {
    nl: 'De situatie zoals jullie willen dat die wordt, in jullie eigen woorden. Staat bij de 10 op de schaal.',
    en: 'The situation as you want it to become, in your own words. Shown at the 10 on the scale.',
  },
};

export const schaalvraagSettings: SettingsSchema<SchaalvraagSettings> = {
  defaults: () => ({ thema: '', doel: '', rondes: [] }),
  validate(input) {
    const record = asRecord(input);
    const thema = THEMA_SETTINGS.validate(input);
    const errors: SettingsError[] = thema.ok ? [] : [...thema.errors];
    // Left out (the API, a form without it): the general words.
    const doel = readText(
      { doel: '', ...record },
      'doel',
      DOEL_MAX_LENGTH,
      DOEL_FIELD.label,
      errors,
    );
    const rondes = readRondes(record ?? {}, errors);
    return settingsResult({ thema: thema.ok ? thema.value.thema : '', doel, rondes }, errors);
  },
  fields: [THEMA_FIELD, DOEL_FIELD],
  kept: [RONDES_KEY],
};
