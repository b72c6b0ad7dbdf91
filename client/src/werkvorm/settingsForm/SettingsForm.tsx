/**
 * The settings of a werkvorm as a form, generated from `werkvorm.settings.fields`: the home page
 * uses it for a new board, the facilitator's settings dialog for a running one. Controlled: the
 * caller keeps the value, validates it (`werkvorm.settings.validate`) and passes the errors in.
 */
import type { SettingsError, SettingsField, Werkvorm } from '@werkbord/shared';
import type { ReactNode } from 'react';
import { useLocalized, useT } from '../../i18n/useT';
import type { FieldProps } from './fieldProps';
import { NameListField } from './NameListField';
import { NumberRangeField } from './NumberRangeField';
import { PeriodField } from './PeriodField';
import { SelectField } from './SelectField';
import { asSettings, errorsFor, errorsWithoutField, withField } from './settingsValue';
import { TextField } from './TextField';
import './settingsForm.css';

export interface SettingsFormProps {
  werkvorm: Werkvorm;
  /** The settings being edited (the werkvorm's settings type, possibly invalid while typing). */
  value: unknown;
  onChange(next: unknown): void;
  errors: readonly SettingsError[];
  /** Makes the ids of the inputs unique on the page. */
  idPrefix: string;
  disabled?: boolean;
}

/** Fields with several inputs are a fieldset with a legend; the others a label for their input. */
const GROUPED: ReadonlySet<SettingsField['kind']> = new Set(['period', 'name-list']);

export function SettingsForm({
  werkvorm,
  value,
  onChange,
  errors,
  idPrefix,
  disabled = false,
}: SettingsFormProps) {
  const t = useT();
  const localized = useLocalized();
  const fields = werkvorm.settings.fields;
  const loose = errorsWithoutField(
    errors,
    fields.map((field) => field.key),
  );
  return (
    <div className="settings-form" data-testid="settings-form">
      {loose.length > 0 && (
        <ul className="settings-form__errors" data-testid="settings-errors">
          {loose.map((error, index) => (
            <li key={index}>{localized(error.message)}</li>
          ))}
        </ul>
      )}
      {fields.map((field) => {
        const id = `${idPrefix}-${field.key}`;
        const fieldErrors = errorsFor(errors, field.key);
        const helpId = field.help ? `${id}-help` : undefined;
        const errorId = fieldErrors.length > 0 ? `${id}-error` : undefined;
        const props = {
          value: asSettings(value)[field.key],
          onChange: (next: unknown) => onChange(withField(value, field.key, next)),
          inputId: id,
          describedBy: [errorId, helpId].filter(Boolean).join(' ') || undefined,
          invalid: fieldErrors.length > 0,
          disabled,
        };
        const label = localized(field.label);
        const help = field.help && (
          <p id={helpId} className="settings-field__help">
            {localized(field.help)}
          </p>
        );
        const problems = errorId && (
          <p
            id={errorId}
            className="settings-field__error"
            data-testid={`setting-${field.key}-error`}
          >
            {fieldErrors.map((error) => localized(error.message)).join(' ')}
          </p>
        );
        const control = renderControl(field, props);
        return GROUPED.has(field.kind) ? (
          <fieldset
            key={field.key}
            className="settings-field settings-field--group"
            disabled={disabled}
          >
            <legend className="field__label">{label}</legend>
            {control}
            {problems}
            {help}
          </fieldset>
        ) : (
          <div key={field.key} className="settings-field">
            <label className="field__label" htmlFor={id}>
              {label}
            </label>
            {control}
            {problems}
            {help}
          </div>
        );
      })}
      {fields.length === 0 && <p className="settings-field__help">{t('settings.none')}</p>}
    </div>
  );
}

type CommonProps = Omit<FieldProps<'text'>, 'field'>;

function renderControl(field: SettingsField, props: CommonProps): ReactNode {
  switch (field.kind) {
    case 'text':
      return <TextField field={field} {...props} />;
    case 'select':
      return <SelectField field={field} {...props} />;
    case 'number-range':
      return <NumberRangeField field={field} {...props} />;
    case 'period':
      return <PeriodField field={field} {...props} />;
    case 'name-list':
      return <NameListField field={field} {...props} />;
  }
}
