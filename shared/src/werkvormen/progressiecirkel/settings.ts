/** Settings of the progressiecirkel: its subject, written as the title beside the circle. */
import type { SettingsSchema } from '../SettingsSchema.js';
import { textSettings, themaField } from '../textSettings.js';
import { ONDERWERP_LABEL } from './texts.js';

export interface ProgressiecirkelSettings extends Record<string, string> {
  /** The subject ("onderwerp"), shown beside the circle. */
  thema: string;
}

export const progressiecirkelSettings: SettingsSchema<ProgressiecirkelSettings> =
  textSettings<ProgressiecirkelSettings>([
    themaField(ONDERWERP_LABEL, {
      nl: 'Waar gaat de cirkel over: de resultaten van jullie project, of één aspect ervan? Staat als titel naast de cirkel.',
      en: 'What is the circle about: the results of your project, or one aspect of it? Shown as the title beside the circle.',
    }),
  ]);
