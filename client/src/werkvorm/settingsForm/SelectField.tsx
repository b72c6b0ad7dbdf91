import { useLocalized } from '../../i18n/useT';
import type { FieldProps } from './fieldProps';
import { textValue } from './settingsValue';

/** One of a few options (the historielijn's purpose). */
export function SelectField({
  field,
  value,
  onChange,
  inputId,
  describedBy,
  invalid,
  disabled,
}: FieldProps<'select'>) {
  const localized = useLocalized();
  const current = textValue(value);
  const known = field.options.some((option) => option.value === current);
  return (
    <select
      id={inputId}
      className="field__input"
      value={current}
      onChange={(event) => onChange(event.target.value)}
      aria-describedby={describedBy}
      aria-invalid={invalid}
      disabled={disabled}
      data-testid={`setting-${field.key}`}
    >
      {/* A stored value this version does not know stays visible instead of silently changing. */}
      {known ? null : <option value={current}>{current}</option>}
      {field.options.map((option) => (
        <option key={option.value} value={option.value}>
          {localized(option.label)}
        </option>
      ))}
    </select>
  );
}
