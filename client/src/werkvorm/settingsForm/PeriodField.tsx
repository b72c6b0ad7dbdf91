import { monthName } from '@werkbord/shared';
import { useT } from '../../i18n/useT';
import { useUiStore } from '../../state/uiStore';
import type { FieldProps } from './fieldProps';
import {
  integerText,
  parseInteger,
  periodValue,
  withPeriodPart,
  type PeriodEnd,
} from './settingsValue';

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/** From (month) year to (month) year: the historielijn's tijdbalk. The month may stay open. */
export function PeriodField({
  field,
  value,
  onChange,
  inputId,
  describedBy,
  invalid,
  disabled,
}: FieldProps<'period'>) {
  const t = useT();
  const language = useUiStore((state) => state.language);
  const period = periodValue(value);
  const ends: ReadonlyArray<{ end: PeriodEnd; label: string }> = [
    { end: 'from', label: t('settings.period.from') },
    { end: 'to', label: t('settings.period.to') },
  ];
  return (
    <div className="settings-period">
      {ends.map(({ end, label }) => {
        const testId = `setting-${field.key}-${end}`;
        return (
          <div key={end} className="settings-period__end">
            <span className="settings-period__label" aria-hidden="true">
              {label}
            </span>
            <select
              className="field__input settings-period__month"
              value={period[end].month ?? ''}
              onChange={(event) =>
                onChange(withPeriodPart(value, end, 'month', parseInteger(event.target.value)))
              }
              aria-label={t('settings.period.monthOf', { end: label })}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              disabled={disabled}
              data-testid={`${testId}-month`}
            >
              <option value="">{t('settings.period.wholeYear')}</option>
              {MONTHS.map((month) => (
                <option key={month} value={month}>
                  {monthName(month, language)}
                </option>
              ))}
            </select>
            <input
              id={end === 'from' ? inputId : undefined}
              className="field__input settings-period__year"
              type="number"
              inputMode="numeric"
              min={field.minYear}
              max={field.maxYear}
              value={integerText(period[end].year)}
              onChange={(event) =>
                onChange(withPeriodPart(value, end, 'year', parseInteger(event.target.value)))
              }
              aria-label={t('settings.period.yearOf', { end: label })}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              disabled={disabled}
              data-testid={`${testId}-year`}
            />
          </div>
        );
      })}
    </div>
  );
}
