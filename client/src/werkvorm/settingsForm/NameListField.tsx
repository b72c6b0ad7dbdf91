import { useEffect, useRef } from 'react';
import { useT } from '../../i18n/useT';
import type { FieldProps } from './fieldProps';
import { nameListValue, withNameAdded, withNameChanged, withNameRemoved } from './settingsValue';

/** People or groups, one name each (the cirkel van invloed's owners); items keep their ids. */
export function NameListField({
  field,
  value,
  onChange,
  inputId,
  describedBy,
  invalid,
  disabled,
}: FieldProps<'name-list'>) {
  const t = useT();
  const items = nameListValue(value);
  // The error is about the list; point at the empty names when there are any, else at all.
  const someEmpty = items.some((item) => item.name.trim() === '');
  const listRef = useRef<HTMLOListElement>(null);
  // After "add", the new (last) name gets the focus, so one can type right away.
  const focusLast = useRef(false);
  useEffect(() => {
    if (!focusLast.current) return;
    focusLast.current = false;
    listRef.current?.querySelector<HTMLInputElement>('li:last-child input')?.focus();
  });
  return (
    <div className="settings-names" data-testid={`setting-${field.key}`}>
      <ol className="settings-names__list" ref={listRef}>
        {items.map((item, index) => {
          const position = index + 1;
          return (
            <li key={item.id} className="settings-names__item">
              <input
                id={index === 0 ? inputId : undefined}
                className="field__input"
                type="text"
                value={item.name}
                maxLength={field.maxLength}
                onChange={(event) => onChange(withNameChanged(value, index, event.target.value))}
                aria-label={t('settings.names.item', { position })}
                aria-describedby={describedBy}
                aria-invalid={invalid && (!someEmpty || item.name.trim() === '')}
                disabled={disabled}
                data-testid={`setting-${field.key}-${index}`}
              />
              <button
                type="button"
                className="button button--small settings-names__remove"
                onClick={() => onChange(withNameRemoved(value, index))}
                disabled={disabled || items.length <= field.minItems}
                aria-label={t('settings.names.remove', {
                  name: item.name.trim() || t('settings.names.item', { position }),
                })}
                title={t('settings.names.removeShort')}
                data-testid={`setting-${field.key}-remove-${index}`}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className="button button--small settings-names__add"
        onClick={() => {
          focusLast.current = true;
          onChange(withNameAdded(value));
        }}
        disabled={disabled || items.length >= field.maxItems}
        data-testid={`setting-${field.key}-add`}
      >
        {t('settings.names.add')}
      </button>
    </div>
  );
}
