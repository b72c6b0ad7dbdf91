/** Settings of the klaag- en jubelmuur: the thema, and which generation of walls the board has. */
import {
  THEMA_FIELD,
  THEMA_SETTINGS,
  asRecord,
  settingsResult,
  type SettingsError,
  type SettingsSchema,
  type ThemaSettings,
} from '../SettingsSchema.js';
import {
  CURRENT_LAYOUT_VERSION,
  LEGACY_LAYOUT,
  readLayoutVersion,
  type VersionedLayout,
} from '../layoutVersion.js';

export interface KlaagEnJubelmuurSettings extends ThemaSettings, VersionedLayout {}

export const klaagEnJubelmuurSettings: SettingsSchema<KlaagEnJubelmuurSettings> = {
  defaults: () => ({ thema: '', layoutVersion: CURRENT_LAYOUT_VERSION }),
  validate(input) {
    const thema = THEMA_SETTINGS.validate(input);
    const errors: SettingsError[] = thema.ok ? [] : [...thema.errors];
    const layoutVersion = readLayoutVersion(asRecord(input) ?? {}, errors);
    return settingsResult({ thema: thema.ok ? thema.value.thema : '', layoutVersion }, errors);
  },
  fields: [THEMA_FIELD],
  legacy: LEGACY_LAYOUT,
};
