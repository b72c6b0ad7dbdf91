/**
 * Settings made of texts only: the thema (under its own label where the werkvorm names it
 * differently: the progressiecirkel's "Onderwerp") and optional texts beside it (who tells the
 * example, whom the conversation is with). Empty texts are allowed; the board then shows none.
 */
import {
  THEMA_FIELD,
  asRecord,
  readText,
  settingsResult,
  type SettingsError,
  type SettingsField,
  type SettingsSchema,
} from './SettingsSchema.js';

type TextField = Extract<SettingsField, { kind: 'text' }>;

/** A one-line text field. */
export function textField(field: Omit<TextField, 'kind' | 'multiline'>): TextField {
  return { ...field, kind: 'text', multiline: false };
}

const NOT_AN_OBJECT: SettingsError = {
  field: '',
  message: { nl: 'De instellingen moeten een object zijn.', en: 'The settings must be an object.' },
};

/**
 * The schema of settings whose every field is a text, each `''` by default; a text left out
 * reads as `''`, so `{ "thema": "…" }` is enough through the API.
 */
export function textSettings<S extends Record<string, string>>(
  fields: readonly TextField[],
): SettingsSchema<S> {
  return {
    defaults: () => Object.fromEntries(fields.map((field) => [field.key, ''])) as S,
    validate(input) {
      const record = asRecord(input);
      if (!record) return { ok: false, errors: [NOT_AN_OBJECT] };
      const errors: SettingsError[] = [];
      const value = Object.fromEntries(
        fields.map((field) => [
          field.key,
          record[field.key] === undefined
            ? ''
            : readText(record, field.key, field.maxLength, field.label, errors),
        ]),
      ) as S;
      return settingsResult(value, errors);
    },
    fields,
  };
}

/** The common thema field ("Thema / focus"). */
export const THEMA_TEXT_FIELD = THEMA_FIELD as TextField;

/** The thema field under another label and help. */
export function themaField(
  label: TextField['label'],
  help: NonNullable<TextField['help']>,
): TextField {
  return { ...THEMA_TEXT_FIELD, label, reportLabel: label, help };
}
