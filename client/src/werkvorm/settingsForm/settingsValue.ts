/**
 * Pure value updates behind the settings form: one function per field kind, so the form stays a
 * thin renderer and the edits can be tested without a DOM. Values are kept as typed, even when
 * invalid (an empty year is `null`); the werkvorm's `validate` decides what is acceptable.
 */
import type { PeriodPoint, SettingsError } from '@werkbord/shared';

/** A settings object as the form sees it: plain JSON, keyed by field. */
export type SettingsValue = Record<string, unknown>;

/** The settings as an object, whatever came in. */
export function asSettings(value: unknown): SettingsValue {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as SettingsValue)
    : {};
}

/** The settings with one field replaced; the others are kept as they are. */
export function withField(settings: unknown, key: string, value: unknown): SettingsValue {
  return { ...asSettings(settings), [key]: value };
}

/** A text field's value, `''` for anything that is not text. */
export function textValue(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** A number input's text as a setting: an integer, or `null` when empty or not a number. */
export function parseInteger(text: string): number | null {
  const trimmed = text.trim();
  if (!/^-?\d+$/.test(trimmed)) return null;
  return Number(trimmed);
}

/** A number setting as the input shows it. */
export function integerText(value: unknown): string {
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
}

// Period: `{ from: PeriodPoint, to: PeriodPoint }`, years with an optional month.

export type PeriodEnd = 'from' | 'to';

/** A point whose year may still be missing while someone types. */
export interface DraftPoint {
  year: number | null;
  month: number | null;
}

export interface DraftPeriod {
  from: DraftPoint;
  to: DraftPoint;
}

function draftPoint(value: unknown): DraftPoint {
  const record = asSettings(value);
  const year = typeof record.year === 'number' ? record.year : null;
  const month = typeof record.month === 'number' ? record.month : null;
  return { year, month };
}

/** A period setting as the form shows it. */
export function periodValue(value: unknown): DraftPeriod {
  const record = asSettings(value);
  return { from: draftPoint(record.from), to: draftPoint(record.to) };
}

/** The period with the year or month of one end changed. */
export function withPeriodPart(
  value: unknown,
  end: PeriodEnd,
  part: keyof PeriodPoint,
  next: number | null,
): DraftPeriod {
  const period = periodValue(value);
  return { ...period, [end]: { ...period[end], [part]: next } };
}

// Name list: `{ id, name }[]`, people or groups; a new item gets a fresh id.

export interface NamedItem {
  id: string;
  name: string;
}

/** A name list as the form shows it; malformed items are left out. */
export function nameListValue(value: unknown): NamedItem[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    const record = asSettings(item);
    return typeof record.id === 'string'
      ? [{ id: record.id, name: typeof record.name === 'string' ? record.name : '' }]
      : [];
  });
}

/**
 * An id that none of `taken` has: short, letters and digits only (what every werkvorm accepts as
 * a key). Ids stay with their item, so renaming or removing others never moves its cards.
 */
export function freshId(taken: readonly string[], random: () => number = Math.random): string {
  for (;;) {
    const id = `n${Math.floor(random() * 36 ** 6)
      .toString(36)
      .padStart(6, '0')}`;
    if (!taken.includes(id)) return id;
  }
}

export function withNameAdded(value: unknown, random: () => number = Math.random): NamedItem[] {
  const list = nameListValue(value);
  const id = freshId(
    list.map((item) => item.id),
    random,
  );
  return [...list, { id, name: '' }];
}

export function withNameChanged(value: unknown, index: number, name: string): NamedItem[] {
  return nameListValue(value).map((item, i) => (i === index ? { ...item, name } : item));
}

export function withNameRemoved(value: unknown, index: number): NamedItem[] {
  return nameListValue(value).filter((_, i) => i !== index);
}

/** The errors about one field. */
export function errorsFor(errors: readonly SettingsError[], key: string): SettingsError[] {
  return errors.filter((error) => error.field === key);
}

/** Errors about no field of the form (a server refusal we have no field for): shown on top. */
export function errorsWithoutField(
  errors: readonly SettingsError[],
  keys: readonly string[],
): SettingsError[] {
  return errors.filter((error) => !keys.includes(error.field));
}
