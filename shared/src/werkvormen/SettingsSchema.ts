/**
 * Settings of a werkvorm: defaults, validation with messages a facilitator can act on, and the
 * fields of the settings form. Settings are plain JSON, stored in the control document.
 */
import type { Localized } from '../i18n.js';

/** A refused setting: which field, and why, in both languages. */
export interface SettingsError {
  field: string;
  message: Localized;
}

export type SettingsResult<S> = { ok: true; value: S } | { ok: false; errors: SettingsError[] };

interface FieldBase {
  /** The settings key this field edits. */
  key: string;
  label: Localized;
  /** A shorter label for reports (Markdown, PDF), when `label` is long or explains the field. */
  reportLabel?: Localized;
  /** A hint shown below the field. */
  help?: Localized;
}

/** The kinds of form field. A renderer handles each; the value shapes are given per kind. */
export type SettingsField =
  /** A string. */
  | (FieldBase & { kind: 'text'; maxLength: number; multiline: boolean; placeholder?: Localized })
  /** One of the option values (a string). */
  | (FieldBase & { kind: 'select'; options: readonly { value: string; label: Localized }[] })
  /** An integer from `min` to `max`. */
  | (FieldBase & { kind: 'number-range'; min: number; max: number; step: number })
  /** `{ from: PeriodPoint, to: PeriodPoint }`: years with an optional month. */
  | (FieldBase & { kind: 'period'; minYear: number; maxYear: number })
  /** `{ id: string, name: string }[]`: people or groups; new items get a fresh id. */
  | (FieldBase & { kind: 'name-list'; minItems: number; maxItems: number; maxLength: number });

export interface SettingsSchema<S> {
  /** Settings for a new board. `now` decides date-dependent defaults (the current year). */
  defaults(now?: Date): S;
  /** The settings, or every reason they are refused. Never throws. */
  validate(input: unknown): SettingsResult<S>;
  /** The form, in order. */
  fields: readonly SettingsField[];
  /**
   * What settings stored before a key existed mean, where that differs from the default for a
   * new board (a board made before layout generations keeps its first layout).
   */
  legacy?: Readonly<Record<string, unknown>>;
  /**
   * Keys the board keeps in its settings that no form field edits: the begeleider's tools write
   * them (the rondes of a scale's markers). The settings dialog keeps them as they are.
   */
  kept?: readonly string[];
}

/** The focus of the session, common to every werkvorm: "waar is het ons om te doen?" */
export const THEMA_MAX_LENGTH = 200;

export const THEMA_FIELD: SettingsField = {
  key: 'thema',
  kind: 'text',
  maxLength: THEMA_MAX_LENGTH,
  multiline: false,
  label: { nl: 'Thema / focus', en: 'Theme / focus' },
  reportLabel: { nl: 'Thema', en: 'Theme' },
  help: {
    nl: 'Waar is het jullie om te doen? Staat bovenaan het bord.',
    en: 'What is it you are after? Shown at the top of the board.',
  },
};

/** The input as a plain object, or `null`. */
export function asRecord(input: unknown): Record<string, unknown> | null {
  return typeof input === 'object' && input !== null && !Array.isArray(input)
    ? (input as Record<string, unknown>)
    : null;
}

/** Checks a text setting; records an error and returns `''` when it is not acceptable. */
export function readText(
  record: Record<string, unknown>,
  key: string,
  maxLength: number,
  label: Localized,
  errors: SettingsError[],
  required = false,
): string {
  const value = record[key];
  if (typeof value !== 'string') {
    errors.push({
      field: key,
      message: { nl: `${label.nl} moet tekst zijn.`, en: `${label.en} must be text.` },
    });
    return '';
  }
  if (value.length > maxLength) {
    errors.push({
      field: key,
      message: {
        nl: `${label.nl} mag hoogstens ${maxLength} tekens hebben.`,
        en: `${label.en} can have at most ${maxLength} characters.`,
      },
    });
  } else if (required && value.trim().length === 0) {
    errors.push({
      field: key,
      message: { nl: `${label.nl} mag niet leeg zijn.`, en: `${label.en} cannot be empty.` },
    });
  }
  return value;
}

/** The result of a validation that collected errors. */
export function settingsResult<S>(value: S, errors: SettingsError[]): SettingsResult<S> {
  return errors.length === 0 ? { ok: true, value } : { ok: false, errors };
}

/**
 * The settings to use for stored (possibly old or partial) settings: the stored values over the
 * schema's legacy values and the defaults when that validates, else the defaults. Boards made
 * before a setting existed keep working, and keep what they meant.
 */
export function settingsOrDefaults<S>(schema: SettingsSchema<S>, stored: unknown, now?: Date): S {
  const defaults = schema.defaults(now);
  const record = asRecord(stored);
  if (!record) return defaults;
  const result = schema.validate({ ...(defaults as object), ...schema.legacy, ...record });
  return result.ok ? result.value : defaults;
}

/** Settings of a werkvorm whose only setting is its thema. */
export interface ThemaSettings {
  thema: string;
}

/** The schema of `ThemaSettings`. */
export const THEMA_SETTINGS: SettingsSchema<ThemaSettings> = {
  defaults: () => ({ thema: '' }),
  validate(input) {
    const errors: SettingsError[] = [];
    const thema = readText(
      asRecord(input) ?? {},
      'thema',
      THEMA_MAX_LENGTH,
      THEMA_FIELD.label,
      errors,
    );
    return settingsResult({ thema }, errors);
  },
  fields: [THEMA_FIELD],
};
