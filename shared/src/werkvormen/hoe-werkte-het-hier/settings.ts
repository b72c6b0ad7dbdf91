/** Settings of "Hoe werkte het hier?": the thema, and who tells the example (optional). */
import type { SettingsSchema } from '../SettingsSchema.js';
import { THEMA_TEXT_FIELD, textField, textSettings } from '../textSettings.js';
import { EIGENAAR_LABEL } from './texts.js';

export interface HoeWerkteHetHierSettings extends Record<string, string> {
  thema: string;
  /** The voorbeeldeigenaar: named above the "Ikzelf" column; empty for none. */
  eigenaar: string;
}

export const EIGENAAR_MAX_LENGTH = 60;

export const hoeWerkteHetHierSettings: SettingsSchema<HoeWerkteHetHierSettings> =
  textSettings<HoeWerkteHetHierSettings>([
    THEMA_TEXT_FIELD,
    textField({
      key: 'eigenaar',
      label: EIGENAAR_LABEL,
      maxLength: EIGENAAR_MAX_LENGTH,
      help: {
        nl: 'Wie vertelt het succesvoorbeeld? De kolom "Ikzelf" gaat over deze persoon.',
        en: 'Who tells the success story? The "Myself" column is about this person.',
      },
    }),
  ]);
