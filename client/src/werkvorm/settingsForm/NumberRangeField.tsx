import type { FieldProps } from './fieldProps';
import { integerText, parseInteger } from './settingsValue';

/** A whole number from `min` to `max` (the stakeholdermap's rings). */
export function NumberRangeField({
  field,
  value,
  onChange,
  inputId,
  describedBy,
  invalid,
  disabled,
}: FieldProps<'number-range'>) {
  return (
    <input
      id={inputId}
      className="field__input settings-field__number"
      type="number"
      inputMode="numeric"
      min={field.min}
      max={field.max}
      step={field.step}
      value={integerText(value)}
      onChange={(event) => onChange(parseInteger(event.target.value))}
      aria-describedby={describedBy}
      aria-invalid={invalid}
      disabled={disabled}
      data-testid={`setting-${field.key}`}
    />
  );
}
