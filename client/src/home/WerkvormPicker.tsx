import { WERKVORMEN } from '@werkbord/shared';
import { useLocalized, useT } from '../i18n/useT';

interface WerkvormPickerProps {
  value: string;
  onChange(id: string): void;
}

/** The werkvormen of the shared registry as radio cards: name and a short description. */
export function WerkvormPicker({ value, onChange }: WerkvormPickerProps) {
  const t = useT();
  const localized = useLocalized();
  return (
    <fieldset className="werkvorm-picker" data-testid="werkvorm-picker">
      <legend className="field__label">{t('home.form.werkvorm')}</legend>
      <div className="werkvorm-picker__options">
        {WERKVORMEN.map((werkvorm) => (
          <label
            key={werkvorm.id}
            className="werkvorm-card"
            data-checked={value === werkvorm.id}
            data-testid={`werkvorm-${werkvorm.id}`}
          >
            <input
              type="radio"
              name="werkvorm"
              value={werkvorm.id}
              checked={value === werkvorm.id}
              onChange={() => onChange(werkvorm.id)}
              className="werkvorm-card__radio"
            />
            <span className="werkvorm-card__name">{localized(werkvorm.name)}</span>
            <span className="werkvorm-card__description">{localized(werkvorm.description)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
