import '../styles/presentation.css';
import { useT } from '../i18n/useT';
import { startPresenting } from './presentationMode';

/** "Presenteren": only the board, on the whole screen (also `P`). */
export function PresentButton() {
  const t = useT();
  return (
    <button
      type="button"
      className="badge present-button"
      aria-label={t('presentation.startLabel')}
      aria-keyshortcuts="P"
      title={`${t('presentation.startLabel')} (P)`}
      onClick={startPresenting}
      data-testid="present"
    >
      <svg className="present-button__icon" viewBox="0 0 20 20" aria-hidden="true">
        <rect x="2.5" y="3.5" width="15" height="10" rx="1.5" />
        <path d="M10 13.5V17M6.5 17h7" />
      </svg>
      <span className="present-button__text">{t('presentation.start')}</span>
    </button>
  );
}
