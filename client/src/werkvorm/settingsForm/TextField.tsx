import { useLocalized } from '../../i18n/useT';
import type { FieldProps } from './fieldProps';
import { textValue } from './settingsValue';

/** A line or a few lines of text (the thema, the initiative). */
export function TextField({
  field,
  value,
  onChange,
  inputId,
  describedBy,
  invalid,
  disabled,
}: FieldProps<'text'>) {
  const localized = useLocalized();
  const common = {
    id: inputId,
    className: 'field__input',
    value: textValue(value),
    maxLength: field.maxLength,
    placeholder: field.placeholder ? localized(field.placeholder) : undefined,
    'aria-describedby': describedBy,
    'aria-invalid': invalid,
    disabled,
    'data-testid': `setting-${field.key}`,
  };
  return field.multiline ? (
    <textarea {...common} rows={3} onChange={(event) => onChange(event.target.value)} />
  ) : (
    <input {...common} type="text" onChange={(event) => onChange(event.target.value)} />
  );
}
