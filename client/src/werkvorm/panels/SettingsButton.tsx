import { useT } from '../../i18n/useT';
import { useUiStore } from '../../state/uiStore';

/** The facilitator's way into the board's settings (the header shows it to the facilitator only). */
export function SettingsButton() {
  const t = useT();
  const setOpen = useUiStore((state) => state.setSettingsDialogOpen);
  return (
    <button
      type="button"
      className="badge settings-button"
      aria-haspopup="dialog"
      aria-label={t('settingsDialog.openLabel')}
      title={t('settingsDialog.openLabel')}
      onClick={() => setOpen(true)}
      data-testid="open-settings"
    >
      <svg className="settings-button__icon" viewBox="0 0 20 20" aria-hidden="true">
        <path d="M3 5h8M15 5h2M3 10h2M9 10h8M3 15h10M17 15h0" />
        <circle cx="13" cy="5" r="2" />
        <circle cx="7" cy="10" r="2" />
        <circle cx="15" cy="15" r="2" />
      </svg>
      <span className="settings-button__text">{t('settingsDialog.open')}</span>
    </button>
  );
}
