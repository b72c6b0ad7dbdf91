/**
 * "Anoniem schrijven" as a controlled checkbox: when a board is made (home page) and in the
 * begeleider's settings, where switching it on also takes the names off the cards already there.
 */
import '../styles/anonymous.css';
import { useT } from '../i18n/useT';

interface AnonymousSwitchProps {
  on: boolean;
  onChange(on: boolean): void;
  /** In the settings of a board that has cards: say that switching on takes their names off. */
  existingCards?: boolean;
  disabled?: boolean;
}

export function AnonymousSwitch({ on, onChange, existingCards, disabled }: AnonymousSwitchProps) {
  const t = useT();
  return (
    <label className="anonymous-switch">
      <input
        type="checkbox"
        checked={on}
        disabled={disabled}
        onChange={(event) => onChange(event.target.checked)}
        data-testid="anonymous-switch"
      />
      <span>
        {t('anonymous.switch')}
        <span className="anonymous-switch__hint">{t('anonymous.hint')}</span>
        {existingCards && (
          <span className="anonymous-switch__hint">{t('anonymous.existingHint')}</span>
        )}
      </span>
    </label>
  );
}
