import { WERKVORMEN } from '@werkbord/shared';
import { useId } from 'react';
import { useLocalized, useT } from '../i18n/useT';
import { WerkvormPreview } from './WerkvormPreview';

interface WerkvormPickerProps {
  value: string;
  onChange(id: string): void;
  /** The settings each werkvorm's preview draws (the chosen one shows the settings being edited). */
  settingsFor(id: string): unknown;
}

/**
 * The werkvormen of the shared registry as radio cards: a preview of the board, the name and a
 * short description. Native radios, so arrow keys move through the group as everywhere else.
 */
export function WerkvormPicker({ value, onChange, settingsFor }: WerkvormPickerProps) {
  const t = useT();
  const localized = useLocalized();
  const hintId = useId();
  const name = useId();
  return (
    <fieldset className="werkvorm-picker" data-testid="werkvorm-picker" aria-describedby={hintId}>
      <legend className="field__label">{t('home.form.werkvorm')}</legend>
      <p className="werkvorm-picker__hint" id={hintId}>
        {t('home.form.werkvormHint')}
      </p>
      <div className="werkvorm-picker__options">
        {WERKVORMEN.map((werkvorm) => {
          const checked = value === werkvorm.id;
          const nameId = `${name}-${werkvorm.id}-name`;
          const descriptionId = `${name}-${werkvorm.id}-description`;
          const inputId = `${name}-${werkvorm.id}`;
          return (
            <label
              key={werkvorm.id}
              htmlFor={inputId}
              className="werkvorm-card"
              data-checked={checked}
              data-testid={`werkvorm-${werkvorm.id}`}
            >
              <span className="werkvorm-card__preview">
                <WerkvormPreview werkvorm={werkvorm} settings={settingsFor(werkvorm.id)} />
              </span>
              <span className="werkvorm-card__body">
                <span className="werkvorm-card__heading">
                  <input
                    id={inputId}
                    type="radio"
                    name={name}
                    value={werkvorm.id}
                    checked={checked}
                    onChange={() => onChange(werkvorm.id)}
                    className="werkvorm-card__radio"
                    aria-labelledby={nameId}
                    aria-describedby={descriptionId}
                  />
                  <span className="werkvorm-card__name" id={nameId}>
                    {localized(werkvorm.name)}
                  </span>
                </span>
                <span className="werkvorm-card__description" id={descriptionId}>
                  {localized(werkvorm.description)}
                </span>
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
