/** Settings of the 2x2 vragen: the thema, and whom the conversation is with (optional). */
import type { SettingsSchema } from '../SettingsSchema.js';
import { THEMA_TEXT_FIELD, textField, textSettings } from '../textSettings.js';
import { PARTNER_LABEL } from './texts.js';

export interface TweeKeerTweeSettings extends Record<string, string> {
  thema: string;
  /** The client, supporter or partner of the conversation; empty for none. */
  partner: string;
}

export const PARTNER_MAX_LENGTH = 80;

export const tweeKeerTweeSettings: SettingsSchema<TweeKeerTweeSettings> =
  textSettings<TweeKeerTweeSettings>([
    THEMA_TEXT_FIELD,
    textField({
      key: 'partner',
      label: PARTNER_LABEL,
      maxLength: PARTNER_MAX_LENGTH,
      help: {
        nl: 'Met wie voer je het gesprek: een opdrachtgever, ondersteuner of partner? Staat boven de vragen.',
        en: 'Whom is the conversation with: a client, supporter or partner? Shown above the questions.',
      },
    }),
  ]);
