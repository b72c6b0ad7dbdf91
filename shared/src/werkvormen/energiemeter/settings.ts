/**
 * Settings of the energiemeter: the thema, the topics (one meter each, one a line; none: one
 * meter for this moment) and the fixed rondes (kept, no field).
 */
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
import { METER_TEXTS } from './texts.js';

export interface EnergiemeterSettings extends ThemaSettings {
  /** One topic a line; empty: one meter for this moment. */
  onderwerpen: string;
  rondes: Ronde[];
}

export const MAX_TOPICS = 3;
export const TOPIC_MAX_LENGTH = 60;
const ONDERWERPEN_MAX_LENGTH = MAX_TOPICS * (TOPIC_MAX_LENGTH + 1);

const ONDERWERPEN_FIELD: SettingsField = {
  key: 'onderwerpen',
  kind: 'text',
  maxLength: ONDERWERPEN_MAX_LENGTH,
  multiline: true,
  label: { nl: 'Onderwerpen of momenten', en: 'Topics or moments' },
  reportLabel: { nl: 'Onderwerpen', en: 'Topics' },
  placeholder: METER_TEXTS.moment,
  help: {
    nl: `Eén per regel, hoogstens ${MAX_TOPICS}: elk krijgt een eigen meter. Leeg: één meter voor dit moment. Een markering hoort bij de regel waarop zijn onderwerp staat.`,
    en: `One a line, at most ${MAX_TOPICS}: each gets a meter of its own. Empty: one meter for this moment. A marker belongs to the line its topic is on.`,
  },
};

/** The topics written in the setting, trimmed, empty lines left out. */
export function topicsOf(onderwerpen: string): string[] {
  return onderwerpen
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

export const energiemeterSettings: SettingsSchema<EnergiemeterSettings> = {
  defaults: () => ({ thema: '', onderwerpen: '', rondes: [] }),
  validate(input) {
    const record = asRecord(input);
    const thema = THEMA_SETTINGS.validate(input);
    const errors: SettingsError[] = thema.ok ? [] : [...thema.errors];
    const onderwerpen = readText(
      { onderwerpen: '', ...record },
      'onderwerpen',
      ONDERWERPEN_MAX_LENGTH,
      ONDERWERPEN_FIELD.label,
      errors,
    );
    const topics = topicsOf(onderwerpen);
    if (topics.length > MAX_TOPICS || topics.some((t) => t.length > TOPIC_MAX_LENGTH)) {
      errors.push({
        field: 'onderwerpen',
        message: {
          nl: `Geef hoogstens ${MAX_TOPICS} onderwerpen van elk hoogstens ${TOPIC_MAX_LENGTH} tekens.`,
          en: `Give at most ${MAX_TOPICS} topics of at most ${TOPIC_MAX_LENGTH} characters each.`,
        },
      });
    }
    const rondes = readRondes(record ?? {}, errors);
    return settingsResult(
      { thema: thema.ok ? thema.value.thema : '', onderwerpen, rondes },
      errors,
    );
  },
  fields: [THEMA_FIELD, ONDERWERPEN_FIELD],
  kept: [RONDES_KEY],
};
