import type { SettingsField } from '@werkbord/shared';

/** What the form hands every field component. */
export interface FieldProps<K extends SettingsField['kind']> {
  field: Extract<SettingsField, { kind: K }>;
  /** The field's current value, as stored under `field.key` (possibly invalid or missing). */
  value: unknown;
  onChange(next: unknown): void;
  /** The id of the (first) input; the label points at it. */
  inputId: string;
  /** Help and error texts, for `aria-describedby`. */
  describedBy: string | undefined;
  invalid: boolean;
  disabled: boolean;
}
